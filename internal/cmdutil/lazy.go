package cmdutil

import "sync"

// lazy returns a function that calls build once, on first use, and then
// returns the same result; start-up stays fast because nothing is built
// unless a command needs it.
func lazy[T any](build func() (T, error)) func() (T, error) {
	var (
		once sync.Once
		val  T
		err  error
	)
	return func() (T, error) {
		once.Do(func() { val, err = build() })
		return val, err
	}
}
