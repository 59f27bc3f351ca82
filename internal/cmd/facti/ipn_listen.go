package facti

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/spf13/cobra"
)

type listenOptions struct {
	addr, path, forwardTo, exec, logPath string
	maxBody                              int64
}

func newCmdListen(f *cmdutil.Factory) *cobra.Command {
	o := &listenOptions{}
	cmd := &cobra.Command{
		Use:   "listen",
		Short: "Receive Facti's IPNs, log them durably and print them",
		Long: `Receive IPN POSTs (form or JSON: ipn_password, ipn_type, data). Each one is
checked against the md5 of the profile's IPN password (401 otherwise), appended
to a JSONL log and fsync'd before Facti gets its 200, deduplicated by payment id
(also across restarts, from the log), printed as one JSON line on stdout, and
optionally forwarded to --forward-to (retried with backoff) or piped to --exec.
Ctrl-C stops it cleanly.

Under --env emulator the emulator's demo company is pointed at this listener,
so ` + "`mxpay --env emulator facti payments pay ID`" + ` in another terminal delivers here.`,
		Example: `  $ mxpay facti ipn listen --forward-to http://localhost:3000/webhooks/facti
  $ mxpay facti ipn listen --addr 0.0.0.0:8090 --path /facti/ipn --log /var/log/facti-ipn.jsonl
  $ mxpay facti ipn listen --exec 'jq -r .data.folio >> paid-folios.txt'`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return runListen(cmd.Context(), f, o) },
	}
	fl := cmd.Flags()
	fl.StringVar(&o.addr, "addr", "127.0.0.1:8090", "address to listen on")
	fl.StringVar(&o.path, "path", "/ipn", "URL path that receives the IPNs")
	fl.StringVar(&o.forwardTo, "forward-to", "", "forward each new IPN, as received, to this URL (retried with backoff)")
	fl.StringVar(&o.exec, "exec", "", "run this shell command for each new IPN, with its JSON line on stdin")
	fl.StringVar(&o.logPath, "log", "facti-ipn.jsonl", "durable JSONL log of verified IPNs; also remembers which were seen")
	fl.Int64Var(&o.maxBody, "max-body", 64<<10, "largest IPN body accepted, in bytes")
	return cmd
}

func runListen(ctx context.Context, f *cmdutil.Factory, o *listenOptions) error {
	if !strings.HasPrefix(o.path, "/") {
		return cmdutil.UsageErrorf("--path %q must start with /", o.path)
	}
	if o.forwardTo != "" {
		if u, err := url.Parse(o.forwardTo); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return cmdutil.UsageErrorf("--forward-to %q must be an http(s) URL", o.forwardTo)
		}
	}
	password, err := ipnPassword(f)
	if err != nil {
		return err
	}
	log, err := openEventLog(o.logPath)
	if err != nil {
		return err
	}
	defer log.Close()
	if err := registerWithEmulator(ctx, f, o); err != nil {
		return err
	}
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		return cmdutil.UsageErrorf("--addr %s: %v", o.addr, err)
	}
	warn := &logger{ios: f.IOStreams}
	out := &forwarder{warn: warn, ios: f.IOStreams, url: o.forwardTo, exec: o.exec, queue: make(chan event, 1024), done: make(chan struct{})}
	recv := &receiver{warn: warn, password: password, maxBody: o.maxBody, log: log, out: out, ios: f.IOStreams}
	if err := recv.loadSeen(); err != nil {
		return fmt.Errorf("reading %s: %w", o.logPath, err)
	}
	mux := http.NewServeMux()
	mux.Handle(o.path, recv)
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go out.run(ctx)
	serveErr := make(chan error, 1)
	go func() { serveErr <- srv.Serve(ln) }()
	fmt.Fprintf(f.IOStreams.ErrOut, "Listening for Facti IPNs on http://%s%s (log %s); Ctrl-C to stop.\n", ln.Addr(), o.path, o.logPath)

	select {
	case err = <-serveErr:
	case <-ctx.Done():
		shut, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		err = srv.Shutdown(shut)
	}
	close(out.queue)
	<-out.done
	if err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	fmt.Fprintf(f.IOStreams.ErrOut, "Stopped; %d new IPN(s) received.\n", recv.count())
	return nil
}

// registerWithEmulator points the emulator's demo company at this listener
// (through the emulator-only admin path) and releases the emulator's state
// file, so other mxpay commands can use the emulator while this one listens.
func registerWithEmulator(ctx context.Context, f *cmdutil.Factory, o *listenOptions) error {
	s, err := f.Settings()
	if err != nil || s.Env != cmdutil.EnvEmulator {
		return err
	}
	host, port, err := net.SplitHostPort(o.addr)
	if err != nil {
		return cmdutil.UsageErrorf("--addr %q: %v", o.addr, err)
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1"
	}
	target := "http://" + net.JoinHostPort(host, port) + o.path
	c, _, err := newClient(f)
	if err != nil {
		return err
	}
	if err := c.ConfigureEmulatorIPN(ctx, emulatorCompany, target); err != nil {
		return err
	}
	fmt.Fprintf(f.IOStreams.ErrOut, "Emulator company %s now sends its IPNs to %s.\n", emulatorCompany, target)
	return f.ReleaseEmulator()
}

// openEventLog opens the log for appending (0600: events carry customer data).
func openEventLog(path string) (*os.File, error) {
	fh, err := os.OpenFile(path, os.O_CREATE|os.O_APPEND|os.O_RDWR, 0o600)
	if err != nil {
		return nil, cmdutil.UsageErrorf("--log: %v", err)
	}
	return fh, nil
}
