package output

import (
	"fmt"
	"io"
	"strings"

	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/money"
	"github.com/olekukonko/tablewriter/pkg/twwidth"
)

// Totals asks a list for exact sums of one money column, per currency
// (--totals). Amounts are added as decimals (internal/money), never as
// floats, so 0.10 + 0.20 is 0.30 and a total is exactly the sum of its rows.
type Totals struct {
	Amount   string // name of the column holding the amount
	Currency string // name of the column holding the currency; "" to use Fixed
	Fixed    string // the currency of every row when no column says it ("MXN")
}

// totalsOf adds up a list's rows as they are printed. On a terminal table
// the totals follow the table on stdout; in every other case (a pipe, json,
// jsonl, csv, --jq, --template) they go to stderr, so stdout stays exactly
// what it is without --totals.
type totalsOf[T any] struct {
	spec     Totals
	amount   func(T) string
	currency func(T) string
	sums     map[string]money.Amount
	rows     map[string]int
	order    []string
	unsummed int
	onStdout bool
}

func newTotals[T any](ios *IOStreams, opts Options, cols []Column[T]) (*totalsOf[T], error) {
	spec := opts.Totals
	if spec == nil {
		return nil, nil
	}
	t := &totalsOf[T]{spec: *spec, sums: map[string]money.Amount{}, rows: map[string]int{}}
	i := columnIndex(cols, spec.Amount)
	if i < 0 {
		return nil, i18n.Errorf("--totals: the list has no column %q", spec.Amount)
	}
	t.amount = cols[i].Value
	if spec.Currency != "" {
		j := columnIndex(cols, spec.Currency)
		if j < 0 {
			return nil, i18n.Errorf("--totals: the list has no column %q", spec.Currency)
		}
		t.currency = cols[j].Value
	}
	t.onStdout = ios.IsStdoutTTY() && opts.format() == FormatTable
	return t, nil
}

func (t *totalsOf[T]) add(item T) {
	if t == nil {
		return
	}
	a, err := money.ParseWire(t.amount(item))
	if err != nil {
		t.unsummed++
		return
	}
	cur := t.spec.Fixed
	if t.currency != nil {
		cur = strings.ToUpper(strings.TrimSpace(t.currency(item)))
	}
	if cur == "" {
		cur = "(no currency)"
	}
	if _, seen := t.sums[cur]; !seen {
		t.order = append(t.order, cur)
	}
	t.sums[cur] = t.sums[cur].Add(a)
	t.rows[cur]++
}

// print writes one line per currency, in the order currencies first
// appeared, amounts aligned: "Total MXN  1,850.65  (rows: 3)" under a
// terminal table; on stderr the amount is in its plain form ("1850.65"),
// for a script to read. An empty list totals zero in the Fixed currency, or
// says there is nothing to add.
//
// Under a terminal table the labels are in the reader's language (p); on
// stderr they stay as they are, for a script to read (p is nil).
func (t *totalsOf[T]) print(out io.Writer, color *ColorScheme, p *i18n.Printer) error {
	form := money.Amount.String
	if t.onStdout {
		form = money.Amount.Format
	}
	var b strings.Builder
	if t.onStdout {
		b.WriteString("\n")
	}
	if len(t.order) == 0 && t.spec.Fixed != "" {
		t.order, t.sums[t.spec.Fixed] = []string{t.spec.Fixed}, money.Amount{}
	}
	if len(t.order) == 0 {
		b.WriteString(color.Bold(p.Text("Total:")) + p.Text(" no amounts to add (rows: 0)") + "\n")
	}
	curWidth, amountWidth := 0, 0
	for _, cur := range t.order {
		curWidth = max(curWidth, twwidth.Width(cur))
		amountWidth = max(amountWidth, len(form(t.sums[cur])))
	}
	for _, cur := range t.order {
		amount := form(t.sums[cur])
		fmt.Fprintf(&b, "%s %-*s  %*s  %s\n", color.Bold(p.Text("Total")), curWidth, cur, amountWidth, amount, p.T("(rows: %d)", t.rows[cur]))
	}
	if t.unsummed > 0 {
		fmt.Fprintln(&b, p.T("Not added: rows without an amount that is a number: %d", t.unsummed))
	}
	_, err := io.WriteString(out, b.String())
	return err
}

// listExtras is what a List does around its sink for the person at the
// terminal: the pager, started before the first byte of the result and
// stopped once it is complete (so messages printed after a list are not
// drawn over it), and --totals.
type listExtras[T any] struct {
	ios    *IOStreams
	totals *totalsOf[T]
}

func newListExtras[T any](ios *IOStreams, opts Options, cols []Column[T]) (*listExtras[T], error) {
	totals, err := newTotals(ios, opts, cols)
	if err != nil {
		return nil, err
	}
	ios.StartPager()
	return &listExtras[T]{ios: ios, totals: totals}, nil
}

func (x *listExtras[T]) add(item T) { x.totals.add(item) }

// close follows the sink's close: the totals of a complete list (under the
// table, in the pager, or on stderr once the pager is gone), and the pager
// is let go.
func (x *listExtras[T]) close(sinkErr error) error {
	t := x.totals
	if sinkErr != nil || t == nil {
		x.ios.StopPager()
		return sinkErr
	}
	if t.onStdout {
		err := t.print(x.ios.Out, x.ios.ColorScheme(), x.ios.Printer())
		x.ios.StopPager()
		return err
	}
	x.ios.StopPager()
	return t.print(x.ios.ErrOut, NewColorScheme(false), nil)
}
