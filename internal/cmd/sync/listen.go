package sync

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/receiver"
	syncapi "github.com/mxpay/mxpay/internal/sync"
	"github.com/spf13/cobra"
)

// WebhooksListenOptions are the inputs of `sync webhooks listen`.
type WebhooksListenOptions struct {
	deps
	// HTTPClient forwards events (--forward-to) with the run's HTTP policy.
	HTTPClient                       func() (*http.Client, error)
	Addr, Path, Log, ForwardTo, Exec string
	// SecretFile holds the secret senders must present; "" generates one
	// for this run.
	SecretFile string
	// PublicURL is the listener's address as Sync reaches it (a tunnel, a
	// proxy); "" means http://--addr.
	PublicURL string
	Fetch     bool
	// Limits bound what one client can hold of the listener.
	Limits receiver.Limits
}

// NewCmdWebhooksListen builds `sync webhooks listen`.
func NewCmdWebhooksListen(f *cmdutil.Factory, runF func(*WebhooksListenOptions) error) *cobra.Command {
	opts := &WebhooksListenOptions{deps: newDeps(f), HTTPClient: f.HTTPClient, Limits: receiver.DefaultLimits(1 << 20)}
	cmd := &cobra.Command{
		Use:   "listen",
		Short: "Receive Sync webhook calls: log them durably, print them, pass them on",
		Long: `Serve the webhook endpoint Sync calls. Sync signs nothing, so the endpoint
has a secret: the URL carries a token (PATH/TOKEN, or PATH?token=TOKEN) and a
call without it is answered 401 and neither logged nor shown. The token is
generated for the run, or read from --secret-file (created with a new token
when the file does not exist, so the registered URL survives restarts). The
URL to register is printed when the listener starts; the token is masked
everywhere else.

Each call's JSON payload is appended to the --log file (JSON Lines) and flushed
to disk before answering 200, so an event Sync considers delivered is never
lost; then it is printed as one JSON line on stdout. An event already in the
log (the same event, id_job and id_credential, also from an earlier run) is
answered 200 and not repeated. A body that is not a JSON object is answered
400, one over --max-body 413, and neither is logged. What is logged and printed
passes the run's redactor, like everything mxpay writes.

--forward-to posts each new payload on to another URL; --exec runs a shell
command with the payload on its stdin. Both run after the answer, one event at
a time, in order. With --fetch, the payload's transactions and attachments
links are read (every page) with the user's session and each row is printed
too, as {"fetched": KIND, "data": ROW}.

It can face the internet: a client must send its headers within
--header-timeout and its body within --body-timeout, idle connections close
after --idle-timeout, and at most --max-connections are served at once. Expose
it with a tunnel or a proxy in front (give its address as --public-url).
Stop with Ctrl-C.`,
		Example: `  mxpay sync webhooks listen --secret-file ~/.config/mxpay/sync-webhook.secret
  mxpay sync webhooks listen --addr 0.0.0.0:8091 --public-url https://hooks.example.mx --log /var/lib/mxpay/sync-events.jsonl
  mxpay sync webhooks listen --fetch | jq -c 'select(.fetched == "transactions") | .data'
  mxpay sync webhooks listen --exec './on-sync-event.sh' --forward-to http://127.0.0.1:9000/events`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if runF != nil {
				return runF(opts)
			}
			return webhooksListenRun(cmd.Context(), opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&opts.Addr, "addr", "127.0.0.1:8091", "`HOST:PORT` to listen on")
	fl.StringVar(&opts.Path, "path", "/webhook", "URL `PATH` of the endpoint; the secret follows it")
	fl.StringVar(&opts.Log, "log", "sync-webhooks.jsonl", "JSON Lines `FILE` every event is appended to before it is acknowledged")
	fl.StringVar(&opts.SecretFile, "secret-file", "", "`FILE` holding the secret senders present (created with a new one if missing); default: a new secret for this run")
	fl.StringVar(&opts.PublicURL, "public-url", "", "`URL` Sync reaches this listener at (a tunnel or proxy), for the URL printed to register")
	fl.StringVar(&opts.ForwardTo, "forward-to", "", "also POST each new payload to `URL`")
	fl.StringVar(&opts.Exec, "exec", "", "also run `COMMAND` (with sh -c) for each new event, payload on stdin")
	fl.BoolVar(&opts.Fetch, "fetch", false, "read the new transactions and attachments each event links to, and print them")
	cmdutil.AddReceiverFlags(fl, &opts.Limits)
	return cmd
}

func webhooksListenRun(ctx context.Context, opts *WebhooksListenOptions) error {
	for flag, v := range map[string]string{"forward-to": opts.ForwardTo, "public-url": opts.PublicURL} {
		if _, err := cmdutil.HTTPURL(flag, v); v != "" && err != nil {
			return err
		}
	}
	if !strings.HasPrefix(opts.Path, "/") {
		return cmdutil.UsageErrorf("--path must start with /")
	}
	opts.Path = strings.TrimRight(opts.Path, "/")
	if err := cmdutil.CheckReceiverFlags(opts.Limits); err != nil {
		return err
	}
	secret, err := loadSecret(opts.SecretFile)
	if err != nil {
		return err
	}
	l := &listener{opts: opts, secret: secret.value, queue: make(chan *syncapi.Event, 1024)}
	if opts.ForwardTo != "" {
		if l.forward, err = opts.HTTPClient(); err != nil {
			return err
		}
	}
	if opts.Fetch {
		if l.sync, err = opts.Sync(); err != nil {
			return explain(err)
		}
	}
	journal, opened, err := receiver.OpenJournal(opts.Log, syncapi.EventKey)
	if err != nil {
		return i18n.Errorf("opening the event log: %w", err)
	}
	defer journal.Close()
	l.journal = journal
	ln, err := receiver.Listen(opts.Addr, opts.Limits)
	if err != nil {
		return i18n.Errorf("listening on %s: %w", opts.Addr, err)
	}
	errOut := opts.IO.ErrOut
	if opened.Torn > 0 {
		fmt.Fprintln(errOut, opts.IO.T("Dropped the incomplete last line of %s (%d bytes): an event being written when the listener stopped, never acknowledged, so Sync sends it again.", opts.Log, opened.Torn))
	}
	// The one place the secret is shown: before it joins the redactor.
	secret.announce(opts, ln.Addr().String(), opened.Events)
	opts.Redactor.Add(secret.value)

	mux := http.NewServeMux()
	mux.HandleFunc(opts.Path, l.serve)
	mux.HandleFunc(opts.Path+"/", l.serve)
	srv := receiver.NewServer(mux, opts.Limits, errOut)
	// Follow-ups of events already acknowledged are finished even after
	// Ctrl-C (each is bounded by the HTTP timeouts): Sync will not send
	// those events again.
	followCtx := context.WithoutCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for ev := range l.queue {
			l.followUp(followCtx, ev)
		}
	}()
	shutDown := make(chan struct{})
	go func() {
		defer close(shutDown)
		<-ctx.Done()
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(ctx) // returns once running handlers have finished
	}()
	err = srv.Serve(ln)
	if errors.Is(err, http.ErrServerClosed) {
		<-shutDown // no handler can still be queueing when the queue closes
	}
	close(l.queue)
	<-done
	fmt.Fprintln(errOut, opts.IO.T("Stopped; %d new event(s) logged%s.", journal.Recorded(), l.refusals()))
	if errors.Is(err, http.ErrServerClosed) {
		return nil
	}
	return err
}
