package errs

import (
	"context"
	"errors"
	"fmt"
	"testing"
)

func TestKindOf(t *testing.T) {
	tests := []struct {
		err  error
		want Kind
	}{
		{errors.New("plain"), Unexpected},
		{Usagef("bad %s", "flag"), Usage},
		{fmt.Errorf("wrapped: %w", New(Declined, "no")), Declined},
		{Wrap(Unreachable, errors.New("down")), Unreachable},
		{fmt.Errorf("x: %w", context.Canceled), Interrupted},
		{Authf("facti", "rejected"), Auth},
	}
	for _, tt := range tests {
		if got := KindOf(tt.err); got != tt.want {
			t.Errorf("KindOf(%v) = %s, want %s", tt.err, got, tt.want)
		}
	}
	if Is(nil, Unexpected) {
		t.Error("nil is of no kind")
	}
}

func TestProviderOfAndMessageKey(t *testing.T) {
	err := fmt.Errorf("listing: %w", Authf("sync", "key %s rejected", "k"))
	if got := ProviderOf(err); got != "sync" {
		t.Errorf("ProviderOf = %q", got)
	}
	var e *Error
	if !errors.As(err, &e) {
		t.Fatal("no *Error")
	}
	key, args := e.MessageKey()
	if key != "key %s rejected" || len(args) != 1 {
		t.Errorf("MessageKey = %q %v", key, args)
	}
	if key, _ := Wrap(Usage, New(Rejected, "inner %d", 1)).(*Error).MessageKey(); key != "inner %d" {
		t.Errorf("a kind-only wrapper should pass its inner message on, got %q", key)
	}
}
