package httpx

import (
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"syscall"
	"time"
)

// Exit codes, as in internal/cmdutil (not imported: provider clients import
// this package and must stay free of the CLI).
const (
	exitError       = 1
	exitAuth        = 3
	exitUnreachable = 4
)

// maxErrorBody is how much of a failed response CheckStatus keeps.
const maxErrorBody = 2 << 10

// NetworkError is a request that got no HTTP answer: the connection failed,
// broke, or stayed silent past the timeout. It exits with code 4.
type NetworkError struct {
	Method string
	URL    string // secrets masked
	Err    error
	// Sent is true when the whole request was written, so the server may
	// have acted on it; see IsAmbiguous.
	Sent bool
	// Timeout is true when the answer (or the rest of it) did not come in time.
	Timeout bool
}

func (e *NetworkError) Error() string {
	host := hostOf(e.URL)
	var slow *silenceError
	switch {
	case errors.As(e.Err, &slow) && slow.midBody:
		return fmt.Sprintf("the answer from %s stopped arriving for %s", host, slow.after)
	case errors.As(e.Err, &slow):
		return fmt.Sprintf("no answer from %s within %s", host, slow.after)
	case e.Timeout:
		return fmt.Sprintf("no answer from %s in time: %s", host, plainNetworkReason(e.Err))
	case e.Sent:
		return fmt.Sprintf("lost the connection to %s after sending the request: %s", host, plainNetworkReason(e.Err))
	}
	return fmt.Sprintf("could not reach %s: %s", host, plainNetworkReason(e.Err))
}

func (e *NetworkError) Unwrap() error { return e.Err }

// ExitCode is 4: the provider was unreachable.
func (e *NetworkError) ExitCode() int { return exitUnreachable }

// silenceError is the cause of a timeout this package enforced: no response
// headers within the timeout, or a response body that stalled that long.
type silenceError struct {
	after   time.Duration
	midBody bool
}

func (e *silenceError) Error() string {
	if e.midBody {
		return fmt.Sprintf("response stalled for %s", e.after)
	}
	return fmt.Sprintf("no response within %s", e.after)
}

// Timeout lets net.Error-aware code treat it like any other timeout.
func (e *silenceError) Timeout() bool   { return true }
func (e *silenceError) Temporary() bool { return true }

// plainNetworkReason turns a dial or read error into the few words a person
// needs ("connection refused"), without the addresses and syscalls.
func plainNetworkReason(err error) string {
	var errno syscall.Errno
	var dnsErr *net.DNSError
	switch {
	case err == nil:
		return "unknown error"
	case errors.As(err, &dnsErr) && dnsErr.IsNotFound:
		return "no such host"
	case errors.As(err, &dnsErr):
		return "could not look up the host name"
	case errors.As(err, &errno):
		return errno.Error()
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return "the server closed the connection without answering"
	}
	return err.Error()
}

// hostOf returns the host of a URL for messages, or the URL itself.
func hostOf(rawURL string) string {
	if u, err := url.Parse(rawURL); err == nil && u.Host != "" {
		return u.Host
	}
	return rawURL
}

// StatusError is an HTTP answer outside 2xx.
type StatusError struct {
	StatusCode int
	Method     string
	URL        string // secrets masked
	Body       []byte // the first 2 KB, secrets masked
}

func (e *StatusError) Error() string {
	path := e.URL
	if u, err := url.Parse(e.URL); err == nil {
		path = u.EscapedPath()
	}
	if path == "" {
		path = "/"
	}
	return fmt.Sprintf("%s answered %d %s to %s %s", hostOf(e.URL), e.StatusCode, http.StatusText(e.StatusCode), e.Method, path)
}

// ExitCode maps the status: 401 and 403 are authentication (3), 429 and 5xx
// mean the provider is unavailable (4), anything else is a rejection (1).
func (e *StatusError) ExitCode() int {
	switch {
	case e.StatusCode == http.StatusUnauthorized, e.StatusCode == http.StatusForbidden:
		return exitAuth
	case e.StatusCode == http.StatusTooManyRequests, e.StatusCode >= 500:
		return exitUnreachable
	}
	return exitError
}

// CheckStatus returns nil for a 2xx response and leaves its body alone.
// Otherwise it reads up to 2 KB of the body, closes it, and returns a
// *StatusError holding that prefix with secrets masked.
func CheckStatus(resp *http.Response) error {
	if resp.StatusCode >= 200 && resp.StatusCode < 300 {
		return nil
	}
	// Read a little past the limit and cut after masking, so a secret that
	// straddles the limit is masked whole rather than half shown.
	body, _ := io.ReadAll(io.LimitReader(resp.Body, maxErrorBody+redactSlack))
	resp.Body.Close()
	r := redactorOf(resp.Request)
	method, rawURL := "", ""
	if resp.Request != nil {
		method, rawURL = resp.Request.Method, resp.Request.URL.String()
	}
	return &StatusError{
		StatusCode: resp.StatusCode,
		Method:     method,
		URL:        r.url(rawURL),
		Body:       []byte(cutUTF8(r.body(resp.Header.Get("Content-Type"), string(body)), maxErrorBody)),
	}
}

// IsAmbiguous reports whether err leaves open whether the server acted on
// the request: it was fully sent and then the connection failed, timed out
// or was interrupted. A command that created something or moved money must
// then check with a read before it reports.
func IsAmbiguous(err error) bool {
	var netErr *NetworkError
	if errors.As(err, &netErr) {
		return netErr.Sent
	}
	var interrupted *interruptedError
	return errors.As(err, &interrupted) && interrupted.sent
}

// interruptedError is the caller's own cancellation (Ctrl-C) or deadline.
// It unwraps to the context's error, so the exit code stays "interrupted",
// and remembers whether the request had already been sent.
type interruptedError struct {
	err  error
	sent bool
}

func (e *interruptedError) Error() string {
	if e.sent {
		return fmt.Sprintf("interrupted after the request was sent: %v", e.err)
	}
	return fmt.Sprintf("interrupted: %v", e.err)
}

func (e *interruptedError) Unwrap() error { return e.err }

// UnwrapURLError returns the error inside the *url.Error that http.Client
// wraps around every transport error. Report that one: url.Error's own
// message repeats the request URL unmasked ("Get \"https://…?token=…\": …").
func UnwrapURLError(err error) error {
	var urlErr *url.Error
	if errors.As(err, &urlErr) {
		return urlErr.Err
	}
	return err
}
