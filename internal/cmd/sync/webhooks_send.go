package sync

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/jsonobj"
	syncapi "github.com/mxpay/mxpay/internal/sync"
	"github.com/spf13/cobra"
)

// The sandbox's Normal site, for events about no credential in particular.
const (
	sandboxSite    = "56cf5728784806f72b8b4568"
	sandboxOrg     = "56cf4ff5784806152c8b4567"
	sandboxOrgType = "56cf4f5b784806cf028b4568"
)

// WebhooksSendOptions are the inputs of `sync webhooks send`.
type WebhooksSendOptions struct {
	deps
	// HTTPClient posts to the webhook: the run's policy, never retried,
	// like Sync's own calls.
	HTTPClient func() (*http.Client, error)
	Now        func() time.Time

	To, Event, Credential, User, Job string
	Sets, Unsets                     []string
}

// NewCmdWebhooksSend builds `sync webhooks send`.
func NewCmdWebhooksSend(f *cmdutil.Factory, runF func(*WebhooksSendOptions) error) *cobra.Command {
	opts := &WebhooksSendOptions{deps: newDeps(f), HTTPClient: f.HTTPClient, Now: time.Now}
	cmd := &cobra.Command{
		Use:   "send",
		Short: "Send a test webhook call, with Sync's v1 payload, to your endpoint",
		Long: `Post to your endpoint the call Sync makes when something happens to a
credential, with the v1 payload: event, the credential's, job's, site's and
user's ids, is_executing and the endpoints to fetch. Nothing changes at Sync.

With --credential the ids are the credential's, as Sync lists it for the user
(--user, else the profile's sync.user); without it they are made up, and no
call to Sync is made. Each send is a new job (a new id_job, so a receiver that
deduplicates takes it as a new event) unless --job names one: send the same
--job twice to test a receiver's deduplication.

--set KEY=VALUE changes or adds any member of the payload (a JSON value such as
1 or {"a":1} is sent as such, anything else as a string); --unset KEY leaves
one out.

Against ` + "`mxpay sync webhooks listen`" + `, --to is the URL it printed, secret
included.`,
		Example: `  mxpay sync webhooks send --to "http://127.0.0.1:8091/webhook/$(cat sync-webhook.secret)" --event refresh
  mxpay sync webhooks send --to https://example.com/hook --event credential_create --credential 5e17c432d7288d358a039141
  mxpay sync webhooks send --to https://example.com/hook --event refresh --job 5e17c4325d4f6077171c0254 --set is_executing=1`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if runF != nil {
				return runF(opts)
			}
			return explain(webhooksSendRun(cmd.Context(), opts))
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&opts.To, "to", "", "the endpoint `URL` to post the call to (required)")
	fl.StringVar(&opts.Event, "event", "", "`EVENT`: credential_create, credential_update or refresh (required)")
	fl.StringVar(&opts.Credential, "credential", "", "the `ID` of a credential of the user the event is about")
	fl.StringVar(&opts.User, "user", "", "the user (`ID_USER`) of --credential, or of the made-up event (default: the profile's sync.user)")
	fl.StringVar(&opts.Job, "job", "", "`ID_JOB` of the event (default: a new one each send)")
	fl.StringArrayVar(&opts.Sets, "set", nil, "set a member of the payload: `KEY=VALUE` (repeatable)")
	fl.StringArrayVar(&opts.Unsets, "unset", nil, "leave a member of the payload out: `KEY` (repeatable)")
	_ = cmd.RegisterFlagCompletionFunc("event", cobra.FixedCompletions(syncapi.Events(), cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func webhooksSendRun(ctx context.Context, opts *WebhooksSendOptions) error {
	u, err := cmdutil.HTTPURL("to", opts.To)
	if err != nil {
		return err
	}
	if opts.Event == "" {
		return cmdutil.MissingFlagError("event")
	}
	if !slices.Contains(syncapi.Events(), opts.Event) {
		return cmdutil.UsageErrorf("unknown event %q: Sync sends %s", opts.Event, strings.Join(syncapi.Events(), ", "))
	}
	overrides, err := jsonobj.Assignments(opts.Sets)
	if err != nil {
		return cmdutil.UsageErrorf("--set: %v", err)
	}
	src, err := opts.source(ctx)
	if err != nil {
		return err
	}
	payload := src.Payload()
	payload.Override(overrides, opts.Unsets)
	body, _ := json.Marshal(payload)
	hc, err := opts.HTTPClient()
	if err != nil {
		return err
	}
	resp, reply, err := cmdutil.SendTestEvent(ctx, hc, u, "application/json", body)
	if err != nil {
		return err
	}
	// Only the endpoint's scheme and host are shown: its path or query may
	// carry a receiver's secret.
	fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("Sent a %s call to %s://%s: %s", opts.Event, u.Scheme, u.Host, resp.Status))
	fmt.Fprintf(opts.IO.Out, "%s\n", body)
	if resp.StatusCode/100 != 2 {
		return cmdutil.RejectedError(i18n.Errorf("the endpoint answered %s: %s", resp.Status, reply), "")
	}
	return nil
}

// source is what the event is about: the user's credential, or made-up
// ids on the sandbox's Normal site.
func (opts *WebhooksSendOptions) source(ctx context.Context) (syncapi.EventSource, error) {
	var src syncapi.EventSource
	if opts.Credential != "" {
		c, user, err := opts.connect(ctx, opts.User)
		if err != nil {
			return src, err
		}
		for cred, err := range c.AllCredentials(ctx, user, syncapi.ListParams{}) {
			if err != nil {
				return src, err
			}
			if cred.IDCredential == opts.Credential {
				src = syncapi.CredentialEvent(opts.Event, &cred)
				if src.IDUser == "" {
					src.IDUser = user
				}
				break
			}
		}
		if src.IDCredential == "" {
			return src, cmdutil.UsageErrorf("user %s has no credential %s (see `mxpay sync credentials list`)", user, opts.Credential)
		}
	} else {
		user := opts.User
		if user == "" {
			if s, err := opts.Settings(); err == nil {
				if v, err := s.Get("sync.user"); err == nil {
					user = v.Value
				}
			}
		}
		if user == "" {
			user = newSyncID()
		}
		src = syncapi.EventSource{Event: opts.Event, IDCredential: newSyncID(), IDSite: sandboxSite,
			IDSiteOrganization: sandboxOrg, IDSiteOrganizationType: sandboxOrgType, IDUser: user}
	}
	src.IDJob, src.IDJobUUID = opts.Job, newSyncID()
	if src.IDJob == "" {
		src.IDJob = newSyncID()
	}
	src.Executing = opts.Event != "refresh"
	if opts.Event == "refresh" {
		now := opts.Now().Unix()
		src.RefreshFrom, src.RefreshTo = now, now
	}
	return src, nil
}

// newSyncID is a made-up id: 24 hex digits, like Sync's.
func newSyncID() string {
	var b [12]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}
