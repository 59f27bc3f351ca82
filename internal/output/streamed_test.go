package output

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/idle"
)

// A streamed list holds rows in its buffer while they keep coming, and
// writes them out when the pager says it is about to wait, or on Flush.
func TestStreamedListWritesOutWhenThePagerWaits(t *testing.T) {
	for _, format := range []string{"csv", "jsonl", "json"} {
		t.Run(format, func(t *testing.T) {
			ios, out, _ := testStreams(false)
			l, err := NewList(ios, Options{Format: format}, paymentColumns(), paymentRaw)
			if err != nil {
				t.Fatal(err)
			}
			ctx := l.Stream(context.Background())
			l.out.last = time.Now().Add(time.Hour) // no write falls due by the clock in this test
			for i := range 3 {
				if err := l.Add(numberedPayment(i)); err != nil {
					t.Fatal(err)
				}
			}
			// The rows came at once: they wait in the buffer.
			if strings.Contains(out.String(), "pay_000002") {
				t.Fatalf("rows were written one by one: %q", out.String())
			}
			idle.Wait(ctx)
			if !strings.Contains(out.String(), "pay_000002") {
				t.Fatalf("the pager's wait did not write the rows out: %q", out.String())
			}
			if err := l.Add(numberedPayment(3)); err != nil {
				t.Fatal(err)
			}
			if err := l.Flush(); err != nil || !strings.Contains(out.String(), "pay_000003") {
				t.Fatalf("Flush: %v %q", err, out.String())
			}
			if err := l.Close(); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// On a terminal a streamed list still writes every row as it comes.
func TestStreamedListOnATerminalWritesEachRow(t *testing.T) {
	ios, out, _ := testStreams(true)
	l, err := NewList(ios, Options{Format: "jsonl"}, paymentColumns(), paymentRaw)
	if err != nil {
		t.Fatal(err)
	}
	l.Stream(context.Background())
	for i := range 3 {
		if err := l.Add(numberedPayment(i)); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out.String(), numberedPayment(i).ID) {
			t.Fatalf("row %d not written at once", i)
		}
	}
}

// -o json and jsonl print the provider's bytes: numbers as sent, unknown
// members, escapes; only insignificant whitespace goes.
func TestJSONFormsKeepTheProvidersBytes(t *testing.T) {
	raw := "{ \"id\": \"a\\\"b\\u00e9\",\n \"amount\": 1234.50, \"big\": 123456789012345678901234567890, \"e\": 1e400, \"new\": {\"x\": [1, \"]\"]} }"
	want := `{"id":"a\"b\u00e9","amount":1234.50,"big":123456789012345678901234567890,"e":1e400,"new":{"x":[1,"]"]}}`
	for format, wantOut := range map[string]string{"jsonl": want + "\n", "json": "[\n" + want + "\n]\n"} {
		ios, out, _ := testStreams(false)
		l, err := NewList(ios, Options{Format: format}, paymentColumns(), paymentRaw)
		if err != nil {
			t.Fatal(err)
		}
		l.Stream(context.Background())
		if err := l.Add(payment{ID: "a", Raw: json.RawMessage(raw)}); err != nil {
			t.Fatal(err)
		}
		if err := l.Close(); err != nil {
			t.Fatal(err)
		}
		if out.String() != wantOut {
			t.Errorf("-o %s printed %s\nwant %s", format, out.String(), wantOut)
		}
	}
}
