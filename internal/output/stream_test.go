package output

import (
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"
)

// numberedPayment's ids have a fixed width, as provider ids usually do, so
// a table's later rows fit the widths taken from its first batch.
func numberedPayment(i int) payment {
	id := fmt.Sprintf("pay_%06d", i)
	return payment{
		ID: id, Amount: "10.00", Status: "paid",
		Raw: json.RawMessage(fmt.Sprintf(`{"id":%q,"amount":10.00,"status":"paid"}`, id)),
	}
}

func TestRowsAreWrittenBeforeClose(t *testing.T) {
	for _, format := range []string{"jsonl", "csv", "json"} {
		t.Run(format, func(t *testing.T) {
			ios, out, _ := testStreams(false)
			l, err := NewList(ios, Options{Format: format}, paymentColumns(), paymentRaw)
			if err != nil {
				t.Fatal(err)
			}
			for i := range 3 {
				p := numberedPayment(i)
				if err := l.Add(p); err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(out.String(), p.ID) {
					t.Fatalf("after Add(%s) the output does not hold it yet: %q", p.ID, out.String())
				}
			}
			if err := l.Close(); err != nil {
				t.Fatal(err)
			}
		})
	}

	t.Run("table", func(t *testing.T) {
		ios, out, _ := testStreams(true)
		l, err := NewList(ios, Options{Format: "table"}, paymentColumns(), paymentRaw)
		if err != nil {
			t.Fatal(err)
		}
		for i := range firstBatchRows - 1 {
			if err := l.Add(numberedPayment(i)); err != nil {
				t.Fatal(err)
			}
		}
		if out.Len() != 0 {
			t.Fatalf("the first batch should be held to size the columns, got %q", out.String())
		}
		if err := l.Add(numberedPayment(firstBatchRows - 1)); err != nil {
			t.Fatal(err)
		}
		if got := strings.Count(out.String(), "\n"); got != firstBatchRows+2 {
			t.Fatalf("after the first batch want header, rule and %d rows, got %d lines", firstBatchRows, got)
		}
		late := numberedPayment(42)
		late.Status = "late"
		if err := l.Add(late); err != nil {
			t.Fatal(err)
		}
		if !strings.HasSuffix(out.String(), "pay_000042  10.00   late\n") {
			t.Fatalf("a row after the first batch should be printed at once, output ends %q", out.String()[out.Len()-40:])
		}
		if err := l.Close(); err != nil {
			t.Fatal(err)
		}
	})
}

// widePayment has a large cell and raw object, distinct per row, so that a
// printer holding on to rows would show up clearly in the heap.
func widePayment(i int) payment {
	id := fmt.Sprintf("pay_%08d", i)
	note := strings.Repeat(id, 30)
	return payment{
		ID: id, Amount: "10.00", Status: note,
		Raw: json.RawMessage(`{"id":"` + id + `","status":"` + note + `"}`),
	}
}

func TestMemoryStaysFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("prints hundreds of thousands of rows")
	}
	tests := []struct {
		format string
		jq     string
		rows   int
		tty    bool
	}{
		// Each row is ~400 bytes, so keeping rows would pass the 8 MB limit
		// after ~20k of them; the counts stay well above that and quick.
		{format: "csv", rows: 200_000},
		{format: "jsonl", rows: 100_000},
		{format: "json", rows: 100_000},
		{format: "jsonl", jq: ".id", rows: 50_000},
		{format: "table", rows: 30_000},
		{format: "table", rows: 30_000, tty: true},
	}
	const limit = 8 << 20
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s%s/tty=%v", tt.format, tt.jq, tt.tty), func(t *testing.T) {
			ios, _, _, _ := Test()
			ios.Out = io.Discard
			ios.SetTTY(false, tt.tty, false)
			l, err := NewList(ios, Options{Format: tt.format, JQ: tt.jq}, paymentColumns(), paymentRaw)
			if err != nil {
				t.Fatal(err)
			}
			before := heapInUse()
			for i := range tt.rows {
				if err := l.Add(widePayment(i)); err != nil {
					t.Fatal(err)
				}
			}
			grown := int64(heapInUse()) - int64(before)
			if grown > limit {
				t.Errorf("heap grew by %d MB over %d rows; rows are being kept", grown>>20, tt.rows)
			}
			if err := l.Close(); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func heapInUse() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapInuse
}

// TestMemoryTestCatchesRetention checks the measurement itself: the one
// format documented to hold rows (-o json --jq) must trip the same limit.
func TestMemoryTestCatchesRetention(t *testing.T) {
	if testing.Short() {
		t.Skip("prints hundreds of thousands of rows")
	}
	ios, _, _, _ := Test()
	ios.Out = io.Discard
	l, err := NewList(ios, Options{Format: "json", JQ: "length"}, paymentColumns(), paymentRaw)
	if err != nil {
		t.Fatal(err)
	}
	before := heapInUse()
	for i := range 30_000 {
		if err := l.Add(widePayment(i)); err != nil {
			t.Fatal(err)
		}
	}
	if grown := int64(heapInUse()) - int64(before); grown < 8<<20 {
		t.Errorf("heap grew only %d MB while collecting 30k rows; the flat-memory check would not notice retention", grown>>20)
	}
	runtime.KeepAlive(l)
}

func benchmarkList(b *testing.B, format string) {
	items := make([]payment, 100_000)
	for i := range items {
		items[i] = numberedPayment(i)
	}
	ios, _, _, _ := Test()
	ios.Out = io.Discard
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if err := printList(ios, Options{Format: format}, paymentColumns(), paymentRaw, items); err != nil {
			b.Fatal(err)
		}
	}
}

// Each iteration prints 100k rows.
func BenchmarkListCSV(b *testing.B)   { benchmarkList(b, "csv") }
func BenchmarkListTable(b *testing.B) { benchmarkList(b, "table") }
func BenchmarkListJSONL(b *testing.B) { benchmarkList(b, "jsonl") }
