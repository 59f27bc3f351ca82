// Package errs names the kinds of failure every mxpay library reports.
//
// Libraries (provider clients, httpx, output, config, prompt) say what kind
// of failure an error is; only cmdutil.ExitCodeOf turns a kind into an exit
// code, and only the command layer adds next steps for the user. The package
// imports nothing of mxpay, so anything can use it.
package errs

import (
	"context"
	"errors"
	"fmt"
)

// Kind is what a failure means for the person or script that ran mxpay.
type Kind int

const (
	// Unexpected is a failure of mxpay itself or one it cannot classify.
	Unexpected Kind = iota
	// Rejected: the provider answered and refused the request.
	Rejected
	// Usage: bad flag or input, found before anything was sent.
	Usage
	// Auth: credentials missing or rejected.
	Auth
	// Unreachable: the provider could not be reached or kept failing, and
	// nothing was changed.
	Unreachable
	// Declined: the provider processed the request and said no (a card not
	// authorised, a bank credential refused).
	Declined
	// UnknownOutcome: a creating or money-moving request may have been
	// applied and mxpay could not find out.
	UnknownOutcome
	// Cancelled: the user answered "no" at a confirmation.
	Cancelled
	// Interrupted: Ctrl-C, SIGTERM or the caller's deadline.
	Interrupted
)

// String names the kind for messages and tests.
func (k Kind) String() string {
	switch k {
	case Rejected:
		return "rejected"
	case Usage:
		return "usage"
	case Auth:
		return "auth"
	case Unreachable:
		return "unreachable"
	case Declined:
		return "declined"
	case UnknownOutcome:
		return "unknown-outcome"
	case Cancelled:
		return "cancelled"
	case Interrupted:
		return "interrupted"
	}
	return "unexpected"
}

// Kinder is implemented by errors that know their kind.
type Kinder interface{ Kind() Kind }

// KindOf returns the kind of the outermost error in err's chain that has
// one. A cancelled context is Interrupted; anything else is Unexpected.
func KindOf(err error) Kind {
	if err == nil {
		return Unexpected
	}
	var k Kinder
	if errors.As(err, &k) {
		return k.Kind()
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return Interrupted
	}
	return Unexpected
}

// Is reports whether err is of kind k.
func Is(err error, k Kind) bool { return err != nil && KindOf(err) == k }

// Error is an error of a given kind. Provider is set when the failure
// concerns one provider's credentials or service, so the command layer can
// name the next step (`mxpay auth login facti`).
type Error struct {
	K        Kind
	Provider string
	Err      error

	// The message as a catalog id and its arguments, so the command layer
	// can show it in the reader's language (internal/i18n).
	key  string
	args []any
}

func (e *Error) Error() string { return e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }
func (e *Error) Kind() Kind    { return e.K }

// MessageKey is the message's catalog id and arguments ("" when the error
// only gives another error a kind).
func (e *Error) MessageKey() (string, []any) {
	if e.key == "" {
		if k, ok := e.Err.(interface{ MessageKey() (string, []any) }); ok {
			return k.MessageKey()
		}
	}
	return e.key, e.args
}

// New returns an error of kind k with a formatted message (%w works). The
// format is the message's catalog id.
func New(k Kind, format string, args ...any) error {
	return &Error{K: k, Err: fmt.Errorf(format, args...), key: format, args: args}
}

// Wrap gives err the kind k, keeping its message.
func Wrap(k Kind, err error) error {
	if err == nil {
		return nil
	}
	return &Error{K: k, Err: err}
}

// Usagef is a usage error: bad input found before anything was sent.
func Usagef(format string, args ...any) error { return New(Usage, format, args...) }

// Authf is a credentials error for provider ("" when it concerns none).
func Authf(provider, format string, args ...any) error {
	return &Error{K: Auth, Provider: provider, Err: fmt.Errorf(format, args...), key: format, args: args}
}

// ProviderOf returns the provider named by the outermost error in err's
// chain that names one.
func ProviderOf(err error) string {
	for err != nil {
		if e, ok := err.(interface{ ProviderName() string }); ok && e.ProviderName() != "" {
			return e.ProviderName()
		}
		if e, ok := err.(*Error); ok && e.Provider != "" {
			return e.Provider
		}
		err = errors.Unwrap(err)
	}
	return ""
}
