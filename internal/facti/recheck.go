package facti

import (
	"context"
	"github.com/mxpay/mxpay/internal/i18n"
	"time"

	"github.com/mxpay/mxpay/internal/settle"
)

// Sent is a request sent by an earlier run whose outcome was not recorded
// (it died mid-request) or was unknown.
type Sent struct {
	Request *NewRequest
	// SentBy is the latest moment the request can have been sent.
	SentBy time.Time
	// SinceID is the first id a payment it created can have (the run's
	// survey's Since).
	SinceID uint64
}

// Rechecked is what a recheck says of one Sent request: Found (with the
// payment), Failed (absent a whole Settle window after it was sent: it was
// not created, and sending it is the only way to have it), or Unknown
// (Err says why: the lookups failed, or several payments match).
type Rechecked struct {
	Outcome settle.Outcome
	Payment *Payment
	Err     error
}

// Recheck settles requests an earlier run sent without learning their
// outcome, before anything is sent again: one scan of the company's
// payments for all of them, repeated with backoff until each is found or
// has been absent for the whole Settle window after it was sent. A request
// the lookups cannot decide stays Unknown: it must never be sent again.
func (c *Client) Recheck(ctx context.Context, companyID string, sent []Sent) []Rechecked {
	out := make([]Rechecked, len(sent))
	if len(sent) == 0 {
		return out
	}
	window := c.Settle.Window
	if window <= 0 {
		window = settle.DefaultWindow(30 * time.Second)
	}
	now := time.Now
	if c.Settle.Now != nil {
		now = c.Settle.Now
	}
	decidedAt := func(s Sent) time.Time { return s.SentBy.Add(window) }
	last := decidedAt(sent[0])
	for _, s := range sent {
		last = later(last, decidedAt(s))
	}
	details := newGroupDetails(c)
	var lookupErr error
	find := func(ctx context.Context) (bool, error) {
		var open []int
		for i := range sent {
			if out[i].Outcome == "" {
				open = append(open, i)
			}
		}
		if len(open) == 0 {
			return true, nil
		}
		reqs, since := make([]*NewRequest, len(open)), sent[open[0]].SinceID
		for j, i := range open {
			reqs[j], since = sent[i].Request, min(since, sent[i].SinceID)
		}
		found, err := c.findRequests(ctx, companyID, since, reqs, details)
		if lookupErr = err; err != nil {
			return false, stopOnAuth(err)
		}
		remaining := 0
		for j, i := range open {
			ms := onlyFrom(found[j], sent[i].SinceID)
			switch {
			case len(ms) == 1:
				out[i] = Rechecked{Outcome: settle.Found, Payment: &ms[0]}
			case len(ms) > 1:
				out[i] = Rechecked{Outcome: settle.Unknown, Err: &ManyMatchesError{What: Describe(sent[i].Request), Cause: i18n.Errorf("an earlier run sent it"), Payments: ms, request: sent[i].Request}}
			default:
				remaining++
			}
		}
		return remaining == 0, nil
	}
	policy := c.Settle
	policy.Window = max(last.Sub(now()), time.Nanosecond) // one lookup when all are old enough
	res := settle.Lookup(ctx, policy, find)
	if wait := last.Sub(now()); !res.Found && lookupErr == nil && wait > 0 {
		// Lookup may stop up to one wait before the window's end: the
		// requests not yet found are decided only once it has passed, by
		// one more lookup then.
		final := policy
		final.Window, final.First = time.Nanosecond, wait
		res.Attempts += settle.Lookup(ctx, final, find).Attempts
	}
	for i, s := range sent {
		switch {
		case out[i].Outcome != "":
		case lookupErr == nil && ctx.Err() == nil && !now().Before(decidedAt(s)):
			out[i] = Rechecked{Outcome: settle.Failed}
		default:
			res.Err = lookupErr
			out[i] = Rechecked{Outcome: settle.Unknown, Err: &settle.UnknownError{What: Describe(s.Request), Cause: i18n.Errorf("an earlier run sent it"), Lookup: res}}
		}
	}
	return out
}

// onlyFrom keeps the payments created from id since on.
func onlyFrom(ps []Payment, since uint64) []Payment {
	var out []Payment
	for _, p := range ps {
		if s, ok := seenOf(&p); ok && s.ID >= since {
			out = append(out, p)
		}
	}
	return out
}

func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}
