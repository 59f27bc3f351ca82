package httpx

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptrace"
	"sync/atomic"
	"time"
)

type redactorKey struct{}

// redactorOf returns the redactor that sent req, so CheckStatus masks the
// client's literal secrets too; any other request gets the field rules.
func redactorOf(req *http.Request) *redactor {
	if req != nil {
		if r, ok := req.Context().Value(redactorKey{}).(*redactor); ok {
			return r
		}
	}
	return newRedactor(nil)
}

// attempt sends req once, under the per-attempt timeout, and turns failures
// into *NetworkError (or *interruptedError when the caller gave up).
func (t *transport) attempt(req *http.Request) (*http.Response, error) {
	var sent atomic.Bool
	callerCtx := req.Context()
	ctx, cancel := context.WithCancelCause(callerCtx)
	// WroteRequest, not the transport type, tells us the whole request went
	// out: the emulator's in-process transport calls this hook itself.
	ctx = httptrace.WithClientTrace(ctx, &httptrace.ClientTrace{
		WroteRequest: func(info httptrace.WroteRequestInfo) {
			if info.Err == nil {
				sent.Store(true)
			}
		},
	})
	ctx = context.WithValue(ctx, redactorKey{}, t.redact)
	req = req.WithContext(ctx)

	noHeaders := &silenceError{after: t.timeout}
	timer := time.AfterFunc(t.timeout, func() { cancel(noHeaders) })
	t.trace.request(req)
	started := time.Now()
	resp, err := t.base.RoundTrip(req)
	if !timer.Stop() && err == nil {
		// The timer fired as the headers arrived; the body would fail at
		// once, so report the timeout now.
		resp.Body.Close()
		err = context.Cause(ctx)
	}
	if err != nil {
		cancel(nil)
		var silence *silenceError
		if context.Cause(ctx) == noHeaders {
			silence = noHeaders
		}
		err = t.failure(callerCtx, req, err, sent.Load(), silence)
		t.trace.failure(err, time.Since(started))
		return nil, err
	}
	if resp.Request == nil {
		// An in-process transport may not set it; CheckStatus relies on it.
		resp.Request = req
	}
	t.trace.response(resp, time.Since(started))
	resp.Body = t.newResponseBody(req, resp, callerCtx, ctx, cancel)
	return resp, nil
}

// failure describes why an attempt got no response. When the caller's own
// context is done (Ctrl-C, its deadline) that is the story, not the network.
// silence is set when our timeout cut the attempt short: the transport only
// saw a cancelled context, so the silence is the real cause.
func (t *transport) failure(callerCtx context.Context, req *http.Request, err error, sent bool, silence *silenceError) error {
	if callerErr := callerCtx.Err(); callerErr != nil {
		return &interruptedError{err: callerErr, sent: sent}
	}
	if silence != nil {
		err = silence
	}
	var netErr net.Error
	return &NetworkError{
		Method:  req.Method,
		URL:     t.redact.url(req.URL.String()),
		Err:     err,
		Sent:    sent,
		Timeout: errors.As(err, &netErr) && netErr.Timeout(),
	}
}
