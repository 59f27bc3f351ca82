package output

import (
	"encoding/json"
	"testing"
)

func TestPrintObjectFormats(t *testing.T) {
	item := payment{
		ID: "007", Amount: "1234.50", Status: "paid",
		Raw: json.RawMessage(`{"amount": 1234.50, "zz": 1e2, "id": "007", "unknown": {"a":[1,2]}}`),
	}
	tests := []struct {
		name  string
		opts  Options
		tty   bool
		color bool
		want  string
	}{
		{
			name: "table piped is name<TAB>value lines",
			opts: Options{},
			want: "id\t007\namount\t1234.50\nstatus\tpaid\n",
		},
		{
			name: "table on a terminal is aligned header: value lines",
			opts: Options{},
			tty:  true,
			want: "ID:     007\nAmount: 1234.50\nStatus: paid\n",
		},
		{
			name:  "table headers are bold with color",
			opts:  Options{Format: "table", Fields: []string{"status", "id"}},
			tty:   true,
			color: true,
			want:  "\x1b[1mStatus:\x1b[0m \x1b[32mpaid\x1b[0m\n\x1b[1mID:\x1b[0m     007\n",
		},
		{
			name: "csv is a header and one record",
			opts: Options{Format: "csv", Fields: []string{"id", "amount"}},
			want: "id,amount\n007,1234.50\n",
		},
		{
			name: "json piped is the raw object compacted, values untouched",
			opts: Options{Format: "json"},
			want: `{"amount":1234.50,"zz":1e2,"id":"007","unknown":{"a":[1,2]}}` + "\n",
		},
		{
			name: "json on a terminal is indented, values untouched",
			opts: Options{Format: "json"},
			tty:  true,
			want: "{\n  \"amount\": 1234.50,\n  \"zz\": 1e2,\n  \"id\": \"007\",\n  \"unknown\": {\n    \"a\": [\n      1,\n      2\n    ]\n  }\n}\n",
		},
		{
			name: "jsonl is compact even on a terminal",
			opts: Options{Format: "jsonl"},
			tty:  true,
			want: `{"amount":1234.50,"zz":1e2,"id":"007","unknown":{"a":[1,2]}}` + "\n",
		},
		{
			name: "json fields",
			opts: Options{Format: "json", Fields: []string{"unknown", "amount"}},
			want: `{"unknown":{"a":[1,2]},"amount":1234.50}` + "\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ios, out, _ := testStreams(tt.tty)
			ios.SetColorEnabled(tt.color)
			if err := PrintObject(ios, tt.opts, paymentColumns(), paymentRaw, item); err != nil {
				t.Fatal(err)
			}
			if out.String() != tt.want {
				t.Errorf("output:\n%s\nwant:\n%s\n(got %q)", out.String(), tt.want, out.String())
			}
		})
	}
}

func TestPrintObjectTableKeepsTerminalSafe(t *testing.T) {
	item := payment{ID: "a\nb", Amount: "", Status: "x\x1b[31my"}
	for tty, want := range map[bool]string{
		true:  "ID:     a b\nAmount:\nStatus: x\uFFFD[31my\n",
		false: "id\ta b\namount\t\nstatus\tx\uFFFD[31my\n",
	} {
		ios, out, _ := testStreams(tty)
		if err := PrintObject(ios, Options{}, paymentColumns(), paymentRaw, item); err != nil {
			t.Fatal(err)
		}
		if out.String() != want {
			t.Errorf("tty %v: got %q, want %q", tty, out.String(), want)
		}
	}
}

func TestPrintObjectInvalidFormat(t *testing.T) {
	err := PrintObject(&IOStreams{}, Options{Format: "yaml"}, paymentColumns(), paymentRaw, payment{})
	requireUsageError(t, err, `"yaml"`, "table, json, jsonl, csv")
}

func TestMarshalRaw(t *testing.T) {
	if got := string(MarshalRaw(map[string]string{"a": "<&>"})); got != `{"a":"<&>"}` {
		t.Errorf("got %s, want HTML characters unescaped", got)
	}
	if got := MarshalRaw(func() {}); got != nil {
		t.Errorf("an unencodable value should give nil, got %s", got)
	}
	ios, _, _ := testStreams(false)
	err := PrintObject(ios, Options{Format: "json"}, paymentColumns(), func(payment) json.RawMessage { return MarshalRaw(make(chan int)) }, payment{})
	if err == nil {
		t.Error("printing an item without a JSON form should fail")
	}
}
