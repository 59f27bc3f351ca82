package facti

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/mxpay/mxpay/internal/receiver"
	"github.com/spf13/cobra"
)

// ListenOptions are `facti ipn listen`'s dependencies and flags.
type ListenOptions struct {
	IO          *output.IOStreams
	Settings    func() (*cmdutil.Settings, error)
	IPNPassword func() (string, error)
	Redactor    *cmdutil.Redactor
	// HTTPClient forwards IPNs (--forward-to): the run's policy, never retried.
	HTTPClient func() (*http.Client, error)
	// PointEmulatorIPN makes the emulator deliver a company's IPNs to a URL.
	PointEmulatorIPN func(ctx context.Context, company, target string) error

	Addr, Path, ForwardTo, Exec, LogPath string
	// Limits bound what one client can hold of the listener.
	Limits receiver.Limits
}

// NewCmdListen builds `facti ipn listen`; runF replaces the run in tests.
func NewCmdListen(f *cmdutil.Factory, runF func(*ListenOptions) error) *cobra.Command {
	opts := &ListenOptions{IO: f.IOStreams, Settings: f.Settings, IPNPassword: ipnPasswordOf(f), Redactor: f.Redactor(), HTTPClient: f.HTTPClient, PointEmulatorIPN: f.PointEmulatorIPN,
		Limits: receiver.DefaultLimits(64 << 10)}
	cmd := &cobra.Command{
		Use:   "listen",
		Short: "Receive Facti's IPNs, log them durably and print them",
		Long: `Receive IPN POSTs (form or JSON: ipn_password, ipn_type, data). Each one is
checked against the md5 of the profile's IPN password (401 otherwise), appended
to a JSONL log and fsync'd before Facti gets its 200 (if that fails, Facti gets
a 500 and sends it again), deduplicated by payment id (also across restarts,
from the log), printed as one JSON line on stdout, and optionally forwarded to
--forward-to (retried with backoff) or piped to --exec. Ctrl-C stops it cleanly.

It can face the internet: bodies over --max-body get 413, a client must send
its headers within --header-timeout and its body within --body-timeout, idle
connections close after --idle-timeout, and at most --max-connections are
served at once, so slow clients cannot hold it. Requests with a wrong
ipn_password get 401; the first is reported, the rest only counted.

Under --env emulator the emulator's demo company is pointed at this listener,
so ` + "`mxpay --env emulator facti payments pay ID`" + ` in another terminal delivers here.`,
		Example: `  $ mxpay facti ipn listen --forward-to http://localhost:3000/webhooks/facti
  $ mxpay facti ipn listen --addr 0.0.0.0:8090 --path /facti/ipn --log /var/log/facti-ipn.jsonl
  $ mxpay facti ipn listen --exec 'jq -r .data.folio >> paid-folios.txt'`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if runF != nil {
				return runF(opts)
			}
			return listenRun(cmd.Context(), opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&opts.Addr, "addr", "127.0.0.1:8090", "address to listen on")
	fl.StringVar(&opts.Path, "path", "/ipn", "URL path that receives the IPNs")
	fl.StringVar(&opts.ForwardTo, "forward-to", "", "forward each new IPN, as received, to this URL (retried with backoff)")
	fl.StringVar(&opts.Exec, "exec", "", "run this shell command for each new IPN, with its JSON line on stdin")
	fl.StringVar(&opts.LogPath, "log", "facti-ipn.jsonl", "durable JSONL log of verified IPNs; also remembers which were seen")
	cmdutil.AddReceiverFlags(fl, &opts.Limits)
	return cmd
}

func listenRun(ctx context.Context, opts *ListenOptions) error {
	if !strings.HasPrefix(opts.Path, "/") {
		return cmdutil.UsageErrorf("--path %q must start with /", opts.Path)
	}
	if opts.ForwardTo != "" {
		if _, err := cmdutil.HTTPURL("forward-to", opts.ForwardTo); err != nil {
			return err
		}
	}
	if err := cmdutil.CheckReceiverFlags(opts.Limits); err != nil {
		return err
	}
	password, err := opts.IPNPassword()
	if err != nil {
		return err
	}
	journal, opened, err := receiver.OpenJournal(opts.LogPath, paymentIDOf)
	if err != nil {
		return cmdutil.UsageErrorf("--log: %v", err)
	}
	defer journal.Close()
	warn := &logger{w: opts.IO.ErrOut, redact: opts.Redactor, ios: opts.IO}
	if opened.Torn > 0 {
		warn.say(warn.T("Dropped the incomplete last line of %s (%d bytes): an IPN being written when the listener stopped, never acknowledged, so Facti sends it again.", opts.LogPath, opened.Torn))
	}
	if err := registerWithEmulator(ctx, opts); err != nil {
		return err
	}
	ln, err := receiver.Listen(opts.Addr, opts.Limits)
	if err != nil {
		return cmdutil.UsageErrorf("--addr %s: %v", opts.Addr, err)
	}
	hc, err := opts.HTTPClient()
	if err != nil {
		return err
	}
	out := &forwarder{warn: warn, client: hc, url: opts.ForwardTo, exec: opts.Exec, queue: make(chan event, 1024), done: make(chan struct{})}
	recv := &ipnReceiver{warn: warn, password: password, maxBody: opts.Limits.MaxBody, journal: journal, out: out, stdout: opts.IO.Out, redact: opts.Redactor}
	mux := http.NewServeMux()
	mux.Handle(opts.Path, recv)
	srv := receiver.NewServer(mux, opts.Limits, warn)
	go out.run(ctx)
	serveErr := make(chan error, 1)
	go func() { serveErr <- srv.Serve(ln) }()
	// From here on the server's goroutines write to stderr too: through warn.
	warn.say(warn.T("Listening for Facti IPNs on http://%s%s (log %s, %v); Ctrl-C to stop.", ln.Addr().String(), opts.Path, opts.LogPath, i18n.Errorf("%d IPN(s) already in it", opened.Events)))

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
	warn.say(recv.stopped(journal.Recorded()))
	return nil
}

// registerWithEmulator points the emulator's company at this listener
// under --env emulator.
func registerWithEmulator(ctx context.Context, opts *ListenOptions) error {
	s, err := opts.Settings()
	if err != nil || s.Env != cmdutil.EnvEmulator {
		return err
	}
	host, port, err := net.SplitHostPort(opts.Addr)
	if err != nil {
		return cmdutil.UsageErrorf("--addr %q: %v", opts.Addr, err)
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1"
	}
	target := "http://" + net.JoinHostPort(host, port) + opts.Path
	company, err := s.Get("facti.company_id")
	if err != nil {
		return err
	}
	if err := opts.PointEmulatorIPN(ctx, company.Value, target); err != nil {
		return err
	}
	fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("Emulator company %s now sends its IPNs to %s.", company.Value, target))
	return nil
}
