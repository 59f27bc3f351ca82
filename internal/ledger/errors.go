package ledger

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/mxpay/mxpay/internal/errs"
	"github.com/mxpay/mxpay/internal/i18n"
)

// ErrNotFound is returned (wrapped) by Get, Finish and the Find methods when
// there is no such entry.
var ErrNotFound = i18n.Errorf("no such ledger entry")

// ErrClosed is returned by calls on a closed Ledger.
var ErrClosed = i18n.Errorf("the ledger is closed")

// DuplicateError is Begin's answer when the intent's key (folio, order id,
// payment to mark paid) is already held by an entry that did not end
// failed. Existing is that entry: in_flight or unknown means "resolve it
// first" (look it up), created/found/declined means "already done".
type DuplicateError struct {
	Existing Entry
}

func (e *DuplicateError) Error() string { return english(e.MessageKey()) }

// MessageKey is the message in the reader's language.
func (e *DuplicateError) MessageKey() (string, []any) {
	x := e.Existing
	return "%s %v was already sent in %s: ledger entry %s, %v since %s",
		[]any{string(x.Operation), keyDescription(x), x.Environment, idText(x.ID), word(x.Status), x.Created.Format("2006-01-02 15:04:05 MST")}
}

// Kind is Usage: nothing was sent.
func (e *DuplicateError) Kind() errs.Kind { return errs.Usage }

// keyDescription names what makes an entry unique, for messages (a
// catalog message, shown in the reader's language).
func keyDescription(x Entry) error {
	switch x.Operation {
	case NewRequest:
		if x.Serie != "" {
			return i18n.Errorf("folio %s-%s of company %s", x.Serie, x.Folio, x.CompanyID)
		}
		return i18n.Errorf("folio %s of company %s", x.Folio, x.CompanyID)
	case Transaccion:
		return i18n.Errorf("order %s", x.OrderID)
	case MarkPaid:
		return i18n.Errorf("payment %s of company %s", x.ProviderID, x.CompanyID)
	}
	return word(x.Provider)
}

// word is a word of the catalog (a status, a provider) as a message
// argument: shown in the reader's language, in English in Error().
type word string

func (w word) Error() string               { return string(w) }
func (w word) MessageKey() (string, []any) { return string(w), nil }

// english formats a message key and its arguments in English.
func english(key string, args []any) string {
	for i, a := range args {
		if err, ok := a.(error); ok {
			args[i] = err.Error()
		}
	}
	return fmt.Sprintf(strings.ReplaceAll(key, "%w", "%v"), args...)
}

// idText is an entry id in a message: an identifier, never grouped.
func idText(id int64) string { return strconv.FormatInt(id, 10) }

// IntentError lists what is wrong with an Intent or Outcome; nothing was
// recorded.
type IntentError struct {
	Problems []string
}

func (e *IntentError) Error() string {
	return "ledger: " + strings.Join(e.Problems, "; ")
}

// Kind is Usage: the caller's input is wrong and nothing was sent.
func (e *IntentError) Kind() errs.Kind { return errs.Usage }

// TransitionError is Finish's answer when the entry already has a final
// outcome other than the one given (a failed entry released its key and
// cannot become created; a created one cannot become failed).
type TransitionError struct {
	ID       int64
	From, To Status
}

func (e *TransitionError) Error() string { return english(e.MessageKey()) }

// MessageKey is the message in the reader's language.
func (e *TransitionError) MessageKey() (string, []any) {
	return "ledger entry %s is already %v; it cannot become %v", []any{idText(e.ID), word(e.From), word(e.To)}
}
