package sync

import (
	"errors"
	"fmt"
	"io/fs"
	"net"
	"os"
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/receiver"
)

// minSecret is the shortest secret a --secret-file may hold: 128 bits in
// hex. Generated ones are 256 bits.
const minSecret = 32

// listenSecret is the token senders must present, and where it came from.
type listenSecret struct {
	value     string
	file      string // "" when generated for this run
	generated bool   // written to file just now
}

// loadSecret reads the secret from file, or generates one: for this run
// when file is "", into file when it does not exist yet (mode 0600), so
// that the URL registered with Sync keeps working after a restart.
func loadSecret(file string) (*listenSecret, error) {
	if file == "" {
		return &listenSecret{value: receiver.NewSecret()}, nil
	}
	b, err := os.ReadFile(file)
	if errors.Is(err, fs.ErrNotExist) {
		s := receiver.NewSecret()
		f, err := os.OpenFile(file, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if err != nil {
			return nil, cmdutil.UsageErrorf("--secret-file: %v", err)
		}
		_, err = f.WriteString(s + "\n")
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return nil, cmdutil.UsageErrorf("--secret-file: %v", err)
		}
		return &listenSecret{value: s, file: file, generated: true}, nil
	}
	if err != nil {
		return nil, cmdutil.UsageErrorf("--secret-file: %v", err)
	}
	s := strings.TrimSpace(string(b))
	if len(s) < minSecret || strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_") != "" {
		return nil, cmdutil.UsageErrorf("--secret-file %s must hold one token of at least %d letters, digits, - or _ (delete it to have a new one generated)", file, minSecret)
	}
	return &listenSecret{value: s, file: file}, nil
}

// announce prints where the listener is and the URL to register with
// Sync. A generated secret is shown once, here (the caller adds it to the
// redactor right after); one read from a file is not shown at all: the
// printed command reads it from the file.
func (s *listenSecret) announce(opts *WebhooksListenOptions, addr string, logged int) {
	base := strings.TrimRight(opts.PublicURL, "/")
	if base == "" {
		base = "http://" + reachable(addr)
	}
	endpoint := base + opts.Path + "/"
	w := opts.IO.ErrOut
	ios := opts.IO
	fmt.Fprintln(w, ios.T("Listening on %s%s, logging to %s (%s). Press Ctrl-C to stop.", addr, opts.Path, opts.Log, ios.T("%d event(s) already in it", logged)))
	switch {
	case s.file == "":
		fmt.Fprintf(w, "%s\n  mxpay sync webhooks create --url '%s%s'\n", ios.T("Calls must carry this run's secret. Register the endpoint with:"), endpoint, s.value)
	case s.generated:
		fmt.Fprintf(w, "%s\n  mxpay sync webhooks create --url \"%s$(cat %s)\"\n", ios.T("Wrote a new secret to %s. Register the endpoint with:", s.file), endpoint, shellQuote(s.file))
	default:
		fmt.Fprintf(w, "%s\n  mxpay sync webhooks create --url \"%s$(cat %s)\"\n", ios.T("Calls must carry the secret in %s, as registered with:", s.file), endpoint, shellQuote(s.file))
	}
	if opts.PublicURL == "" && !strings.HasPrefix(addr, "127.") && !strings.HasPrefix(addr, "[::1]") {
		fmt.Fprintln(w, ios.T("(Sync must reach it at that address: give the public one with --public-url.)"))
	}
}

// reachable is addr as a client reaches it: a listener on every interface
// is shown with its loopback address.
func reachable(addr string) string {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return addr
	}
	if ip := net.ParseIP(host); ip == nil || ip.IsUnspecified() {
		host = "127.0.0.1"
	}
	return net.JoinHostPort(host, port)
}

// shellQuote quotes s for a POSIX shell.
func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
