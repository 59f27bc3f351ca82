package output

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/mxpay/mxpay/internal/errs"
)

func TestJQOnObject(t *testing.T) {
	item := payment{ID: "007", Raw: json.RawMessage(`{"amount": 1234.50, "zz": 1e2, "id": "007", "big": 12345678901234567890, "unknown": {"b":[1,2],"a":true}}`)}
	tests := []struct {
		name string
		jq   string
		tty  bool
		want string
	}{
		{name: "number passes through unchanged", jq: ".amount", want: "1234.50\n"},
		{name: "large integer is not rounded", jq: ".big", want: "12345678901234567890\n"},
		{name: "strings print raw", jq: ".id", want: "007\n"},
		{name: "several results one per line", jq: ".id, .zz", want: "007\n1e2\n"},
		{name: "objects print as compact JSON when piped", jq: ".unknown", want: `{"a":true,"b":[1,2]}` + "\n"},
		{name: "objects are indented on a terminal", jq: ".unknown.b", tty: true, want: "[\n  1,\n  2\n]\n"},
		{name: "arithmetic works on numbers", jq: ".amount * 2", want: "2469\n"},
		{name: "halt stops quietly", jq: ".id, halt, .zz", want: "007\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ios, out, _ := testStreams(tt.tty)
			if err := PrintObject(ios, Options{Format: "json", JQ: tt.jq}, paymentColumns(), paymentRaw, item); err != nil {
				t.Fatal(err)
			}
			if out.String() != tt.want {
				t.Errorf("got %q, want %q", out.String(), tt.want)
			}
		})
	}
}

func TestJQOnListRunsOnTheArray(t *testing.T) {
	tests := []struct {
		name   string
		format string
		jq     string
		fields []string
		items  []payment
		want   string
	}{
		{name: "json", format: "json", jq: "map(.id)", items: samplePayments(), want: `["pay_1","pay_22"]` + "\n"},
		{name: "table means json with --jq", format: "table", jq: "length", items: samplePayments(), want: "2\n"},
		{name: "iterate the array", format: "json", jq: ".[] | .amount", items: samplePayments(), want: "1234.50\n7.00\n"},
		{name: "empty list is an empty array", format: "json", jq: "length", want: "0\n"},
		{name: "fields apply before jq", format: "json", jq: ".[0] | keys", fields: []string{"status", "id"}, items: samplePayments(), want: `["id","status"]` + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ios, out, _ := testStreams(false)
			opts := Options{Format: tt.format, JQ: tt.jq, Fields: tt.fields}
			if err := printList(ios, opts, paymentColumns(), paymentRaw, tt.items); err != nil {
				t.Fatal(err)
			}
			if out.String() != tt.want {
				t.Errorf("got %q, want %q", out.String(), tt.want)
			}
		})
	}
}

func TestJQOnJSONLRunsPerObjectAsItStreams(t *testing.T) {
	ios, out, _ := testStreams(false)
	l, err := NewList(ios, Options{Format: "jsonl", JQ: "select(.status == \"paid\") | .id"}, paymentColumns(), paymentRaw)
	if err != nil {
		t.Fatal(err)
	}
	items := samplePayments()
	if err := l.Add(items[0]); err != nil {
		t.Fatal(err)
	}
	if out.String() != "pay_1\n" {
		t.Fatalf("after the first object got %q, want it printed already", out.String())
	}
	if err := l.Add(items[1]); err != nil {
		t.Fatal(err)
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	if out.String() != "pay_1\n" {
		t.Errorf("got %q, want only the paid payment", out.String())
	}
}

func TestJQErrors(t *testing.T) {
	t.Run("parse error is a usage error", func(t *testing.T) {
		ios, _, _ := testStreams(false)
		_, err := NewList(ios, Options{Format: "json", JQ: ".id |"}, paymentColumns(), paymentRaw)
		requireUsageError(t, err, "--jq")
	})
	t.Run("unknown function is a usage error", func(t *testing.T) {
		err := PrintObject(&IOStreams{}, Options{JQ: "nosuchfn(1)"}, paymentColumns(), paymentRaw, samplePayments()[0])
		requireUsageError(t, err, "nosuchfn")
	})
	for _, expr := range []string{`error("boom")`, `"boom" | halt_error(5)`, `.id + 1`} {
		t.Run("runtime error exits 1: "+expr, func(t *testing.T) {
			ios, _, _ := testStreams(false)
			err := PrintObject(ios, Options{JQ: expr}, paymentColumns(), paymentRaw, samplePayments()[0])
			if err == nil {
				t.Fatal("want an error")
			}
			if k := errs.KindOf(err); k != errs.Unexpected {
				t.Errorf("runtime jq error must not carry a kind, got %s", k)
			}
			if !strings.HasPrefix(err.Error(), "jq: ") {
				t.Errorf("error %q should say it came from jq", err)
			}
		})
	}
}
