package output

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/errs"
)

// endless never produces a result and never ends on its own.
const endless = "def f: f; f"

// cancelledSoon is a context cancelled 100 ms from now.
func cancelledSoon(t *testing.T) context.Context {
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	t.Cleanup(cancel)
	return ctx
}

// requireStopped fails unless run returns the context's cancellation within
// a generous bound (the filter alone would run forever).
func requireStopped(t *testing.T, run func() error) {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- run() }()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) || errs.KindOf(err) != errs.Interrupted {
			t.Fatalf("err = %v, want the context's cancellation (an interruption)", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("--jq ignored the cancelled context")
	}
}

func TestJQStopsWhenTheContextIsCancelled(t *testing.T) {
	for _, format := range []string{"json", "jsonl"} {
		t.Run("list "+format, func(t *testing.T) {
			ios, _, _ := testStreams(false)
			opts := Options{Format: format, JQ: endless, Context: cancelledSoon(t)}
			requireStopped(t, func() error { return printList(ios, opts, paymentColumns(), paymentRaw, samplePayments()) })
		})
	}
	t.Run("object", func(t *testing.T) {
		ios, _, _ := testStreams(false)
		opts := Options{Format: "json", JQ: endless, Context: cancelledSoon(t)}
		requireStopped(t, func() error { return PrintObject(ios, opts, paymentColumns(), paymentRaw, samplePayments()[0]) })
	})
}
