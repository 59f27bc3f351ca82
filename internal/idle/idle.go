// Package idle carries one hint from a producer of rows to whoever prints
// them: "I am about to wait" (for the next page from the network), so the
// printer can write out the rows it buffered instead of holding them until
// the wait is over. It is a context value, so provider clients and the
// output package need not know each other.
package idle

import "context"

type key struct{}

// With returns ctx carrying fn, to be called before a wait.
func With(ctx context.Context, fn func()) context.Context {
	return context.WithValue(ctx, key{}, fn)
}

// Wait tells ctx's printer, if any, that the producer is about to wait.
// It runs on the producer's goroutine, which for an iterator is the
// consumer's own.
func Wait(ctx context.Context) {
	if fn, ok := ctx.Value(key{}).(func()); ok {
		fn()
	}
}
