// Package settle is the one rule for requests that create something or move
// money: they are never sent twice blindly, and after an ambiguous failure
// (httpx.IsAmbiguous: a timeout, a reset, a redirect, a gateway error, a
// reply nobody can read) the request is looked up, with backoff, over a
// window longer than the request timeout, before anything is reported.
//
// The provider clients apply it (facti.Client.CreateOrFind,
// pagofacil.Client.ChargeOrVerify, sync's credential creation); the loop,
// the outcomes and the errors that report them live here once.
package settle

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/mxpay/mxpay/internal/errs"
)

// Outcome is what became of a creating or money-moving request. The values
// are stable: the ledger and -o json carry them.
type Outcome string

const (
	// Created: the provider answered that it did it.
	Created Outcome = "created"
	// Found: the answer was lost, and a lookup found that it was done.
	Found Outcome = "found"
	// Declined: the provider processed it and said no.
	Declined Outcome = "declined"
	// Failed: the provider refused it, or it never left; nothing was done.
	Failed Outcome = "failed"
	// Unknown: it may have been done and no lookup could tell.
	Unknown Outcome = "unknown"
	// InFlight: recorded as about to be sent, with no outcome yet (a
	// process that died mid-request leaves this in the ledger).
	InFlight Outcome = "in_flight"
)

// Policy says how long and how often to look a request up.
type Policy struct {
	// Window is how long to keep looking. Zero means DefaultWindow.
	Window time.Duration
	// First is the wait before the first lookup (the provider may still be
	// applying the request); zero means 250ms. Waits double up to Max.
	First time.Duration
	// Max is the longest wait between lookups; zero means 5s.
	Max time.Duration
	// Sleep waits between lookups; nil means a timer that stops with ctx.
	Sleep func(ctx context.Context, d time.Duration) error
	// Now is the clock; nil means time.Now.
	Now func() time.Time
}

// DefaultWindow is the lookup window for a request timeout: twice the
// timeout, and never under a minute, because a provider that answered late
// (or a gateway that answered for it) may apply the request well after the
// client gave up.
func DefaultWindow(timeout time.Duration) time.Duration {
	return max(2*timeout, time.Minute)
}

// Result is how a lookup ended.
type Result struct {
	Found    bool
	Attempts int
	// Err is the last lookup failure when none succeeded in saying "not
	// there" (nil when every lookup answered and none found it).
	Err error
	// Waited is how long the lookups took in all.
	Waited time.Duration
}

// stopError ends a lookup early: nothing more can be learned by asking
// again (the credentials were refused).
type stopError struct{ err error }

func (e *stopError) Error() string { return e.err.Error() }
func (e *stopError) Unwrap() error { return e.err }

// Stop marks a lookup failure as final: Lookup stops asking.
func Stop(err error) error { return &stopError{err: err} }

// Lookup calls find until it reports the request found, the window ends,
// find returns a Stop error, or ctx is done. find returns found=false with
// a nil error when the provider answered that the request is not (yet)
// there.
func Lookup(ctx context.Context, p Policy, find func(ctx context.Context) (bool, error)) Result {
	p = p.withDefaults()
	start := p.Now()
	wait := p.First
	var res Result
	var lastAnswered bool
	for {
		if err := p.Sleep(ctx, jitter(wait)); err != nil {
			res.Err, lastAnswered = err, false // interrupted: say so
			break
		}
		res.Attempts++
		found, err := find(ctx)
		if found {
			res.Found, res.Err = true, nil
			break
		}
		lastAnswered = err == nil
		if err != nil {
			res.Err = err
			var stop *stopError
			if errors.As(err, &stop) || ctx.Err() != nil {
				break
			}
		}
		if p.Now().Sub(start)+wait >= p.Window {
			break
		}
		wait = min(2*wait, p.Max)
	}
	if lastAnswered {
		res.Err = nil
	}
	res.Waited = p.Now().Sub(start)
	return res
}

func (p Policy) withDefaults() Policy {
	if p.Window <= 0 {
		p.Window = DefaultWindow(30 * time.Second)
	}
	if p.First <= 0 {
		p.First = 250 * time.Millisecond
	}
	if p.Max <= 0 {
		p.Max = 5 * time.Second
	}
	if p.Sleep == nil {
		p.Sleep = sleepContext
	}
	if p.Now == nil {
		p.Now = time.Now
	}
	return p
}

// jitter spreads waits by up to a fifth, so that many rows of a bulk run
// that failed together do not ask together.
func jitter(d time.Duration) time.Duration {
	if d <= 0 {
		return 0
	}
	return d + rand.N(d/5+1)
}

func sleepContext(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// UnknownError reports a request that may have been applied and that no
// lookup could settle. Its kind is UnknownOutcome (exit 6); the command
// layer adds the exact command to check.
type UnknownError struct {
	What   string // "the payment request for folio 1001", "the charge for order X"
	Cause  error  // the ambiguous failure
	Lookup Result // what the lookups found
}

func (e *UnknownError) Error() string {
	msg := fmt.Sprintf("%s was sent but its outcome is unknown (%v)", e.What, e.Cause)
	switch {
	case e.Lookup.Attempts == 0 && e.Lookup.Err != nil:
		msg += fmt.Sprintf("; it could not be looked up: %v", e.Lookup.Err)
	case e.Lookup.Err != nil:
		msg += fmt.Sprintf("; looking it up failed (%s over %s): %v", lookups(e.Lookup.Attempts), e.Lookup.Waited.Round(time.Second), e.Lookup.Err)
	default:
		msg += fmt.Sprintf("; %s over %s did not find it, but the provider may still apply it", lookups(e.Lookup.Attempts), e.Lookup.Waited.Round(time.Second))
	}
	return msg
}

// MessageKey is the message as a catalog id and its arguments. What is
// the caller's words: shown translated when the catalog has them.
func (e *UnknownError) MessageKey() (string, []any) {
	what := phrase(e.What)
	switch {
	case e.Lookup.Attempts == 0 && e.Lookup.Err != nil:
		return "%v was sent but its outcome is unknown (%v); it could not be looked up: %v", []any{what, e.Cause, e.Lookup.Err}
	case e.Lookup.Err != nil:
		return "%v was sent but its outcome is unknown (%v); looking it up failed (%v over %s): %v",
			[]any{what, e.Cause, lookupCount(e.Lookup.Attempts), e.Lookup.Waited.Round(time.Second).String(), e.Lookup.Err}
	}
	return "%v was sent but its outcome is unknown (%v); %v over %s did not find it, but the provider may still apply it",
		[]any{what, e.Cause, lookupCount(e.Lookup.Attempts), e.Lookup.Waited.Round(time.Second).String()}
}

// phrase is a caller's words in a message: a catalog id when it is one.
type phrase string

func (p phrase) Error() string               { return string(p) }
func (p phrase) MessageKey() (string, []any) { return strings.ReplaceAll(string(p), "%", "%%"), nil }

// lookupCount is "1 lookup", "3 lookups", with plural forms in each language.
type lookupCount int

func (n lookupCount) Error() string               { return lookups(int(n)) }
func (n lookupCount) MessageKey() (string, []any) { return "%d lookup(s)", []any{int(n)} }

func lookups(n int) string {
	if n == 1 {
		return "1 lookup"
	}
	return fmt.Sprintf("%d lookups", n)
}

func (e *UnknownError) Unwrap() error   { return e.Cause }
func (e *UnknownError) Kind() errs.Kind { return errs.UnknownOutcome }

// NotSentError is a creating request that provably never left this machine
// (connection refused, no such host): nothing was done, and sending it again
// is safe. Its kind is Unreachable (exit 4).
type NotSentError struct {
	What  string
	Cause error
}

func (e *NotSentError) Error() string {
	return fmt.Sprintf("%v; %s was not sent, nothing was done", e.Cause, e.What)
}

// MessageKey is the message as a catalog id and its arguments.
func (e *NotSentError) MessageKey() (string, []any) {
	return "%v; %v was not sent, nothing was done", []any{e.Cause, phrase(e.What)}
}
func (e *NotSentError) Unwrap() error   { return e.Cause }
func (e *NotSentError) Kind() errs.Kind { return errs.Unreachable }
