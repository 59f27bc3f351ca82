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

// RedactorOf returns the Redactor of the client that received resp, so an
// error built from a reply masks the run's secrets too; a response from
// any other client gets the field-name rules.
func RedactorOf(resp *http.Response) *Redactor {
	if resp != nil && resp.Request != nil {
		if r, ok := resp.Request.Context().Value(redactorKey{}).(*Redactor); ok {
			return r
		}
	}
	return nil
}

// attempt sends req once. The timeout bounds the whole exchange: the time
// spent waiting for the headers plus the time spent waiting for the body,
// so a reply that trickles or never ends cannot hold a command. Time the
// caller spends between reads (writing to a slow pipe) is not counted: that
// is not the server's doing. Failures become *NetworkError (or
// *interruptedError when the caller gave up).
func (t *transport) attempt(req *http.Request) (*http.Response, error) {
	var sent, wroteHeaders atomic.Bool
	callerCtx := req.Context()
	ctx, cancel := context.WithCancelCause(callerCtx)
	// WroteRequest, not the transport type, tells us the whole request went
	// out: the emulator's in-process transport calls this hook itself.
	// WroteHeaders tells us that something did: before it, nothing left.
	ctx = httptrace.WithClientTrace(ctx, &httptrace.ClientTrace{
		WroteHeaders: func() { wroteHeaders.Store(true) },
		WroteRequest: func(info httptrace.WroteRequestInfo) {
			wroteHeaders.Store(true)
			if info.Err == nil {
				sent.Store(true)
			}
		},
	})
	ctx = context.WithValue(ctx, redactorKey{}, t.redact)
	req = req.WithContext(ctx)

	expired := &silenceError{after: t.timeout}
	deadline := time.AfterFunc(t.timeout, func() { cancel(expired) })
	t.trace.request(req)
	started := time.Now()
	resp, err := t.base.RoundTrip(req)
	if err == nil && context.Cause(ctx) == expired {
		// The deadline passed as the headers arrived; the body would fail
		// at once, so report the timeout now.
		resp.Body.Close()
		err = expired
	}
	if err != nil {
		deadline.Stop()
		cancel(nil)
		var silence *silenceError
		if context.Cause(ctx) == expired {
			silence = expired
		}
		err = t.failure(callerCtx, req, err, sent.Load(), !wroteHeaders.Load(), silence)
		t.trace.failure(err, time.Since(started))
		return nil, err
	}
	if resp.Request == nil {
		// An in-process transport may not set it; CheckStatus relies on it.
		resp.Request = req
	}
	t.trace.response(resp, time.Since(started))
	deadline.Stop()
	resp.Body = t.newResponseBody(req, resp, callerCtx, ctx, cancel, deadline, expired, t.timeout-time.Since(started))
	return resp, nil
}

// failure describes why an attempt got no response. When the caller's own
// context is done (Ctrl-C, its deadline) that is the story, not the network.
// silence is set when our timeout cut the attempt short: the transport only
// saw a cancelled context, so the silence is the real cause.
func (t *transport) failure(callerCtx context.Context, req *http.Request, err error, sent, neverLeft bool, silence *silenceError) error {
	if callerErr := callerCtx.Err(); callerErr != nil {
		return &interruptedError{err: callerErr, sent: sent, neverLeft: neverLeft}
	}
	if silence != nil {
		err = silence
	}
	var netErr net.Error
	return &NetworkError{
		Method:    req.Method,
		URL:       t.redact.URL(req.URL.String()),
		Err:       err,
		Sent:      sent,
		NeverLeft: neverLeft,
		Timeout:   errors.As(err, &netErr) && netErr.Timeout(),
	}
}
