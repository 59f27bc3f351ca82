package output

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/mxpay/mxpay/internal/errs"
)

// payment stands in for a provider result: typed fields plus the raw JSON
// the provider sent.
type payment struct {
	ID     string
	Amount string
	Status string
	Raw    json.RawMessage
}

func paymentColumns() []Column[payment] {
	return []Column[payment]{
		{Name: "id", Header: "ID", Value: func(p payment) string { return p.ID }},
		{Name: "amount", Header: "Amount", Value: func(p payment) string { return p.Amount }},
		{Name: "status", Header: "Status", Value: func(p payment) string { return p.Status }},
	}
}

func paymentRaw(p payment) json.RawMessage { return p.Raw }

func samplePayments() []payment {
	return []payment{
		{ID: "pay_1", Amount: "1234.50", Status: "paid", Raw: json.RawMessage(`{"id": "pay_1", "amount": 1234.50, "status": "paid", "zz": 1e2}`)},
		{ID: "pay_22", Amount: "7.00", Status: "pending", Raw: json.RawMessage(`{"id":"pay_22","amount":7.00,"status":"pending","extra":{"a":[1,2]}}`)},
	}
}

// testStreams returns streams over buffers with stdout as a terminal or not;
// color stays off unless a test turns it on.
func testStreams(stdoutTTY bool) (*IOStreams, *strings.Builder, *strings.Builder) {
	ios, _, _, _ := Test()
	out, errOut := &strings.Builder{}, &strings.Builder{}
	ios.Out, ios.ErrOut = out, errOut
	ios.SetTTY(false, stdoutTTY, false)
	return ios, out, errOut
}

// printList prints items through a List and returns the error of the first
// failing call.
func printList[T any](ios *IOStreams, opts Options, cols []Column[T], raw func(T) json.RawMessage, items []T) error {
	l, err := NewList(ios, opts, cols, raw)
	if err != nil {
		return err
	}
	for _, item := range items {
		if err := l.Add(item); err != nil {
			return err
		}
	}
	return l.Close()
}

// requireUsageError fails unless err maps to exit code 2 and its message
// contains every one of wants.
func requireUsageError(t *testing.T, err error, wants ...string) {
	t.Helper()
	if errs.KindOf(err) != errs.Usage {
		t.Fatalf("error %v: want a usage error (exit code 2)", err)
	}
	for _, want := range wants {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
}
