// Package httpx is the one HTTP policy every provider client uses: a
// timeout over each whole exchange (body included), no redirect followed to
// another address and no body ever re-sent on one, a User-Agent, retries
// with backoff only for requests that are safe to repeat, typed errors that
// say whether a request may have reached the server, and the one Redactor
// that masks secrets in traces, errors, logs and files.
//
// It must not import the CLI (cobra, viper, survey, keyring, internal/cmd*,
// internal/output): provider clients and the emulator import it.
package httpx

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"time"

	"github.com/mxpay/mxpay/internal/i18n"
)

// Options configure NewClient. The zero value works.
type Options struct {
	// UserAgent is sent on every request that does not set its own
	// ("mxpay/<version>"); empty means "mxpay".
	UserAgent string
	// Timeout bounds each attempt as a whole: the response headers and the
	// whole body must arrive within it, so a reply that trickles or never
	// ends cannot hold a command. 0 or less means 30s.
	Timeout time.Duration
	// Transport sends the requests; nil means a keep-alive *http.Transport
	// made for this client (proxy from the environment, TLS handshake
	// timeout). The emulator passes an in-process transport here.
	Transport http.RoundTripper
	// Debug, when not nil, receives a trace of every exchange with secrets
	// masked.
	Debug io.Writer
	// Redactor masks secrets in traces and errors, by field name and by the
	// values added to it; nil means a Redactor of the client's own (field
	// rules only). Pass the run's Redactor so that every secret the run
	// handles is masked in what this client reports.
	Redactor *Redactor
	// MaxRetries is how many times a retryable request is repeated; 0
	// means 3 and a negative value means never.
	MaxRetries int
	// Sleep waits between retries; nil means a timer that stops early when
	// ctx is done. Tests record the delays with it.
	Sleep func(ctx context.Context, d time.Duration) error
}

const (
	defaultUserAgent  = "mxpay"
	defaultTimeout    = 30 * time.Second
	defaultMaxRetries = 3
)

// NewClient returns the client for all provider traffic. Its errors come
// wrapped in *url.Error by http.Client; see UnwrapURLError.
func NewClient(o Options) *http.Client {
	t := &transport{
		base:       o.Transport,
		userAgent:  o.UserAgent,
		timeout:    o.Timeout,
		maxRetries: o.MaxRetries,
		sleep:      o.Sleep,
		redact:     o.Redactor,
	}
	if t.base == nil {
		t.base = newKeepAliveTransport()
	}
	if t.redact == nil {
		t.redact = NewRedactor(nil)
	}
	if t.userAgent == "" {
		t.userAgent = defaultUserAgent
	}
	if t.timeout <= 0 {
		t.timeout = defaultTimeout
	}
	switch {
	case t.maxRetries == 0:
		t.maxRetries = defaultMaxRetries
	case t.maxRetries < 0:
		t.maxRetries = 0
	}
	if t.sleep == nil {
		t.sleep = sleepContext
	}
	if o.Debug != nil {
		t.trace = &tracer{w: o.Debug, redact: t.redact}
	}
	return &http.Client{Transport: t, CheckRedirect: checkRedirect}
}

// newKeepAliveTransport copies the standard transport's proxy and dial
// settings and keeps as many idle connections per host as a bulk command
// runs workers (--concurrency up to 64), so connections are reused rather
// than closed and reopened after every request.
func newKeepAliveTransport() *http.Transport {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConnsPerHost = 64
	t.TLSHandshakeTimeout = 10 * time.Second
	return t
}

type allowRetryKey struct{}

// AllowRetry marks a request as safe to repeat, such as a search sent as a
// POST. GET and HEAD are retryable already; POST, PUT, PATCH and DELETE are
// not unless marked, because repeating them could create or charge twice.
func AllowRetry(req *http.Request) *http.Request {
	return req.WithContext(context.WithValue(req.Context(), allowRetryKey{}, true))
}

func isRetryable(req *http.Request) bool {
	if req.Method == http.MethodGet || req.Method == http.MethodHead {
		return true
	}
	marked, _ := req.Context().Value(allowRetryKey{}).(bool)
	return marked
}

// transport is the RoundTripper behind NewClient's client.
type transport struct {
	base       http.RoundTripper
	userAgent  string
	timeout    time.Duration
	maxRetries int
	sleep      func(ctx context.Context, d time.Duration) error
	redact     *Redactor
	trace      *tracer // nil unless tracing
}

// RoundTrip sends req, repeating it while that is safe and useful. After
// the last retry it returns the last response (callers judge its status) or
// a *NetworkError.
func (t *transport) RoundTrip(req *http.Request) (*http.Response, error) {
	retryable := isRetryable(req)
	req, err := t.prepare(req, retryable)
	if err != nil {
		return nil, err
	}
	for retry := 0; ; retry++ {
		attemptReq := req
		if retry > 0 {
			if attemptReq, err = withFreshBody(req); err != nil {
				return nil, err
			}
		}
		resp, err := t.attempt(attemptReq)
		if !retryable || retry >= t.maxRetries {
			return resp, err
		}
		var delay time.Duration
		if err != nil {
			if !isNetworkError(err) {
				return nil, err // the caller's own cancellation: never retried
			}
			delay = backoff(retry)
		} else {
			if !isRetryableStatus(resp.StatusCode) {
				return resp, nil
			}
			delay = retryDelay(resp.Header, retry, time.Now())
			discardBody(resp.Body)
		}
		t.trace.retrying(delay, retry+1, t.maxRetries)
		if err := t.sleep(req.Context(), delay); err != nil {
			return nil, &interruptedError{err: err}
		}
	}
}

// prepare copies req (a RoundTripper must not change its argument), sets
// the User-Agent, and makes a retryable body replayable.
func (t *transport) prepare(req *http.Request, retryable bool) (*http.Request, error) {
	out := req.Clone(req.Context())
	if out.Header.Get("User-Agent") == "" {
		out.Header.Set("User-Agent", t.userAgent)
	}
	if retryable && out.GetBody == nil && out.Body != nil && out.Body != http.NoBody {
		// Bodies marked retryable are small (searches), so holding one in
		// memory is the cheap way to send it again.
		data, err := io.ReadAll(out.Body)
		out.Body.Close()
		if err != nil {
			return nil, i18n.Errorf("reading the body of %s %s: %w", req.Method, t.redact.URL(req.URL.String()), err)
		}
		out.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(data)), nil }
		out.Body, _ = out.GetBody()
	}
	return out, nil
}

// withFreshBody returns req with its body rewound for another attempt.
func withFreshBody(req *http.Request) (*http.Request, error) {
	if req.GetBody == nil {
		return req, nil
	}
	body, err := req.GetBody()
	if err != nil {
		return nil, i18n.Errorf("rewinding the request body to retry: %w", err)
	}
	again := *req
	again.Body = body
	return &again, nil
}

// CloseIdleConnections lets http.Client.CloseIdleConnections reach the
// keep-alive pool underneath.
func (t *transport) CloseIdleConnections() {
	if closer, ok := t.base.(interface{ CloseIdleConnections() }); ok {
		closer.CloseIdleConnections()
	}
}
