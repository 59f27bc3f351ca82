package root_test

import (
	"context"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
)

// runCancelledAfter runs mxpay under a context cancelled after d and fails
// the test if the command is still running long after.
func runCancelledAfter(t *testing.T, h *cmdtest.Harness, d time.Duration, args ...string) cmdtest.Result {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	time.AfterFunc(d, cancel)
	done := make(chan cmdtest.Result, 1)
	go func() { done <- h.RunContext(ctx, "", args...) }()
	select {
	case r := <-done:
		return r
	case <-time.After(20 * time.Second):
		t.Fatalf("mxpay %v kept running after its context was cancelled", args)
		return cmdtest.Result{}
	}
}

func TestEndlessJQStopsOnCancel(t *testing.T) {
	for _, format := range []string{"json", "jsonl"} {
		h := cmdtest.New(t)
		r := runCancelledAfter(t, h, 100*time.Millisecond, "config", "list", "-o", format, "--jq", "def f: f; f")
		if r.Code != 130 {
			t.Errorf("-o %s: exit %d, want 130\n%s", format, r.Code, r.Stderr)
		}
	}
}
