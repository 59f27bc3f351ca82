package cmdutil

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/mxpay/mxpay/internal/errs"
	"github.com/mxpay/mxpay/internal/output"
)

type coded int

func (c coded) Error() string   { return fmt.Sprintf("coded %d", int(c)) }
func (c coded) Kind() errs.Kind { return errs.Kind(c) }

func TestExitCodeOf(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want int
	}{
		{"nil is success", nil, 0},
		{"plain error", errors.New("boom"), 1},
		{"usage", UsageErrorf("bad %s", "flag"), 2},
		{"missing flag", MissingFlagError("amount"), 2},
		{"auth", AuthErrorf("facti", "no key"), 3},
		{"declined", DeclinedErrorf("card declined"), 5},
		{"unknown outcome", UnknownOutcomeError(errors.New("timeout"), "run verify"), 6},
		{"wrapped kind", fmt.Errorf("charging: %w", coded(errs.Unreachable)), 4},
		{"rejected", errs.New(errs.Rejected, "no"), 1},
		{"no at a confirmation", ErrCancelled, 7},
		{"no at a confirmation, wrapped", fmt.Errorf("sending: %w", ErrCancelled), 7},
		{"stdout closed by its reader", fmt.Errorf("writing csv: %w", closedStdout{}), 0},
		{"stdout closed, but the outcome is unknown", UnknownOutcomeError(closedStdout{}, "check"), 6},
		{"cancelled", fmt.Errorf("prompt: %w", context.Canceled), 130},
		{"cobra unknown command", errors.New(`unknown command "nope" for "mxpay"`), 2},
		{"cobra arg count", errors.New("accepts 1 arg(s), received 2"), 2},
		{"hint keeps the code", WithHint(DeclinedErrorf("no"), "try another card"), 5},
	}
	for _, tt := range tests {
		if got := ExitCodeOf(tt.err); got != tt.want {
			t.Errorf("%s: ExitCodeOf(%v) = %d, want %d", tt.name, tt.err, got, tt.want)
		}
	}
}

// closedStdout is the error a write to a closed stdout returns.
type closedStdout struct{}

func (closedStdout) Error() string        { return "write |1: broken pipe" }
func (closedStdout) Is(target error) bool { return target == output.ErrStdoutClosed }

func TestHintOf(t *testing.T) {
	err := fmt.Errorf("listing: %w", AuthErrorf("sync", "rejected"))
	if got := HintOf(err); got != "run `mxpay auth login sync`" {
		t.Errorf("HintOf = %q", got)
	}
	if got := HintOf(errors.New("x")); got != "" {
		t.Errorf("HintOf(plain) = %q, want empty", got)
	}
	if got := MissingFlagError("to-rfc").Error(); got == "" || !strings.Contains(got, "--to-rfc") {
		t.Errorf("missing flag message %q does not name the flag", got)
	}
}
