// Package cmdutil holds what every command shares: the Factory of lazily
// built dependencies, the error types and the one map from errors to exit codes.
package cmdutil

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

// Exit codes, documented in README.md and `mxpay help exit-codes`.
const (
	ExitOK          = 0   // success; an empty list is success
	ExitError       = 1   // the provider rejected the request, or an unexpected error
	ExitUsage       = 2   // bad flag or input, validation failed before sending, prompt needed but disabled
	ExitAuth        = 3   // credentials missing or rejected
	ExitUnreachable = 4   // provider unreachable or kept failing; nothing was changed
	ExitDeclined    = 5   // the provider processed the request and said no
	ExitUnknown     = 6   // a creating or money-moving request was sent and its outcome is unknown
	ExitInterrupted = 130 // interrupted (Ctrl-C)
)

// ExitCoder is implemented by any error that knows its exit code. Provider
// clients and httpx implement it without importing this package.
type ExitCoder interface{ ExitCode() int }

// Hinter is implemented by errors that carry a next step for the user.
type Hinter interface{ Hint() string }

// Error is an error with an exit code and an optional hint.
type Error struct {
	Code     int
	Err      error
	HintText string
}

func (e *Error) Error() string { return e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }
func (e *Error) ExitCode() int { return e.Code }
func (e *Error) Hint() string  { return e.HintText }

// WithHint returns err carrying a hint; the exit code is kept.
func WithHint(err error, hint string) error {
	return &Error{Code: ExitCodeOf(err), Err: err, HintText: hint}
}

// UsageErrorf reports bad input found before anything was sent (exit 2).
func UsageErrorf(format string, args ...any) error {
	return &Error{Code: ExitUsage, Err: fmt.Errorf(format, args...)}
}

// MissingFlagError is the error for a required value that could not be
// prompted for: it names the flag to pass.
func MissingFlagError(flag string) error {
	return &Error{
		Code:     ExitUsage,
		Err:      fmt.Errorf("--%s is required (prompting is disabled or there is no terminal)", flag),
		HintText: fmt.Sprintf("pass --%s", flag),
	}
}

// AuthErrorf reports missing or rejected credentials (exit 3).
func AuthErrorf(provider, format string, args ...any) error {
	hint := ""
	if provider != "" {
		hint = fmt.Sprintf("run `mxpay auth login %s`", provider)
	}
	return &Error{Code: ExitAuth, Err: fmt.Errorf(format, args...), HintText: hint}
}

// DeclinedErrorf reports that the provider processed a request and said no (exit 5).
func DeclinedErrorf(format string, args ...any) error {
	return &Error{Code: ExitDeclined, Err: fmt.Errorf(format, args...)}
}

// UnknownOutcomeError reports a creating or money-moving request whose result
// could not be confirmed (exit 6); check says what the user must look at.
func UnknownOutcomeError(err error, check string) error {
	return &Error{Code: ExitUnknown, Err: err, HintText: check}
}

// ErrCancelled is returned when the user declines a confirmation.
var ErrCancelled = &Error{Code: ExitError, Err: errors.New("cancelled")}

// ExitCodeOf maps an error to the process exit code. This is the one map.
func ExitCodeOf(err error) int {
	if err == nil {
		return ExitOK
	}
	var ec ExitCoder
	if errors.As(err, &ec) {
		return ec.ExitCode()
	}
	if errors.Is(err, context.Canceled) {
		return ExitInterrupted
	}
	if isCobraUsageError(err) {
		return ExitUsage
	}
	return ExitError
}

// HintOf returns the outermost hint carried by err, if any.
func HintOf(err error) string {
	for err != nil {
		if h, ok := err.(Hinter); ok && h.Hint() != "" {
			return h.Hint()
		}
		err = errors.Unwrap(err)
	}
	return ""
}

// cobra reports unknown commands and argument-count problems as plain
// errors; recognise them by their fixed wording, as gh does.
func isCobraUsageError(err error) bool {
	msg := err.Error()
	for _, prefix := range []string{"unknown command", "unknown flag", "unknown shorthand flag", "flag needs an argument", "invalid argument", "accepts ", "requires at least", "requires at most", "requires exactly", "if any flags in the group"} {
		if strings.HasPrefix(msg, prefix) {
			return true
		}
	}
	return false
}
