package sync

import (
	"context"
	"encoding/hex"
	"errors"
	"time"

	"github.com/mxpay/mxpay/internal/errs"
	"github.com/mxpay/mxpay/internal/httpx"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/settle"
)

// The safe-create rule for Sync, once for credentials, webhooks and users:
// the creating request is sent once and never repeated. Sync's envelope
// answering it is final (created, or refused). A request that provably
// never left is a *settle.NotSentError. Anything else (a timeout, a reset,
// a redirect, a 408/429/5xx, a garbled 200, a page that is not Sync's) may
// have been applied: the thing is looked up over the client's Settle
// window, and reported found, or unknown (*settle.UnknownError).

// clockSlack widens "created since we sent it" to allow for a server clock
// a little behind ours (Sync's times are whole seconds of its own clock).
// It is kept short: anything created by an earlier run within it would be
// taken for ours.
const clockSlack = 5 * time.Second

// createOrFind sends create once and settles an uncertain outcome with
// find, which looks for what create made since the given time (nil when
// not there yet); a nil find means nothing identifies it. It returns
// create's answer, or what find found. what names the request in messages
// ("the request creating credentials at site X").
func createOrFind[C, F any](ctx context.Context, c *Client, what string, create func(ctx context.Context) (*C, error),
	find func(ctx context.Context, since time.Time) (*F, error)) (*C, *F, error) {
	since := c.now().Truncate(time.Second).Add(-clockSlack)
	created, err := create(ctx)
	switch {
	case err == nil:
		return created, nil, nil
	case httpx.NeverSent(err) && errs.KindOf(err) == errs.Interrupted:
		return nil, nil, err // Ctrl-C before anything left: exit as interrupted
	case httpx.NeverSent(err):
		return nil, nil, &settle.NotSentError{What: what, Cause: err}
	case !mayHaveApplied(err):
		return nil, nil, err
	}
	if find == nil {
		return nil, nil, &settle.UnknownError{What: what, Cause: err, Lookup: settle.Result{Err: errNoLookup}}
	}
	var found *F
	res := settle.Lookup(ctx, c.Settle, func(ctx context.Context) (bool, error) {
		v, err := find(ctx, since)
		if err != nil {
			return false, stopUnlessTransient(err)
		}
		found = v
		return v != nil, nil
	})
	if res.Found {
		return nil, found, nil
	}
	return nil, nil, &settle.UnknownError{What: what, Cause: err, Lookup: res}
}

var errNoLookup = i18n.Errorf("nothing identifies it to look it up by")

// mayHaveApplied reports a failed creating request that Sync may have
// applied all the same. Only Sync's own definitive answer (its envelope,
// outside 3xx/408/429/5xx) and failures before sending say it did not;
// an error of any other shape is taken as ambiguous, the safe side.
func mayHaveApplied(err error) bool {
	var api *APIError
	var before *beforeSendError
	switch {
	case errors.As(err, &before): // first: a session error may hold an APIError
		return false
	case errors.As(err, &api):
		return api.Ambiguous()
	}
	return true
}

// stopUnlessTransient ends the lookups on a failure that asking again will
// not cure (the key refused, a bad request).
func stopUnlessTransient(err error) error {
	switch errs.KindOf(err) {
	case errs.Auth, errs.Rejected, errs.Usage:
		return settle.Stop(err)
	}
	return err
}

// createdAt reads the creation time in a Sync id: ids are MongoDB object
// ids, whose first four bytes are the creation time in seconds. ok is
// false for an id of another shape.
func createdAt(id string) (time.Time, bool) {
	if len(id) != 24 {
		return time.Time{}, false
	}
	b, err := hex.DecodeString(id[:8])
	if err != nil {
		return time.Time{}, false
	}
	return time.Unix(int64(b[0])<<24|int64(b[1])<<16|int64(b[2])<<8|int64(b[3]), 0), true
}

// notBefore reports whether an epoch-seconds time is at or after since.
func notBefore(epoch *int64, since time.Time) bool {
	return epoch != nil && *epoch >= since.Unix()
}
