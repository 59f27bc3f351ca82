package httpx

import (
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/mxpay/mxpay/internal/errs"
)

// maxErrorBody is how much of a failed response CheckStatus keeps.
const maxErrorBody = 2 << 10

// NetworkError is a request that got no HTTP answer: the connection failed,
// broke, or stayed silent past the timeout. Its kind is Unreachable.
type NetworkError struct {
	Method string
	URL    string // secrets masked
	Err    error
	// Sent is true when the whole request was written, so the server may
	// have acted on it; see IsAmbiguous.
	Sent bool
	// NeverLeft is true when not even the request's headers were written:
	// the connection was never made (refused, no such host, TLS failure).
	// Only then can a caller say "nothing was sent".
	NeverLeft bool
	// Timeout is true when the answer (or the rest of it) did not come in time.
	Timeout bool
}

func (e *NetworkError) Error() string {
	key, args := e.MessageKey()
	return fmt.Sprintf(key, args...)
}

// MessageKey is the message as a catalog id and its arguments, to show it
// in the reader's language.
func (e *NetworkError) MessageKey() (string, []any) {
	host := hostOf(e.URL)
	var slow *silenceError
	switch {
	case errors.As(e.Err, &slow) && slow.midBody:
		return "the answer from %s did not finish arriving within %s", []any{host, slow.after.String()}
	case errors.As(e.Err, &slow):
		return "no answer from %s within %s", []any{host, slow.after.String()}
	case e.Timeout:
		return "no answer from %s in time: %v", []any{host, plainNetworkReason(e.Err)}
	case e.Sent:
		return "lost the connection to %s after sending the request: %v", []any{host, plainNetworkReason(e.Err)}
	}
	return "could not reach %s: %v", []any{host, plainNetworkReason(e.Err)}
}

func (e *NetworkError) Unwrap() error { return e.Err }

// Kind is Unreachable; whether the request may have been applied is
// IsAmbiguous's question.
func (e *NetworkError) Kind() errs.Kind { return errs.Unreachable }

// Ambiguous: anything but a request that never left may have reached the
// server.
func (e *NetworkError) Ambiguous() bool { return !e.NeverLeft }

// silenceError is the cause of a timeout this package enforced: no response
// headers within the timeout, or a response body not finished by then.
type silenceError struct {
	after   time.Duration
	midBody bool
}

func (e *silenceError) Error() string {
	key, args := e.MessageKey()
	return fmt.Sprintf(key, args...)
}

// MessageKey is the message as a catalog id and its arguments.
func (e *silenceError) MessageKey() (string, []any) {
	if e.midBody {
		return "response body not finished within %s", []any{e.after.String()}
	}
	return "no response within %s", []any{e.after.String()}
}

// Timeout lets net.Error-aware code treat it like any other timeout.
func (e *silenceError) Timeout() bool   { return true }
func (e *silenceError) Temporary() bool { return true }

// plainNetworkReason turns a dial or read error into the few words a person
// needs ("connection refused"), without the addresses and syscalls.
//
// The reason is an error whose message mxpay wrote (a catalog id) or the
// system's own words, so a message built with it reads in the reader's
// language where mxpay knows the words.
func plainNetworkReason(err error) error {
	var errno syscall.Errno
	var dnsErr *net.DNSError
	switch {
	case err == nil:
		return phrase("unknown error")
	case errors.As(err, &dnsErr) && dnsErr.IsNotFound:
		return phrase("no such host")
	case errors.As(err, &dnsErr):
		return phrase("could not look up the host name")
	case errors.As(err, &errno):
		if known := errnoPhrase(errno); known != "" {
			return known
		}
		return phrase(errno.Error())
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return phrase("the server closed the connection without answering")
	}
	return phrase(err.Error())
}

// errnoPhrase is mxpay's words for the system errors a request meets most.
func errnoPhrase(errno syscall.Errno) phrase {
	switch errno {
	case syscall.ECONNREFUSED:
		return phrase("connection refused")
	case syscall.ECONNRESET:
		return phrase("connection reset by peer")
	case syscall.ETIMEDOUT:
		return phrase("connection timed out")
	case syscall.ENETUNREACH:
		return phrase("network is unreachable")
	case syscall.EHOSTUNREACH:
		return phrase("no route to host")
	}
	return ""
}

// phrase is a few words of a message; a catalog id when mxpay wrote them.
type phrase string

func (p phrase) Error() string { return string(p) }

// MessageKey lets the catalog translate the words it knows.
func (p phrase) MessageKey() (string, []any) { return strings.ReplaceAll(string(p), "%", "%%"), nil }

// hostOf returns the host of a URL for messages, or the URL itself.
func hostOf(rawURL string) string {
	if u, err := url.Parse(rawURL); err == nil && u.Host != "" {
		return u.Host
	}
	return rawURL
}

// StatusError is an HTTP answer outside 2xx, including a redirect mxpay did
// not follow.
type StatusError struct {
	StatusCode int
	Method     string
	URL        string // secrets masked
	Location   string // a redirect's target, secrets masked
	Body       []byte // the first 2 KB, secrets masked
}

func (e *StatusError) Error() string {
	key, args := e.MessageKey()
	return fmt.Sprintf(key, args...)
}

// MessageKey is the message as a catalog id and its arguments (the status
// code as a string: it is a code, not a count).
func (e *StatusError) MessageKey() (string, []any) {
	path := e.URL
	if u, err := url.Parse(e.URL); err == nil {
		path = u.EscapedPath()
	}
	if path == "" {
		path = "/"
	}
	args := []any{hostOf(e.URL), strconv.Itoa(e.StatusCode), http.StatusText(e.StatusCode), e.Method, path}
	if !e.IsRedirect() {
		return "%s answered %s %s to %s %s", args
	}
	var target any = e.Location
	if e.Location == "" {
		target = phrase("no Location")
	}
	return "%s answered %s %s to %s %s (a redirect to %v, not followed: mxpay never re-sends a request to another address)", append(args, target)
}

// IsRedirect reports a 3xx answer.
func (e *StatusError) IsRedirect() bool { return e.StatusCode >= 300 && e.StatusCode < 400 }

// Kind: 401 and 403 are authentication; 408, 429, 5xx and unfollowed
// redirects mean the provider could not be reached as asked; anything
// else is a rejection.
func (e *StatusError) Kind() errs.Kind {
	switch {
	case e.StatusCode == http.StatusUnauthorized, e.StatusCode == http.StatusForbidden:
		return errs.Auth
	case e.IsRedirect(), e.StatusCode == http.StatusRequestTimeout, e.StatusCode == http.StatusTooManyRequests, e.StatusCode >= 500:
		return errs.Unreachable
	}
	return errs.Rejected
}

// Ambiguous: a redirect, a timeout, rate limiting or a server error may come
// from a proxy or gateway that passed the request on, so none of them says
// the request was not applied. Other statuses are the server's answer.
func (e *StatusError) Ambiguous() bool {
	return e.Kind() == errs.Unreachable
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
	r := RedactorOf(resp)
	method, rawURL := "", ""
	if resp.Request != nil {
		method, rawURL = resp.Request.Method, resp.Request.URL.String()
	}
	e := &StatusError{
		StatusCode: resp.StatusCode,
		Method:     method,
		URL:        r.URL(rawURL),
		Body:       []byte(cutUTF8(r.Body(resp.Header.Get("Content-Type"), string(body)), maxErrorBody)),
	}
	if loc := resp.Header.Get("Location"); loc != "" {
		e.Location = r.URL(loc)
	}
	return e
}

// Excerpt returns the start of a reply body for an error message, masked by
// the redactor of the client that received it (field rules and the run's
// secrets), cut to n bytes. Provider clients use it whenever a reply they
// cannot read goes into an error: such pages often echo the request back.
func Excerpt(resp *http.Response, body []byte, n int) string {
	r := RedactorOf(resp)
	contentType := ""
	if resp != nil {
		contentType = resp.Header.Get("Content-Type")
	}
	text := r.Body(contentType, string(body))
	if len(text) > n {
		text = cutUTF8(text, n) + "…"
	}
	return text
}

// ambiguity is implemented by errors that know whether the request they
// concern may have been applied.
type ambiguity interface{ Ambiguous() bool }

// IsAmbiguous reports whether err leaves open whether the server acted on
// the request: the request may have left and no definitive answer came
// back (a timeout, a broken connection, an interruption after sending, a
// redirect, a gateway or server error, a reply nobody can read). A request
// that creates something or moves money must then be looked up before
// anything is reported. Errors of other packages join in by implementing
// Ambiguous() bool (a provider client's "garbled reply").
func IsAmbiguous(err error) bool {
	var a ambiguity
	return errors.As(err, &a) && a.Ambiguous()
}

// NeverSent reports whether err proves the request never left this
// machine: the connection could not be made, or the caller stopped before
// anything was written. Only then may a message say "nothing was sent".
func NeverSent(err error) bool {
	var netErr *NetworkError
	if errors.As(err, &netErr) {
		return netErr.NeverLeft
	}
	var interrupted *interruptedError
	return errors.As(err, &interrupted) && interrupted.neverLeft
}

// interruptedError is the caller's own cancellation (Ctrl-C) or deadline.
// It unwraps to the context's error, so the exit code stays "interrupted",
// and remembers whether the request had already been sent.
type interruptedError struct {
	err       error
	sent      bool
	neverLeft bool
}

func (e *interruptedError) Kind() errs.Kind { return errs.Interrupted }

// Ambiguous: interrupted after any of the request was written.
func (e *interruptedError) Ambiguous() bool { return !e.neverLeft }

func (e *interruptedError) Error() string {
	key, args := e.MessageKey()
	return fmt.Sprintf(key, args...)
}

// MessageKey is the message as a catalog id and its arguments.
func (e *interruptedError) MessageKey() (string, []any) {
	if e.sent {
		return "interrupted after the request was sent: %v", []any{e.err}
	}
	return "interrupted: %v", []any{e.err}
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
