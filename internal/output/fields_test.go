package output

import (
	"testing"
)

func TestFieldsChooseAndOrder(t *testing.T) {
	tests := []struct {
		name   string
		format string
		fields []string
		want   string
	}{
		{
			name:   "table columns in the order given",
			format: "table",
			fields: []string{"status", "id"},
			want:   "paid\tpay_1\npending\tpay_22\n",
		},
		{
			name:   "csv columns in the order given, repeats dropped",
			format: "csv",
			fields: []string{"amount", "id", "amount"},
			want:   "amount,id\n1234.50,pay_1\n7.00,pay_22\n",
		},
		{
			name:   "json keeps the named keys in order with their raw bytes",
			format: "jsonl",
			fields: []string{"amount", "id"},
			want:   `{"amount":1234.50,"id":"pay_1"}` + "\n" + `{"amount":7.00,"id":"pay_22"}` + "\n",
		},
		{
			name:   "json accepts provider keys that are not columns",
			format: "json",
			fields: []string{"zz", "id"},
			// pay_22 has no "zz": the key is left out of that object.
			want: "[\n" + `{"zz":1e2,"id":"pay_1"},` + "\n" + `{"id":"pay_22"}` + "\n]\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ios, out, _ := testStreams(false)
			opts := Options{Format: tt.format, Fields: tt.fields}
			if err := printList(ios, opts, paymentColumns(), paymentRaw, samplePayments()); err != nil {
				t.Fatal(err)
			}
			if out.String() != tt.want {
				t.Errorf("output:\n%s\nwant:\n%s", out.String(), tt.want)
			}
		})
	}
}

func TestFieldsColumnWithoutJSONKeyUsesColumnText(t *testing.T) {
	cols := append(paymentColumns(), Column[payment]{
		Name: "label", Header: "Label", Value: func(p payment) string { return p.ID + "/" + p.Status },
	})
	ios, out, _ := testStreams(false)
	err := printList(ios, Options{Format: "jsonl", Fields: []string{"id", "label"}}, cols, paymentRaw, samplePayments()[:1])
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"id":"pay_1","label":"pay_1/paid"}` + "\n"; out.String() != want {
		t.Errorf("got %q, want %q", out.String(), want)
	}
}

func TestUnknownFieldIsUsageError(t *testing.T) {
	for _, format := range []string{"table", "csv"} {
		t.Run(format, func(t *testing.T) {
			ios, _, _ := testStreams(false)
			_, err := NewList(ios, Options{Format: format, Fields: []string{"id", "nope"}}, paymentColumns(), paymentRaw)
			requireUsageError(t, err, `"nope"`, "id, amount, status")
		})
	}
	for _, format := range []string{"json", "jsonl"} {
		t.Run(format, func(t *testing.T) {
			ios, out, _ := testStreams(false)
			err := printList(ios, Options{Format: format, Fields: []string{"nope"}}, paymentColumns(), paymentRaw, samplePayments())
			// Valid names are the columns, then the first object's other keys.
			requireUsageError(t, err, `"nope"`, "id, amount, status, zz")
			if out.Len() != 0 {
				t.Errorf("nothing should be printed before the error, got %q", out.String())
			}
		})
	}
	t.Run("object", func(t *testing.T) {
		ios, _, _ := testStreams(false)
		err := PrintObject(ios, Options{Fields: []string{"nope"}}, paymentColumns(), paymentRaw, samplePayments()[0])
		requireUsageError(t, err, `"nope"`, "id, amount, status")
	})
}

func TestFieldsOnNonObjectJSON(t *testing.T) {
	ios, _, _ := testStreams(false)
	item := payment{ID: "x", Raw: []byte(`[1,2]`)}
	err := printList(ios, Options{Format: "jsonl", Fields: []string{"id"}}, paymentColumns(), paymentRaw, []payment{item})
	if err == nil {
		t.Fatal("want an error selecting fields from an array")
	}
}
