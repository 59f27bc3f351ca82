package output

import (
	"encoding/json"
	"strings"
	"testing"
)

// txn is a bank transaction: an amount as the provider sent it and a currency.
type txn struct{ ID, Amount, Currency string }

func txnColumns() []Column[txn] {
	return []Column[txn]{
		{Name: "id", Header: "ID", Value: func(x txn) string { return x.ID }},
		{Name: "amount", Header: "AMOUNT", Value: func(x txn) string { return x.Amount }},
		{Name: "currency", Header: "CURRENCY", Value: func(x txn) string { return x.Currency }},
	}
}

func txnRaw(x txn) json.RawMessage {
	amount := x.Amount
	if amount == "" {
		amount = "null"
	}
	return json.RawMessage(`{"id":"` + x.ID + `","amount":` + amount + `,"currency":"` + x.Currency + `"}`)
}

// Amounts whose float64 sum is not exact: 0.1 + 0.2 + 1850.35 in floats
// prints 1850.6499999999999.
var txns = []txn{{"t1", "0.1", "MXN"}, {"t2", "0.2", "MXN"}, {"t3", "1850.35", "MXN"}, {"t4", "-12.5", "usd"}, {"t5", "", "MXN"}}

func TestTotalsAreExactPerCurrency(t *testing.T) {
	totals := &Totals{Amount: "amount", Currency: "currency"}
	ios, out, errOut := testStreams(true)
	if err := printList(ios, Options{Totals: totals}, txnColumns(), txnRaw, txns); err != nil {
		t.Fatal(err)
	}
	want := "\nTotal MXN  1,850.65  (rows: 3)\nTotal USD    -12.50  (rows: 1)\nNot added: rows without an amount that is a number: 1\n"
	if !strings.HasSuffix(out.String(), want) || errOut.String() != "" {
		t.Errorf("on a terminal the totals follow the table:\n%s\nstderr %q", out.String(), errOut.String())
	}

	// Every machine format keeps stdout exactly as without --totals; the
	// totals go to stderr.
	for _, format := range []string{"csv", "json", "jsonl", "table"} {
		plainOut, _ := printed(t, false, Options{Format: format}, nil)
		gotOut, gotErr := printed(t, false, Options{Format: format, Totals: totals}, nil)
		if gotOut != plainOut {
			t.Errorf("%s: --totals changed stdout:\n%s\nwant\n%s", format, gotOut, plainOut)
		}
		if !strings.Contains(gotErr, "Total MXN  1850.65  (rows: 3)") {
			t.Errorf("%s: stderr %q", format, gotErr)
		}
	}
	_, gotErr := printed(t, true, Options{Format: "json", Totals: totals}, nil)
	if !strings.Contains(gotErr, "Total MXN") {
		t.Errorf("json on a terminal: the totals belong on stderr, got %q", gotErr)
	}
}

func TestTotalsOfAnEmptyList(t *testing.T) {
	_, errOut := printed(t, false, Options{Totals: &Totals{Amount: "amount", Fixed: "MXN"}}, []txn{})
	if errOut != "Total MXN  0.00  (rows: 0)\n" {
		t.Errorf("got %q", errOut)
	}
}

func printed(t *testing.T, tty bool, opts Options, items []txn) (string, string) {
	t.Helper()
	if items == nil {
		items = txns
	}
	ios, out, errOut := testStreams(tty)
	if err := printList(ios, opts, txnColumns(), txnRaw, items); err != nil {
		t.Fatal(err)
	}
	return out.String(), errOut.String()
}
