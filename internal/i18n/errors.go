package i18n

import (
	"errors"
	"fmt"
	"strings"
)

// Keyed is implemented by errors whose message is a catalog message with
// arguments, so it can be shown in the reader's language. internal/errs
// implements it without importing this package.
type Keyed interface {
	MessageKey() (key string, args []any)
}

// Error is an error whose message is translated when shown. It formats
// like fmt.Errorf, %w included.
type Error struct {
	key     string
	args    []any
	wrapped []error
}

// Errorf returns an error with a translatable message; %w wraps as in
// fmt.Errorf.
func Errorf(key string, args ...any) error {
	e := &Error{key: key, args: args}
	if strings.Contains(key, "%w") {
		for _, a := range args {
			if err, ok := a.(error); ok {
				e.wrapped = append(e.wrapped, err)
			}
		}
	}
	return e
}

func (e *Error) Error() string { return fmt.Sprintf(plainVerbs(e.key), e.args...) }

// Unwrap returns what %w wrapped.
func (e *Error) Unwrap() []error { return e.wrapped }

// MessageKey is the message and its arguments.
func (e *Error) MessageKey() (string, []any) { return e.key, e.args }

// Localize returns err's message in p's language. A message argument that
// is itself an error is localized too, so "creating the payment: %w" and
// what it wraps both read in Spanish. An error with no catalog message
// (from the standard library, say) keeps its own words.
func Localize(err error, p *Printer) string {
	if err == nil {
		return ""
	}
	var k Keyed
	if ke, ok := err.(Keyed); ok {
		k = ke
	} else if errors.As(err, &k) && isOnlyWrapper(err, k) {
		// A wrapper that adds no words (a kind, a hint) around a keyed error.
	} else {
		return err.Error()
	}
	key, args := k.MessageKey()
	if key == "" {
		return err.Error()
	}
	local := make([]any, len(args))
	for i, a := range args {
		if ae, ok := a.(error); ok {
			local[i] = Localize(ae, p)
			continue
		}
		local[i] = a
	}
	return p.T(plainVerbs(key), local...)
}

// isOnlyWrapper reports whether err's message is exactly k's: the layers
// between them add nothing a reader sees.
func isOnlyWrapper(err error, k Keyed) bool {
	inner, ok := k.(error)
	return ok && err.Error() == inner.Error()
}

// plainVerbs turns %w into %v: fmt.Sprintf and the catalogs know only %v.
func plainVerbs(key string) string { return strings.ReplaceAll(key, "%w", "%v") }
