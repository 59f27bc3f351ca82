package ledger

import (
	"errors"
	"fmt"
	"strings"

	"github.com/mxpay/mxpay/internal/errs"
)

// ErrNotFound is returned (wrapped) by Get, Finish and the Find methods when
// there is no such entry.
var ErrNotFound = errors.New("no such ledger entry")

// ErrClosed is returned by calls on a closed Ledger.
var ErrClosed = errors.New("the ledger is closed")

// DuplicateError is Begin's answer when the intent's key (folio, order id,
// payment to mark paid) is already held by an entry that did not end
// failed. Existing is that entry: in_flight or unknown means "resolve it
// first" (look it up), created/found/declined means "already done".
type DuplicateError struct {
	Existing Entry
}

func (e *DuplicateError) Error() string {
	x := e.Existing
	return fmt.Sprintf("%s %s was already sent in %s: ledger entry %d, %s since %s",
		x.Operation, keyDescription(x), x.Environment, x.ID, x.Status, x.Created.Format("2006-01-02 15:04:05 MST"))
}

// Kind is Usage: nothing was sent.
func (e *DuplicateError) Kind() errs.Kind { return errs.Usage }

// keyDescription names what makes an entry unique, for messages.
func keyDescription(x Entry) string {
	switch x.Operation {
	case NewRequest:
		if x.Serie != "" {
			return fmt.Sprintf("folio %s-%s of company %s", x.Serie, x.Folio, x.CompanyID)
		}
		return fmt.Sprintf("folio %s of company %s", x.Folio, x.CompanyID)
	case Transaccion:
		return "order " + x.OrderID
	case MarkPaid:
		return fmt.Sprintf("payment %s of company %s", x.ProviderID, x.CompanyID)
	}
	return string(x.Provider)
}

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

func (e *TransitionError) Error() string {
	return fmt.Sprintf("ledger entry %d is already %s; it cannot become %s", e.ID, e.From, e.To)
}
