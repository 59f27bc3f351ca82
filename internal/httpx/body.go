package httpx

import (
	"context"
	"errors"
	"io"
	"net/http"
	"sync"
	"time"
)

// responseBody ends the exchange when the server has used up its time
// budget (what the timeout left after the headers), turns read failures into
// the package's errors, and feeds the debug trace.
type responseBody struct {
	body      io.ReadCloser
	budget    time.Duration // time left for the server to deliver the rest
	deadline  *time.Timer   // runs only inside Read, armed with the budget
	expired   *silenceError
	attempt   context.Context
	callerCtx context.Context
	cancel    context.CancelCauseFunc
	method    string
	url       string   // masked
	capture   *capture // nil unless tracing
	trace     *tracer
	finish    sync.Once
}

func (t *transport) newResponseBody(req *http.Request, resp *http.Response, callerCtx, attempt context.Context, cancel context.CancelCauseFunc, deadline *time.Timer, expired *silenceError, budget time.Duration) *responseBody {
	// The same timer now means "the body did not finish in time".
	expired.midBody = true
	b := &responseBody{
		body:      resp.Body,
		budget:    max(budget, time.Millisecond),
		deadline:  deadline,
		expired:   expired,
		attempt:   attempt,
		callerCtx: callerCtx,
		cancel:    cancel,
		method:    req.Method,
		url:       t.redact.URL(req.URL.String()),
		trace:     t.trace,
	}
	if t.trace != nil {
		b.capture = newCapture(resp.Header.Get("Content-Type"))
	}
	return b
}

func (b *responseBody) Read(p []byte) (int, error) {
	// Even a spent budget gets a millisecond: bytes already received are
	// the server's on time, and a Read that must wait for more fails.
	started := time.Now()
	b.deadline.Reset(max(b.budget, time.Millisecond))
	n, err := b.body.Read(p)
	b.deadline.Stop()
	b.budget -= time.Since(started)
	if n > 0 && b.capture != nil {
		b.capture.Write(p[:n])
	}
	switch {
	case err == nil:
	case errors.Is(err, io.EOF):
		b.done(nil)
	default:
		err = b.readFailure(err)
		b.done(err)
	}
	return n, err
}

// readFailure explains a body that broke off: the caller gave up, the
// deadline passed, or the connection failed. The request was sent either
// way, since an answer had begun.
func (b *responseBody) readFailure(err error) error {
	if callerErr := b.callerCtx.Err(); callerErr != nil {
		return &interruptedError{err: callerErr, sent: true}
	}
	netErr := &NetworkError{Method: b.method, URL: b.url, Err: err, Sent: true}
	if err == b.expired || context.Cause(b.attempt) == b.expired {
		netErr.Err, netErr.Timeout = b.expired, true
	}
	return netErr
}

func (b *responseBody) Close() error {
	b.deadline.Stop()
	err := b.body.Close()
	b.cancel(nil)
	b.done(nil)
	return err
}

// done writes the traced body once, at the end of the body or when it is
// closed early.
func (b *responseBody) done(err error) {
	b.finish.Do(func() {
		if b.capture != nil {
			b.trace.responseBody(b.capture, err)
		}
	})
}
