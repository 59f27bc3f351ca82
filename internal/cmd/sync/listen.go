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
	"github.com/mxpay/mxpay/internal/httpx"
	"github.com/spf13/cobra"
)

type listenOptions struct {
	addr, path, log, forward, exec string
	fetch                          bool
}

func newCmdWebhooksListen(f *cmdutil.Factory) *cobra.Command {
	opts := &listenOptions{}
	cmd := &cobra.Command{
		Use:   "listen",
		Short: "Receive Sync webhook calls: log them durably, print them, pass them on",
		Long: `Serve the webhook endpoint Sync calls. Each call's JSON payload is appended to
the --log file (JSON Lines) and flushed to disk before answering 200, so an event
Sync considers delivered is never lost; then it is printed as one JSON line on
stdout. A body that is not JSON is answered 400 and not logged.

--forward-to posts each payload on to another URL; --exec runs a shell command with
the payload on its stdin. Both run after the answer, one event at a time, in order.
With --fetch, the payload's transactions and attachments links are read with the
user's session and each row is printed too, as {"fetched": KIND, "data": ROW}.

Sync must be able to reach the address: expose it with a tunnel in development.
Stop with Ctrl-C.`,
		Example: `  mxpay sync webhooks listen
  mxpay sync webhooks listen --addr 0.0.0.0:8091 --log /var/lib/mxpay/sync-events.jsonl
  mxpay sync webhooks listen --fetch | jq -c 'select(.fetched == "transactions") | .data'
  mxpay sync webhooks listen --exec './on-sync-event.sh' --forward-to http://127.0.0.1:9000/events`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runListen(cmd, f, opts)
		},
	}
	cmd.Flags().StringVar(&opts.addr, "addr", "127.0.0.1:8091", "`HOST:PORT` to listen on")
	cmd.Flags().StringVar(&opts.path, "path", "/webhook", "URL `PATH` of the endpoint")
	cmd.Flags().StringVar(&opts.log, "log", "sync-webhooks.jsonl", "JSON Lines `FILE` every event is appended to before it is acknowledged")
	cmd.Flags().StringVar(&opts.forward, "forward-to", "", "also POST each payload to `URL`")
	cmd.Flags().StringVar(&opts.exec, "exec", "", "also run `COMMAND` (with sh -c) for each event, payload on stdin")
	cmd.Flags().BoolVar(&opts.fetch, "fetch", false, "read the new transactions and attachments each event links to, and print them")
	return cmd
}

// listener is the running endpoint: log and stdout are written under mu,
// follow-up work (forward, exec, fetch) goes to one worker, in order.
type listener struct {
	f     *cmdutil.Factory
	opts  *listenOptions
	mu    gosync.Mutex
	log   *os.File
	queue chan json.RawMessage
	http  *http.Client
	sess  *session
}

func runListen(cmd *cobra.Command, f *cmdutil.Factory, opts *listenOptions) error {
	if opts.forward != "" {
		if u, err := url.Parse(opts.forward); err != nil || (u.Scheme != "http" && u.Scheme != "https") {
			return cmdutil.UsageErrorf("--forward-to must be an http or https URL")
		}
	}
	if !strings.HasPrefix(opts.path, "/") {
		return cmdutil.UsageErrorf("--path must start with /")
	}
	logFile, err := os.OpenFile(opts.log, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return fmt.Errorf("opening the event log: %w", err)
	}
	defer logFile.Close()
	l := &listener{f: f, opts: opts, log: logFile, queue: make(chan json.RawMessage, 1024), http: &http.Client{Timeout: 30 * time.Second}}
	if opts.fetch {
		if l.sess, err = connect(f); err != nil {
			return err
		}
	}
	ln, err := net.Listen("tcp", opts.addr)
	if err != nil {
		return fmt.Errorf("listening on %s: %w", opts.addr, err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc(opts.path, l.serve)
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(f.IOStreams.ErrOut, "Listening on http://%s%s, logging to %s. Press Ctrl-C to stop.\n", ln.Addr(), opts.path, opts.log)
	// Follow-ups of events already acknowledged are finished even after
	// Ctrl-C (each is bounded by the HTTP timeouts): Sync will not send
	// those events again.
	followCtx := context.WithoutCancel(cmd.Context())
	done := make(chan struct{})
	go func() {
		defer close(done)
		for payload := range l.queue {
			l.followUp(followCtx, payload)
		}
	}()
	shutDown := make(chan struct{})
	go func() {
		defer close(shutDown)
		<-cmd.Context().Done()
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
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	var compact bytes.Buffer
	if err != nil || json.Compact(&compact, body) != nil {
		http.Error(w, "the body is not JSON", http.StatusBadRequest)
		return
	}
	line := append(compact.Bytes(), '\n')
	l.mu.Lock()
	_, err = l.log.Write(line)
	if err == nil {
		err = l.log.Sync()
	}
	if err != nil {
		l.mu.Unlock()
		// Not acknowledged: Sync will deliver it again.
		fmt.Fprintf(l.f.IOStreams.ErrOut, "could not log an event, answered 500: %v\n", err)
		http.Error(w, "could not store the event", http.StatusInternalServerError)
		return
	}
	l.f.IOStreams.Out.Write(line)
	l.mu.Unlock()
	w.WriteHeader(http.StatusOK)
	if l.opts.forward != "" || l.opts.exec != "" || l.opts.fetch {
		l.queue <- json.RawMessage(compact.Bytes())
	}
}

// followUp forwards, runs and fetches for one event; failures are
// reported on stderr and never stop the listener.
func (l *listener) followUp(ctx context.Context, payload json.RawMessage) {
	errOut := l.f.IOStreams.ErrOut
	if l.opts.forward != "" {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, l.opts.forward, bytes.NewReader(payload))
		req.Header.Set("Content-Type", "application/json")
		resp, err := l.http.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode/100 != 2 {
				err = fmt.Errorf("answered %s", resp.Status)
			}
		}
		if err != nil {
			fmt.Fprintf(errOut, "forwarding to %s: %v\n", l.opts.forward, httpx.UnwrapURLError(err))
		}
	}
	if l.opts.exec != "" {
		c := exec.CommandContext(ctx, "sh", "-c", l.opts.exec)
		c.Stdin = bytes.NewReader(payload)
		c.Stdout, c.Stderr = errOut, errOut
		if err := c.Run(); err != nil {
			fmt.Fprintf(errOut, "--exec: %v\n", err)
		}
	}
	if l.opts.fetch {
		if err := l.fetch(ctx, payload); err != nil {
			fmt.Fprintf(errOut, "--fetch: %v\n", explain(err))
		}
	}
}

// fetch reads the transactions and attachments links of a payload with
// the event's user's session and prints each row.
func (l *listener) fetch(ctx context.Context, payload json.RawMessage) error {
	var ev struct {
		IDUser    string              `json:"id_user"`
		Endpoints map[string][]string `json:"endpoints"`
	}
	if err := json.Unmarshal(payload, &ev); err != nil || ev.IDUser == "" {
		return errors.New("the payload has no id_user or endpoints")
	}
	for _, kind := range []string{"transactions", "attachments"} {
		for _, link := range ev.Endpoints[kind] {
			u, err := url.Parse(link)
			if err != nil {
				return fmt.Errorf("bad %s link in the payload", kind)
			}
			// Links are paths under the API host, starting with /v1 like our base URL.
			path := strings.TrimPrefix(u.Path, "/v1")
			raw, err := l.sess.client.UserCall(ctx, ev.IDUser, http.MethodGet, path, u.Query(), nil)
			if err != nil {
				return err
			}
			var rows []json.RawMessage
			if err := json.Unmarshal(raw, &rows); err != nil {
				return fmt.Errorf("the %s link did not return a list", kind)
			}
			l.mu.Lock()
			for _, row := range rows {
				line, _ := json.Marshal(map[string]any{"fetched": kind, "data": row})
				l.f.IOStreams.Out.Write(append(line, '\n'))
			}
			l.mu.Unlock()
		}
	}
	return nil
}
