package settle

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/errs"
)

// fakeClock advances only when the policy sleeps, so windows of minutes
// run in microseconds.
type fakeClock struct{ now time.Time }

func (c *fakeClock) policy(window time.Duration) Policy {
	return Policy{
		Window: window,
		Now:    func() time.Time { return c.now },
		Sleep: func(ctx context.Context, d time.Duration) error {
			c.now = c.now.Add(d)
			return ctx.Err()
		},
	}
}

func TestLookupKeepsLookingPastTheTimeout(t *testing.T) {
	// The provider applies the request 12s after a gateway answered 504:
	// one early lookup would miss it.
	clock := &fakeClock{now: time.Unix(0, 0)}
	appliedAt := clock.now.Add(12 * time.Second)
	res := Lookup(context.Background(), clock.policy(time.Minute), func(context.Context) (bool, error) {
		return !clock.now.Before(appliedAt), nil
	})
	if !res.Found || res.Attempts < 3 {
		t.Fatalf("got %+v, want found after several lookups", res)
	}
}

func TestLookupGivesUpAtTheWindow(t *testing.T) {
	clock := &fakeClock{now: time.Unix(0, 0)}
	res := Lookup(context.Background(), clock.policy(time.Minute), func(context.Context) (bool, error) { return false, nil })
	if res.Found || res.Err != nil {
		t.Fatalf("got %+v, want not found with no error", res)
	}
	if res.Waited < 50*time.Second || res.Waited > 70*time.Second {
		t.Errorf("waited %s, want about the one-minute window", res.Waited)
	}
}

func TestLookupReportsTheLastFailure(t *testing.T) {
	clock := &fakeClock{now: time.Unix(0, 0)}
	boom := errors.New("lookup failed: 503")
	res := Lookup(context.Background(), clock.policy(10*time.Second), func(context.Context) (bool, error) { return false, boom })
	if res.Found || !errors.Is(res.Err, boom) || res.Attempts < 2 {
		t.Fatalf("got %+v, want the lookup error after retries", res)
	}
	u := &UnknownError{What: "the charge for order A-1", Cause: errors.New("no answer within 30s"), Lookup: res}
	if errs.KindOf(u) != errs.UnknownOutcome || !strings.Contains(u.Error(), "lookup failed: 503") {
		t.Errorf("kind %s, message %q", errs.KindOf(u), u.Error())
	}
}

func TestStopEndsTheLookup(t *testing.T) {
	clock := &fakeClock{now: time.Unix(0, 0)}
	calls := 0
	res := Lookup(context.Background(), clock.policy(time.Minute), func(context.Context) (bool, error) {
		calls++
		return false, Stop(errors.New("credentials refused"))
	})
	if calls != 1 || res.Err == nil {
		t.Fatalf("calls %d, result %+v: want one call and its error", calls, res)
	}
}

func TestLookupStopsWhenInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	clock := &fakeClock{now: time.Unix(0, 0)}
	calls := 0
	res := Lookup(ctx, clock.policy(time.Minute), func(context.Context) (bool, error) {
		calls++
		cancel()
		return false, nil
	})
	if calls != 1 || !errors.Is(res.Err, context.Canceled) {
		t.Fatalf("calls %d, result %+v: want one call and the interruption", calls, res)
	}
}

func TestDefaultWindowExceedsTheTimeout(t *testing.T) {
	for _, timeout := range []time.Duration{time.Second, 30 * time.Second, 2 * time.Minute} {
		if w := DefaultWindow(timeout); w <= timeout {
			t.Errorf("window %s for timeout %s", w, timeout)
		}
	}
}
