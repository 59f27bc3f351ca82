package sync

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"strings"
	gosync "sync"
	"time"

	"github.com/mxpay/mxpay/internal/cmdutil"
	syncapi "github.com/mxpay/mxpay/internal/sync"
	"github.com/spf13/cobra"
)

// WebhooksListenOptions are the inputs of `sync webhooks listen`.
type WebhooksListenOptions struct {
	deps
	// HTTPClient forwards events (--forward-to) with the run's HTTP policy.
	HTTPClient                       func() (*http.Client, error)
	Addr, Path, Log, ForwardTo, Exec string
	Fetch                            bool
}

// NewCmdWebhooksListen builds `sync webhooks listen`.
func NewCmdWebhooksListen(f *cmdutil.Factory, runF func(*WebhooksListenOptions) error) *cobra.Command {
	opts := &WebhooksListenOptions{deps: newDeps(f), HTTPClient: f.HTTPClient}
	cmd := &cobra.Command{
		Use:   "listen",
		Short: "Receive Sync webhook calls: log them durably, print them, pass them on",
		Long: `Serve the webhook endpoint Sync calls. Each call's JSON payload is appended to
the --log file (JSON Lines) and flushed to disk before answering 200, so an event
Sync considers delivered is never lost; then it is printed as one JSON line on
stdout. A body that is not a JSON object is answered 400 and not logged. What is
logged and printed passes the run's redactor, like everything mxpay writes.

--forward-to posts each payload on to another URL; --exec runs a shell command with
the payload on its stdin. Both run after the answer, one event at a time, in order.
With --fetch, the payload's transactions and attachments links are read (every
page) with the user's session and each row is printed too, as
{"fetched": KIND, "data": ROW}.

Sync must be able to reach the address: expose it with a tunnel in development.
Stop with Ctrl-C.`,
		Example: `  mxpay sync webhooks listen
  mxpay sync webhooks listen --addr 0.0.0.0:8091 --log /var/lib/mxpay/sync-events.jsonl
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
	cmd.Flags().StringVar(&opts.Addr, "addr", "127.0.0.1:8091", "`HOST:PORT` to listen on")
	cmd.Flags().StringVar(&opts.Path, "path", "/webhook", "URL `PATH` of the endpoint")
	cmd.Flags().StringVar(&opts.Log, "log", "sync-webhooks.jsonl", "JSON Lines `FILE` every event is appended to before it is acknowledged")
	cmd.Flags().StringVar(&opts.ForwardTo, "forward-to", "", "also POST each payload to `URL`")
	cmd.Flags().StringVar(&opts.Exec, "exec", "", "also run `COMMAND` (with sh -c) for each event, payload on stdin")
	cmd.Flags().BoolVar(&opts.Fetch, "fetch", false, "read the new transactions and attachments each event links to, and print them")
	return cmd
}

// listener is the running endpoint: log and stdout are written under mu,
// follow-up work (forward, exec, fetch) goes to one worker, in order.
type listener struct {
	opts    *WebhooksListenOptions
	mu      gosync.Mutex
	log     *os.File
	queue   chan *syncapi.Event
	forward *http.Client
	sync    *syncapi.Client
}

func webhooksListenRun(ctx context.Context, opts *WebhooksListenOptions) error {
	if opts.ForwardTo != "" {
		if u, err := url.Parse(opts.ForwardTo); err != nil || (u.Scheme != "http" && u.Scheme != "https") {
			return cmdutil.UsageErrorf("--forward-to must be an http or https URL")
		}
	}
	if !strings.HasPrefix(opts.Path, "/") {
		return cmdutil.UsageErrorf("--path must start with /")
	}
	l := &listener{opts: opts, queue: make(chan *syncapi.Event, 1024)}
	var err error
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
	if l.log, err = os.OpenFile(opts.Log, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600); err != nil {
		return fmt.Errorf("opening the event log: %w", err)
	}
	defer l.log.Close()
	ln, err := net.Listen("tcp", opts.Addr)
	if err != nil {
		return fmt.Errorf("listening on %s: %w", opts.Addr, err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc(opts.Path, l.serve)
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(opts.IO.ErrOut, "Listening on http://%s%s, logging to %s. Press Ctrl-C to stop.\n", ln.Addr(), opts.Path, opts.Log)
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
	if errors.Is(err, http.ErrServerClosed) {
		return nil
	}
	return err
}

// serve logs, prints and acknowledges one event.
func (l *listener) serve(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "POST only", http.StatusMethodNotAllowed)
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20+1))
	var ev *syncapi.Event
	if err == nil {
		ev, err = syncapi.ParseEvent(body)
	}
	if err != nil {
		http.Error(w, "the body is not a Sync event: a JSON object", http.StatusBadRequest)
		return
	}
	line := append([]byte(l.opts.Redactor.Body("application/json", string(ev.Raw))), '\n')
	l.mu.Lock()
	_, err = l.log.Write(line)
	if err == nil {
		err = l.log.Sync()
	}
	if err != nil {
		l.mu.Unlock()
		// Not acknowledged: Sync will deliver it again.
		fmt.Fprintf(l.opts.IO.ErrOut, "could not log an event, answered 500: %v\n", err)
		http.Error(w, "could not store the event", http.StatusInternalServerError)
		return
	}
	l.opts.IO.Out.Write(line)
	l.mu.Unlock()
	w.WriteHeader(http.StatusOK)
	if l.opts.ForwardTo != "" || l.opts.Exec != "" || l.opts.Fetch {
		l.queue <- ev
	}
}

// followUp forwards, runs and fetches for one event; failures are
// reported on stderr (which the run's redactor masks) and never stop the
// listener.
func (l *listener) followUp(ctx context.Context, ev *syncapi.Event) {
	errOut := l.opts.IO.ErrOut
	if l.forward != nil {
		if err := l.forwardEvent(ctx, ev); err != nil {
			fmt.Fprintf(errOut, "forwarding to %s: %v\n", l.opts.Redactor.URL(l.opts.ForwardTo), err)
		}
	}
	if l.opts.Exec != "" {
		c := exec.CommandContext(ctx, "sh", "-c", l.opts.Exec)
		c.Stdin = bytes.NewReader(ev.Raw)
		c.Stdout, c.Stderr = errOut, errOut
		if err := c.Run(); err != nil {
			fmt.Fprintf(errOut, "--exec: %v\n", err)
		}
	}
	if l.opts.Fetch {
		if err := l.fetch(ctx, ev); err != nil {
			fmt.Fprintf(errOut, "--fetch: %v\n", explain(err))
		}
	}
}

func (l *listener) forwardEvent(ctx context.Context, ev *syncapi.Event) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, l.opts.ForwardTo, bytes.NewReader(ev.Raw))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := l.forward.Do(req)
	if err != nil {
		return cmdutil.ReportError(err)
	}
	resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("answered %s", resp.Status)
	}
	return nil
}

// fetch reads every page of the transactions and attachments links of an
// event with the event's user's session, and prints each row.
func (l *listener) fetch(ctx context.Context, ev *syncapi.Event) error {
	if ev.IDUser == "" {
		return errors.New("the event names no id_user")
	}
	links, err := ev.Links("transactions", "attachments")
	if err != nil {
		return err
	}
	for _, link := range links {
		for row, err := range l.sync.Pages(ctx, ev.IDUser, link.Path, link.Query) {
			if err != nil {
				return err
			}
			line, _ := json.Marshal(map[string]any{"fetched": link.Kind, "data": row})
			masked := l.opts.Redactor.Body("application/json", string(line))
			l.mu.Lock()
			io.WriteString(l.opts.IO.Out, masked+"\n")
			l.mu.Unlock()
		}
	}
	return nil
}
