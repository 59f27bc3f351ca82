package httpx

import (
	"context"
	"errors"
	"io"
	"net/http"
	"sync"
	"time"
)

// responseBody enforces the idle timeout while the caller reads, turns read
// failures into the package's errors, and feeds the debug trace.
type responseBody struct {
	body      io.ReadCloser
	timeout   time.Duration
	idle      *time.Timer // armed only while a Read waits on the server
	stalled   *silenceError
	attempt   context.Context
	callerCtx context.Context
	cancel    context.CancelCauseFunc
	method    string
	url       string   // masked
	capture   *capture // nil unless tracing
	trace     *tracer
	finish    sync.Once
}

func (t *transport) newResponseBody(req *http.Request, resp *http.Response, callerCtx, attempt context.Context, cancel context.CancelCauseFunc) *responseBody {
	b := &responseBody{
		body:      resp.Body,
		timeout:   t.timeout,
		stalled:   &silenceError{after: t.timeout, midBody: true},
		attempt:   attempt,
		callerCtx: callerCtx,
		cancel:    cancel,
		method:    req.Method,
		url:       t.redact.url(req.URL.String()),
		trace:     t.trace,
	}
	// The timer runs only inside Read: a caller that pauses between reads
	// (writing to a slow pipe) is not the server stalling.
	b.idle = time.AfterFunc(t.timeout, func() { b.cancel(b.stalled) })
	b.idle.Stop()
	if t.trace != nil {
		b.capture = newCapture(resp.Header.Get("Content-Type"))
	}
	return b
}

func (b *responseBody) Read(p []byte) (int, error) {
	b.idle.Reset(b.timeout)
	n, err := b.body.Read(p)
	b.idle.Stop()
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
// server went quiet, or the connection failed. The request was sent either
// way, since an answer had begun.
func (b *responseBody) readFailure(err error) error {
	if callerErr := b.callerCtx.Err(); callerErr != nil {
		return &interruptedError{err: callerErr, sent: true}
	}
	netErr := &NetworkError{Method: b.method, URL: b.url, Err: err, Sent: true}
	if context.Cause(b.attempt) == b.stalled {
		netErr.Err, netErr.Timeout = b.stalled, true
	}
	return netErr
}

func (b *responseBody) Close() error {
	b.idle.Stop()
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
