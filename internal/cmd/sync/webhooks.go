package sync

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/httpx"
	"github.com/mxpay/mxpay/internal/output"
	syncapi "github.com/mxpay/mxpay/internal/sync"
	"github.com/spf13/cobra"
)

func newCmdWebhooks(f *cmdutil.Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "webhooks <command>",
		Short: "Register URLs Sync calls when credentials sync, and receive those calls",
		Args:  cmdutil.NoArgs,
	}
	cmd.AddCommand(newCmdWebhooksList(f), newCmdWebhooksCreate(f), newCmdWebhooksDelete(f), newCmdWebhooksListen(f))
	return cmd
}

func webhookColumns() []output.Column[syncapi.Webhook] {
	return []output.Column[syncapi.Webhook]{
		{Name: "id_webhook", Header: "ID", Value: func(w syncapi.Webhook) string { return w.IDWebhook }},
		{Name: "url", Header: "URL", Value: func(w syncapi.Webhook) string { return w.URL }},
		{Name: "events", Header: "EVENTS", Value: func(w syncapi.Webhook) string { return strings.Join(w.Events, ",") }},
		{Name: "delay", Header: "DELAY", Value: func(w syncapi.Webhook) string { return fmt.Sprint(w.Delay) }},
		{Name: "ct_failed", Header: "FAILED", Value: func(w syncapi.Webhook) string { return fmt.Sprint(w.CtFailed) }},
		{Name: "dt_created", Header: "CREATED", Value: func(w syncapi.Webhook) string {
			var n int64
			if json.Unmarshal(w.DTCreated, &n) == nil && n > 0 {
				return epoch(&n)
			}
			var s string
			json.Unmarshal(w.DTCreated, &s)
			return s
		}},
	}
}

func webhookRaw(w syncapi.Webhook) json.RawMessage { return w.Raw }

func newCmdWebhooksList(f *cmdutil.Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the webhooks of the API key",
		Example: `  mxpay sync webhooks list
  mxpay sync webhooks list -o json | jq -r '.[].url'`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := connect(f)
			if err != nil {
				return err
			}
			hooks, err := s.client.ListWebhooks(cmd.Context())
			if err != nil {
				return explain(err)
			}
			settings, err := f.Settings()
			if err != nil {
				return err
			}
			list, err := output.NewList(f.IOStreams, settings.Output, webhookColumns(), webhookRaw)
			if err != nil {
				return err
			}
			for _, h := range hooks {
				if err := list.Add(h); err != nil {
					return err
				}
			}
			return list.Close()
		},
	}
	cmdutil.SetFields(cmd, output.ColumnNames(webhookColumns())...)
	return cmd
}

func newCmdWebhooksCreate(f *cmdutil.Factory) *cobra.Command {
	var target string
	var events []string
	var delay int
	cmd := &cobra.Command{
		Use:   "create",
		Short: "Register a URL for Sync to call on credential and refresh events",
		Long: `Register a URL Sync calls (HTTP POST, JSON) when one of the events happens:
  credential_create  a credential was added
  credential_update  a credential was updated (new password, new sync)
  refresh            a sync finished with new data
Without --event, all three.`,
		Example: `  mxpay sync webhooks create --url https://example.com/sync-webhook
  mxpay sync webhooks create --url https://example.com/hook --event refresh --delay 60
  mxpay sync webhooks create --url http://127.0.0.1:8091/webhook --event credential_create,refresh -o json`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			u, err := url.Parse(target)
			if target == "" {
				return cmdutil.MissingFlagError("url")
			}
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				return cmdutil.UsageErrorf("--url must be an http or https URL, got %q", target)
			}
			if len(events) == 0 {
				events = syncapi.Events()
			}
			for _, e := range events {
				if !slices.Contains(syncapi.Events(), e) {
					return cmdutil.UsageErrorf("unknown event %q: Sync sends %s", e, strings.Join(syncapi.Events(), ", "))
				}
			}
			var d *int
			if cmd.Flags().Changed("delay") {
				if delay < 0 {
					return cmdutil.UsageErrorf("--delay must not be negative")
				}
				d = &delay
			}
			s, err := connect(f)
			if err != nil {
				return err
			}
			events = slices.Compact(slices.Sorted(slices.Values(events)))
			h, err := s.client.CreateWebhook(cmd.Context(), u.String(), events, d)
			if err != nil {
				if h, err = verifyWebhook(cmd, s, u.String(), events, err); err != nil {
					return explain(err)
				}
			}
			settings, err := f.Settings()
			if err != nil {
				return err
			}
			return output.PrintObject(f.IOStreams, settings.Output, webhookColumns(), webhookRaw, *h)
		},
	}
	cmd.Flags().StringVar(&target, "url", "", "the `URL` Sync will POST events to")
	cmd.Flags().StringSliceVar(&events, "event", nil, "`EVENT`s to send: credential_create, credential_update, refresh (repeat or comma-separate; default all)")
	cmd.Flags().IntVar(&delay, "delay", 0, "wait `SECONDS` before each call")
	_ = cmd.RegisterFlagCompletionFunc("event", cobra.FixedCompletions(syncapi.Events(), cobra.ShellCompDirectiveNoFileComp))
	cmdutil.SetFields(cmd, output.ColumnNames(webhookColumns())...)
	return cmd
}

func newCmdWebhooksDelete(f *cmdutil.Factory) *cobra.Command {
	return &cobra.Command{
		Use:   "delete ID",
		Short: "Delete a webhook",
		Example: `  mxpay sync webhooks delete 5e17c4746cee651e7b03df34
  mxpay sync webhooks delete 5e17c4746cee651e7b03df34 --yes`,
		Args: cmdutil.ExactArgs(1, "ID"),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := connect(f)
			if err != nil {
				return err
			}
			if err := f.Confirm(fmt.Sprintf("Delete webhook %s? Sync will stop calling its URL.", args[0])); err != nil {
				return err
			}
			if err := s.client.DeleteWebhook(cmd.Context(), args[0]); err != nil {
				return explain(err)
			}
			fmt.Fprintf(f.IOStreams.ErrOut, "Deleted webhook %s.\n", args[0])
			return nil
		},
	}
}

// verifyWebhook handles a failed create: after an ambiguous failure (the
// request may have been applied) it looks for the webhook before reporting,
// so a retry by the user does not register the URL twice.
func verifyWebhook(cmd *cobra.Command, s *session, target string, events []string, err error) (*syncapi.Webhook, error) {
	if !httpx.IsAmbiguous(err) {
		return nil, err
	}
	hooks, verr := s.client.ListWebhooks(cmd.Context())
	if verr != nil {
		return nil, cmdutil.UnknownOutcomeError(err, "run `mxpay sync webhooks list` to see whether "+target+" was registered before creating it again")
	}
	for _, h := range hooks {
		if h.URL == target && slices.Equal(slices.Sorted(slices.Values(h.Events)), events) {
			fmt.Fprintf(s.f.IOStreams.ErrOut, "The reply was lost, but the webhook was registered.\n")
			return &h, nil
		}
	}
	return nil, errors.Join(err, errors.New("the webhook was not registered; it is safe to run the command again"))
}
