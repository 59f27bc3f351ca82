package output

import (
	"encoding/json"
	"testing"
)

func TestListFormats(t *testing.T) {
	tests := []struct {
		name   string
		format string
		tty    bool
		color  bool
		items  []payment
		want   string
	}{
		{
			name:   "table piped is tab-separated rows without a header",
			format: "table",
			items:  samplePayments(),
			want: "pay_1\t1234.50\tpaid\n" +
				"pay_22\t7.00\tpending\n",
		},
		{
			name:   "empty format means table",
			format: "",
			items:  samplePayments()[:1],
			want:   "pay_1\t1234.50\tpaid\n",
		},
		{
			name:   "table on a terminal has a rule under the header",
			format: "table",
			tty:    true,
			items:  samplePayments(),
			want: "ID      Amount   Status\n" +
				"────────────────────────\n" +
				"pay_1   1234.50  paid\n" +
				"pay_22  7.00     pending\n",
		},
		{
			name:   "table header is bold when color is on",
			format: "table",
			tty:    true,
			color:  true,
			items:  samplePayments()[:1],
			want: "\x1b[1mID\x1b[0m     \x1b[1mAmount\x1b[0m   \x1b[1mStatus\x1b[0m\n" +
				"──────────────────────\n" +
				"pay_1  1234.50  \x1b[32mpaid\x1b[0m\n",
		},
		{
			name:   "csv",
			format: "csv",
			items:  samplePayments(),
			want:   "id,amount,status\npay_1,1234.50,paid\npay_22,7.00,pending\n",
		},
		{
			name:   "json piped is one compact element per line",
			format: "json",
			items:  samplePayments(),
			want: "[\n" +
				`{"id":"pay_1","amount":1234.50,"status":"paid","zz":1e2},` + "\n" +
				`{"id":"pay_22","amount":7.00,"status":"pending","extra":{"a":[1,2]}}` + "\n" +
				"]\n",
		},
		{
			name:   "json on a terminal is indented",
			format: "json",
			tty:    true,
			items:  samplePayments(),
			want: `[
  {
    "id": "pay_1",
    "amount": 1234.50,
    "status": "paid",
    "zz": 1e2
  },
  {
    "id": "pay_22",
    "amount": 7.00,
    "status": "pending",
    "extra": {
      "a": [
        1,
        2
      ]
    }
  }
]
`,
		},
		{
			name:   "jsonl",
			format: "jsonl",
			tty:    true,
			items:  samplePayments(),
			want: `{"id":"pay_1","amount":1234.50,"status":"paid","zz":1e2}` + "\n" +
				`{"id":"pay_22","amount":7.00,"status":"pending","extra":{"a":[1,2]}}` + "\n",
		},
		{name: "empty table prints nothing", format: "table", want: ""},
		{name: "empty table on a terminal prints nothing", format: "table", tty: true, want: ""},
		{name: "empty csv prints the header", format: "csv", want: "id,amount,status\n"},
		{name: "empty json is an empty array", format: "json", want: "[]\n"},
		{name: "empty json on a terminal is an empty array", format: "json", tty: true, want: "[]\n"},
		{name: "empty jsonl prints nothing", format: "jsonl", want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ios, out, errOut := testStreams(tt.tty)
			ios.SetColorEnabled(tt.color)
			if err := printList(ios, Options{Format: tt.format}, paymentColumns(), paymentRaw, tt.items); err != nil {
				t.Fatal(err)
			}
			if got := out.String(); got != tt.want {
				t.Errorf("output:\n%s\nwant:\n%s\n(got %q)", got, tt.want, got)
			}
			if errOut.Len() != 0 {
				t.Errorf("stderr should stay empty, got %q", errOut.String())
			}
		})
	}
}

func TestListJSONWithoutRawMarshalsTheItem(t *testing.T) {
	type row struct {
		Name string `json:"name"`
		Note string `json:"note"`
	}
	cols := []Column[row]{{Name: "name", Header: "Name", Value: func(r row) string { return r.Name }}}
	ios, out, _ := testStreams(false)
	if err := printList(ios, Options{Format: "jsonl"}, cols, nil, []row{{Name: "a<b>&c", Note: "x"}}); err != nil {
		t.Fatal(err)
	}
	if want := `{"name":"a<b>&c","note":"x"}` + "\n"; out.String() != want {
		t.Errorf("got %q, want %q", out.String(), want)
	}
}

func TestListRejectsInvalidProviderJSON(t *testing.T) {
	bad := payment{ID: "x", Raw: json.RawMessage(`{"id": `)}
	for _, format := range []string{"json", "jsonl"} {
		ios, _, _ := testStreams(false)
		err := printList(ios, Options{Format: format}, paymentColumns(), paymentRaw, []payment{bad})
		if err == nil {
			t.Errorf("%s: want an error for invalid JSON", format)
		}
	}
}

func TestListAddAfterCloseFails(t *testing.T) {
	ios, _, _ := testStreams(false)
	l, err := NewList(ios, Options{Format: "jsonl"}, paymentColumns(), paymentRaw)
	if err != nil {
		t.Fatal(err)
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	if err := l.Add(samplePayments()[0]); err == nil {
		t.Error("Add after Close should fail")
	}
	if err := l.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}
