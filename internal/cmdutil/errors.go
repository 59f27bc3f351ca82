// Package cmdutil holds what every command shares: the Factory of lazily
// built dependencies, the error helpers of the command layer and the one map
// from errors to exit codes.
package cmdutil

import (
	"errors"
	"fmt"
	"strings"

	"github.com/mxpay/mxpay/internal/errs"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/output"
)

// Exit codes, documented in README.md and `mxpay help exit-codes`. Only
// ExitCodeOf chooses among them.
const (
	ExitOK          = 0   // success; an empty list is success
	ExitError       = 1   // the provider rejected the request, or an unexpected error
	ExitUsage       = 2   // bad flag or input, validation failed before sending, prompt needed but disabled
	ExitAuth        = 3   // credentials missing or rejected
	ExitUnreachable = 4   // provider unreachable or kept failing; nothing was changed
	ExitDeclined    = 5   // the provider processed the request and said no
	ExitUnknown     = 6   // a creating or money-moving request was sent and its outcome is unknown
	ExitCancelled   = 7   // the user answered "no" at a confirmation; nothing was sent
	ExitInterrupted = 130 // interrupted (Ctrl-C)
)

// ExitCodeOf maps an error to the process exit code. This is the one map:
// libraries report kinds (internal/errs), never numbers.
//
// A closed stdout (the reader of a pipe or the pager went away) is success,
// as gh has it: the reader has what it wanted. The one exception is a
// request whose outcome is unknown, which is always reported.
func ExitCodeOf(err error) int {
	if err == nil {
		return ExitOK
	}
	if errors.Is(err, output.ErrStdoutClosed) && !errs.Is(err, errs.UnknownOutcome) {
		return ExitOK
	}
	if isCobraUsageError(err) {
		return ExitUsage
	}
	switch errs.KindOf(err) {
	case errs.Usage:
		return ExitUsage
	case errs.Auth:
		return ExitAuth
	case errs.Unreachable:
		return ExitUnreachable
	case errs.Declined:
		return ExitDeclined
	case errs.UnknownOutcome:
		return ExitUnknown
	case errs.Cancelled:
		return ExitCancelled
	case errs.Interrupted:
		return ExitInterrupted
	}
	return ExitError // Rejected, Unexpected
}

// Hinter is implemented by errors that carry a next step for the user.
type Hinter interface{ Hint() string }

// Error is an error of a kind with a next step for the user. Only the
// command layer attaches hints: they name commands.
type Error struct {
	K        errs.Kind
	Err      error
	HintText string
	hintArgs []any // set by WithHintf: HintText is then a format
}

func (e *Error) Error() string { return e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// Hint is the next step, in English.
func (e *Error) Hint() string {
	if e.hintArgs != nil {
		return fmt.Sprintf(e.HintText, e.hintArgs...)
	}
	return e.HintText
}

// HintKey is the hint's catalog id and arguments, to show it in the
// reader's language.
func (e *Error) HintKey() (string, []any) { return e.HintText, e.hintArgs }
func (e *Error) Kind() errs.Kind          { return e.K }

// WithHint returns err carrying a hint; its kind is kept.
func WithHint(err error, hint string) error {
	return &Error{K: errs.KindOf(err), Err: err, HintText: hint}
}

// WithHintf is WithHint with a formatted hint, translated when shown (the
// format is the catalog id).
func WithHintf(err error, format string, args ...any) error {
	if args == nil {
		args = []any{}
	}
	return &Error{K: errs.KindOf(err), Err: err, HintText: format, hintArgs: args}
}

// NewError returns an error of kind k with a hint ("" for none).
func NewError(k errs.Kind, err error, hint string) error {
	return &Error{K: k, Err: err, HintText: hint}
}

// UsageErrorf reports bad input found before anything was sent (exit 2).
func UsageErrorf(format string, args ...any) error {
	return NewError(errs.Usage, i18n.Errorf(format, args...), "")
}

// MissingFlagError is the error for a required value that could not be
// prompted for: it names the flag to pass.
func MissingFlagError(flag string) error {
	return WithHintf(NewError(errs.Usage, i18n.Errorf("--%s is required (prompting is disabled or there is no terminal)", flag), ""), "pass --%s", flag)
}

// AuthErrorf reports missing or rejected credentials (exit 3).
func AuthErrorf(provider, format string, args ...any) error {
	return errs.Authf(provider, format, args...)
}

// DeclinedErrorf reports that the provider processed a request and said no (exit 5).
func DeclinedErrorf(format string, args ...any) error {
	return errs.New(errs.Declined, format, args...)
}

// RejectedError is a refusal found by mxpay itself on the provider's data
// (a payment already paid), with a next step.
func RejectedError(err error, hint string) error {
	return NewError(errs.Rejected, err, hint)
}

// UnknownOutcomeError reports a creating or money-moving request whose result
// could not be confirmed (exit 6); check says what the user must look at.
func UnknownOutcomeError(err error, check string) error {
	return NewError(errs.UnknownOutcome, err, check)
}

// ErrCancelled is returned when the user declines a confirmation.
var ErrCancelled = errs.New(errs.Cancelled, "cancelled: nothing was sent")

// HintOf returns the outermost hint carried by err; failing that, the next
// step its kind implies (credentials: `mxpay auth login PROVIDER`).
func HintOf(err error) string {
	for e := err; e != nil; e = errors.Unwrap(e) {
		if h, ok := e.(Hinter); ok && h.Hint() != "" {
			return h.Hint()
		}
	}
	if errs.KindOf(err) == errs.Auth {
		if p := errs.ProviderOf(err); p != "" {
			return fmt.Sprintf("run `mxpay auth login %s`", p)
		}
	}
	return ""
}

// HintIn is HintOf in p's language: a hint given as a catalog message is
// translated; a hint built elsewhere is shown as it is.
func HintIn(err error, p *i18n.Printer) string {
	for e := err; e != nil; e = errors.Unwrap(e) {
		if h, ok := e.(*Error); ok && h.HintText != "" {
			key, args := h.HintKey()
			return p.T(key, args...)
		}
		if h, ok := e.(Hinter); ok && h.Hint() != "" {
			return p.Text(h.Hint())
		}
	}
	if errs.KindOf(err) == errs.Auth {
		if pr := errs.ProviderOf(err); pr != "" {
			return p.T("run `mxpay auth login %s`", pr)
		}
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
