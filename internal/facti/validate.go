package facti

import (
	"net/mail"

	"strconv"
	"strings"
	"time"

	"github.com/mxpay/mxpay/internal/errs"
	"github.com/mxpay/mxpay/internal/i18n"

	"github.com/mxpay/mxpay/internal/money"
	"github.com/mxpay/mxpay/internal/rfc"
)

// GenericRFC is the SAT's generic RFC for the general public, the PHP
// SDK's default to_rfc.
const GenericRFC = rfc.Generic

// ValidationError lists every problem found in a request before it was
// sent. It exits 2.
type ValidationError struct {
	Problems []string
	keyed    []error // the problems as messages, when built here
}

func (e *ValidationError) Error() string {
	if len(e.Problems) == 1 {
		return e.Problems[0]
	}
	return "the request is not valid:\n  - " + strings.Join(e.Problems, "\n  - ")
}

// Kind is Usage: nothing was sent.
func (e *ValidationError) Kind() errs.Kind { return errs.Usage }

// problems collects validation messages.
type problems []error

func (p *problems) add(format string, args ...any) { *p = append(*p, i18n.Errorf(format, args...)) }

func (p problems) err() error {
	if len(p) == 0 {
		return nil
	}
	texts := make([]string, len(p))
	for i, e := range p {
		texts[i] = e.Error()
	}
	return &ValidationError{Problems: texts, keyed: p}
}

// Messages are the problems, each as a message in the reader's language.
func (e *ValidationError) Messages() []error {
	if len(e.keyed) == len(e.Problems) {
		return e.keyed
	}
	out := make([]error, len(e.Problems))
	for i, p := range e.Problems {
		out[i] = Word(p)
	}
	return out
}

// CheckRFC validates an RFC (already upper-cased by the caller).
func CheckRFC(name, v string) error {
	if err := rfc.Check(name, v); err != nil {
		return i18n.Errorf("%v %q is not an RFC: 12 or 13 characters, 3-4 letters, a YYMMDD date and a 3-character homoclave (e.g. %s)", Word(name), v, rfc.Generic)
	}
	return nil
}

// CheckDate validates a YYYY-MM-DD calendar date.
func CheckDate(name, v string) error {
	if _, err := time.Parse("2006-01-02", v); err != nil {
		return i18n.Errorf("%v %q is not a date in the form YYYY-MM-DD", Word(name), v)
	}
	return nil
}

// CheckDateTime validates YYYY-MM-DD or YYYY-MM-DD HH:MM:SS and returns
// the full Y-m-d H:i:s form company_payments expects; a bare date becomes
// its first (from) or last (to) second.
func CheckDateTime(name, v string, endOfDay bool) (string, error) {
	if _, err := time.Parse("2006-01-02 15:04:05", v); err == nil {
		return v, nil
	}
	if err := CheckDate(name, v); err != nil {
		return "", i18n.Errorf("%v %q is not in the form YYYY-MM-DD or \"YYYY-MM-DD HH:MM:SS\"", Word(name), v)
	}
	if endOfDay {
		return v + " 23:59:59", nil
	}
	return v + " 00:00:00", nil
}

// CheckEmail validates one bare address (no display name).
func CheckEmail(v string) error {
	a, err := mail.ParseAddress(v)
	if err != nil || a.Address != v || !strings.Contains(v[strings.LastIndexByte(v, '@'):], ".") {
		return i18n.Errorf("%q is not an e-mail address", v)
	}
	return nil
}

// CheckID validates a numeric Facti id.
func CheckID(name, v string) error {
	if n, err := strconv.ParseUint(v, 10, 63); err != nil || n == 0 {
		return i18n.Errorf("%v %q is not an id (a whole number above 0)", Word(name), v)
	}
	return nil
}

// CheckCents requires a positive amount with at most two decimals.
func CheckCents(name string, a money.Amount) error { return checkCents(Word(name), a) }

// checkCents is CheckCents for a name that is a message of its own.
func checkCents(name error, a money.Amount) error {
	if !a.IsPositive() {
		return i18n.Errorf("%v must be greater than 0", name)
	}
	if a.DecimalPlaces() > 2 {
		return i18n.Errorf("%v %s has more than two decimals", name, a.String())
	}
	return nil
}
