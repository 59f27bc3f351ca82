package sync

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/errs"
	"github.com/mxpay/mxpay/internal/i18n"
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
	cmd.AddCommand(NewCmdWebhooksList(f, nil), NewCmdWebhooksCreate(f, nil), NewCmdWebhooksDelete(f, nil), NewCmdWebhooksListen(f, nil), NewCmdWebhooksSend(f, nil))
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

// WebhooksListOptions are the inputs of `sync webhooks list`.
type WebhooksListOptions struct {
	deps
}

// NewCmdWebhooksList builds `sync webhooks list`.
func NewCmdWebhooksList(f *cmdutil.Factory, runF func(*WebhooksListOptions) error) *cobra.Command {
	opts := &WebhooksListOptions{deps: newDeps(f)}
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the webhooks of the API key",
		Example: `  mxpay sync webhooks list
  mxpay sync webhooks list -o json | jq -r '.[].url'`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if runF != nil {
				return runF(opts)
			}
			return explain(webhooksListRun(cmd.Context(), opts))
		},
	}
	cmdutil.SetFields(cmd, output.ColumnNames(webhookColumns())...)
	return cmd
}

func webhooksListRun(ctx context.Context, opts *WebhooksListOptions) error {
	c, err := opts.Sync()
	if err != nil {
		return err
	}
	o, err := opts.output()
	if err != nil {
		return err
	}
	list, err := output.NewList(opts.IO, o, webhookColumns(), webhookRaw)
	if err != nil {
		return err
	}
	for h, err := range c.AllWebhooks(ctx) {
		if err != nil {
			return err
		}
		if err := list.Add(h); err != nil {
			return err
		}
	}
	return list.Close()
}

// WebhooksCreateOptions are the inputs of `sync webhooks create`.
type WebhooksCreateOptions struct {
	deps
	URL    string
	Events []string
	Delay  *int // nil: not sent
}

// NewCmdWebhooksCreate builds `sync webhooks create`.
func NewCmdWebhooksCreate(f *cmdutil.Factory, runF func(*WebhooksCreateOptions) error) *cobra.Command {
	opts := &WebhooksCreateOptions{deps: newDeps(f)}
	var delay int
	cmd := &cobra.Command{
		Use:   "create",
		Short: "Register a URL for Sync to call on credential and refresh events (creates or updates)",
		Long: `Register a URL Sync calls (HTTP POST, JSON) when one of the events happens:
  credential_create  a credential was added
  credential_update  a credential was updated (new password, new sync)
  refresh            a sync finished with new data
Without --event, all three.

Sync's POST /webhooks creates or updates a webhook. The webhooks are listed
first, so when the URL was already registered mxpay says which happened:
Sync updated that webhook (same id, now with these events and delay), or it
created another one beside it, and then Sync calls the URL once for each:
delete the one you do not want with ` + "`mxpay sync webhooks delete ID`" + `.

The request is sent once. If its reply is lost (a timeout, a gateway error),
the webhooks are listed before anything is reported.`,
		Example: `  mxpay sync webhooks create --url https://example.com/sync-webhook
  mxpay sync webhooks create --url https://example.com/hook --event refresh --delay 60
  mxpay sync webhooks create --url "http://127.0.0.1:8091/webhook/$(cat sync-webhook.secret)" --event credential_create,refresh -o json`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if cmd.Flags().Changed("delay") {
				opts.Delay = &delay
			}
			if runF != nil {
				return runF(opts)
			}
			return explain(webhooksCreateRun(cmd.Context(), opts))
		},
	}
	cmd.Flags().StringVar(&opts.URL, "url", "", "the `URL` Sync will POST events to")
	cmd.Flags().StringSliceVar(&opts.Events, "event", nil, "`EVENT`s to send: credential_create, credential_update, refresh (repeat or comma-separate; default all)")
	cmd.Flags().IntVar(&delay, "delay", 0, "wait `SECONDS` before each call")
	_ = cmd.RegisterFlagCompletionFunc("event", cobra.FixedCompletions(syncapi.Events(), cobra.ShellCompDirectiveNoFileComp))
	cmdutil.SetFields(cmd, output.ColumnNames(webhookColumns())...)
	return cmd
}

func webhooksCreateRun(ctx context.Context, opts *WebhooksCreateOptions) error {
	if opts.URL == "" {
		return cmdutil.MissingFlagError("url")
	}
	u, err := url.Parse(opts.URL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return cmdutil.UsageErrorf("--url must be an http or https URL, got %q", opts.URL)
	}
	events := opts.Events
	if len(events) == 0 {
		events = syncapi.Events()
	}
	for _, e := range events {
		if !slices.Contains(syncapi.Events(), e) {
			return cmdutil.UsageErrorf("unknown event %q: Sync sends %s", e, strings.Join(syncapi.Events(), ", "))
		}
	}
	if opts.Delay != nil && *opts.Delay < 0 {
		return cmdutil.UsageErrorf("--delay must not be negative")
	}
	c, err := opts.Sync()
	if err != nil {
		return err
	}
	events = slices.Compact(slices.Sorted(slices.Values(events)))
	reg, err := c.RegisterWebhook(ctx, u.String(), events, opts.Delay)
	if err != nil {
		if errs.Is(err, errs.UnknownOutcome) {
			return cmdutil.WithHintf(err, "run `mxpay sync webhooks list` to see whether %s was registered before creating it again", u.String())
		}
		return err
	}
	opts.reportRegistration(reg)
	o, err := opts.output()
	if err != nil {
		return err
	}
	return output.PrintObject(opts.IO, o, webhookColumns(), webhookRaw, *reg.Webhook)
}

// reportRegistration says on stderr whether Sync created or updated the
// webhook, and which other webhooks call the same URL.
func (opts *WebhooksCreateOptions) reportRegistration(reg *syncapi.WebhookRegistration) {
	w, h, ios := opts.IO.ErrOut, reg.Webhook, opts.IO
	if reg.Found {
		fmt.Fprintln(w, ios.T("The reply was lost, but the webhook was registered."))
	}
	switch {
	case reg.Unlisted != nil:
		fmt.Fprintln(w, ios.T("Registered webhook %s for %s. The webhooks could not be listed first (%v), so whether Sync created it or updated one already registered for this URL is not known: `mxpay sync webhooks list` shows them.",
			h.IDWebhook, h.URL, i18n.Localize(reg.Unlisted, ios.Printer())))
	case reg.Updated:
		fmt.Fprintln(w, ios.T("Updated webhook %s: %s was already registered, and Sync updated it.", h.IDWebhook, h.URL))
	case !reg.Found:
		fmt.Fprintln(w, ios.T("Created webhook %s for %s.", h.IDWebhook, h.URL))
	}
	if len(reg.Others) > 0 {
		ids := make([]string, len(reg.Others))
		for i, o := range reg.Others {
			ids[i] = o.IDWebhook
		}
		fmt.Fprintln(w, ios.T("%s is also registered as webhook %s, so Sync calls it once for each; remove the one you do not want with `mxpay sync webhooks delete ID`.",
			h.URL, strings.Join(ids, ", ")))
	}
}

// WebhooksDeleteOptions are the inputs of `sync webhooks delete`.
type WebhooksDeleteOptions struct {
	deps
	Confirm func(question string) error
	ID      string
}

// NewCmdWebhooksDelete builds `sync webhooks delete`.
func NewCmdWebhooksDelete(f *cmdutil.Factory, runF func(*WebhooksDeleteOptions) error) *cobra.Command {
	opts := &WebhooksDeleteOptions{deps: newDeps(f), Confirm: f.Confirm}
	return &cobra.Command{
		Use:   "delete ID",
		Short: "Delete a webhook",
		Example: `  mxpay sync webhooks delete 5e17c4746cee651e7b03df34
  mxpay sync webhooks delete 5e17c4746cee651e7b03df34 --yes`,
		Args: cmdutil.ExactArgs(1, "ID"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.ID = args[0]
			if runF != nil {
				return runF(opts)
			}
			return explain(webhooksDeleteRun(cmd.Context(), opts))
		},
	}
}

func webhooksDeleteRun(ctx context.Context, opts *WebhooksDeleteOptions) error {
	c, err := opts.Sync()
	if err != nil {
		return err
	}
	if err := opts.Confirm(opts.IO.T("Delete webhook %s? Sync will stop calling its URL.", opts.ID)); err != nil {
		return err
	}
	if err := c.DeleteWebhook(ctx, opts.ID); err != nil {
		return err
	}
	fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("Deleted webhook %s.", opts.ID))
	return nil
}
