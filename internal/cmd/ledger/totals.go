package ledger

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/ledger"
	"github.com/mxpay/mxpay/internal/money"
	"github.com/mxpay/mxpay/internal/output"
)

// Totals adds up entries exactly, per currency, operation and outcome:
// pesos are never added to anything else, a charge never to a payment
// request, and what was charged never to what was declined. It is kept apart from the listing so that a generic
// --totals of the output layer can take it over.
type Totals struct {
	rows map[totalKey]*Total
}

type totalKey struct{ currency, operation, status string }

// Total is one line of the totals.
type Total struct {
	Currency  string       `json:"currency"`
	Operation string       `json:"operation"`
	Status    string       `json:"status"`
	Entries   int          `json:"entries"`
	Amount    money.Amount `json:"amount"`
}

// Add counts e. Entries without an amount (a credential, a delete) count
// under no currency with 0.00.
func (t *Totals) Add(e ledger.Entry) {
	if t.rows == nil {
		t.rows = map[totalKey]*Total{}
	}
	k := totalKey{e.Currency, string(e.Operation), string(e.Status)}
	r, ok := t.rows[k]
	if !ok {
		r = &Total{Currency: e.Currency, Operation: string(e.Operation), Status: string(e.Status)}
		t.rows[k] = r
	}
	r.Entries++
	r.Amount = r.Amount.Add(e.Amount)
}

// Lines are the totals ordered by currency, operation and outcome.
func (t *Totals) Lines() []Total {
	out := make([]Total, 0, len(t.rows))
	for _, r := range t.rows {
		out = append(out, *r)
	}
	slices.SortFunc(out, func(a, b Total) int {
		return cmp.Or(cmp.Compare(a.Currency, b.Currency), cmp.Compare(a.Operation, b.Operation), cmp.Compare(a.Status, b.Status))
	})
	return out
}

// Summary is the totals in one line for people, in ios's language:
// "3 entries: transaccion created MXN 1,650.00 (2), …".
func (t *Totals) Summary(ios *output.IOStreams) string {
	n := 0
	var parts []string
	for _, r := range t.Lines() {
		n += r.Entries
		if r.Currency != "" {
			parts = append(parts, ios.T("%s %s %s %s (%d)", r.Operation, ios.Text(r.Status), r.Currency, r.Amount.Format(), r.Entries))
		}
	}
	s := ios.T("%d ledger entries", n)
	if len(parts) > 0 {
		s += ": " + strings.Join(parts, ", ")
	}
	return s
}

func totalColumns() []output.Column[Total] {
	return []output.Column[Total]{
		{Name: "currency", Header: "CURRENCY", Value: func(t Total) string { return t.Currency }},
		{Name: "operation", Header: "OPERATION", Value: func(t Total) string { return t.Operation }},
		{Name: "status", Header: "STATUS", Value: func(t Total) string { return t.Status }, Words: true},
		{Name: "entries", Header: "ENTRIES", Value: func(t Total) string { return fmt.Sprint(t.Entries) }},
		{Name: "amount", Header: "AMOUNT", Value: func(t Total) string { return t.Amount.String() }},
	}
}

// Print prints the entries of seq as a list, or with totals only their
// totals (every format). On a terminal a table ends with the totals'
// summary on stderr.
func Print(ios *output.IOStreams, o output.Options, seq iter.Seq2[ledger.Entry, error], cols []output.Column[ledger.Entry], defaultFields []string, totalsOnly bool) error {
	var t Totals
	if totalsOnly {
		for e, err := range seq {
			if err != nil {
				return err
			}
			t.Add(e)
		}
		l, err := output.NewList(ios, o, totalColumns(), nil)
		if err != nil {
			return err
		}
		for _, line := range t.Lines() {
			if err := l.Add(line); err != nil {
				return err
			}
		}
		return l.Close()
	}
	table := (o.Format == "" || strings.EqualFold(o.Format, output.FormatTable)) && o.JQ == ""
	if table && len(o.Fields) == 0 {
		o.Fields = defaultFields
	}
	l, err := output.NewList(ios, o, cols, RawEntry)
	if err != nil {
		return err
	}
	for e, err := range seq {
		if err != nil {
			return err
		}
		t.Add(e)
		if err := l.Add(e); err != nil {
			return err
		}
	}
	if err := l.Close(); err != nil {
		return err
	}
	if table && ios.IsStdoutTTY() {
		fmt.Fprintln(ios.ErrOut, t.Summary(ios))
	}
	return nil
}

// envFilter is the run's environment, unless every environment is asked for.
func envFilter(s *cmdutil.Settings, all bool) string {
	if all {
		return ""
	}
	return s.Env
}
