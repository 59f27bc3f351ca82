package reconcile

import (
	"context"
	"fmt"
	"iter"
	"runtime"
	"runtime/metrics"
	"sync"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/money"
)

// generateRequests makes n Facti-like requests: a bank reference each, a
// CLABE per customer (shared by ten requests), amounts that repeat.
func generateRequests(n int) []Request {
	reqs := make([]Request, n)
	for i := range reqs {
		a, _ := money.ParseWire(fmt.Sprintf("%d.%02d", 100+i%700, i%100))
		reqs[i] = Request{ID: fmt.Sprint(i + 1), Status: Pending, Amount: a, Created: day0.Add(time.Duration(i) * time.Minute),
			Due: day0.AddDate(0, 1, 0), References: []string{fmt.Sprintf("%010d0452000009%d", i+1, i%10), fmt.Sprintf("6461801093%08d", i/10)}}
		if i%5 == 0 {
			reqs[i].Status = Paid
		}
	}
	return reqs
}

// generate streams n bank transactions against requests 1..nreqs: a few
// deposits with the bank reference, some with the amount only, the rest
// unrelated (withdrawals, other deposits), made as they are read.
func generate(n, nreqs int) iter.Seq2[Transaction, error] {
	return func(yield func(Transaction, error) bool) {
		for i := range n {
			r := i % nreqs
			tx := Transaction{ID: fmt.Sprintf("tx%07d", i), Account: "acc-1", Date: day0.Add(time.Duration(i%40) * 24 * time.Hour)}
			switch {
			case i < nreqs/2: // paid at the bank with the reference
				tx.Amount, _ = money.ParseWire(fmt.Sprintf("%d.%02d", 100+r%700, r%100))
				tx.Description = fmt.Sprintf("DEPOSITO REF %010d0452000009%d SUC 0231", r+1, r%10)
			case i < nreqs: // paid without reference
				tx.Amount, _ = money.ParseWire(fmt.Sprintf("%d.%02d", 100+r%700, r%100))
				tx.Description = "DEPOSITO EN EFECTIVO"
			case i < nreqs+nreqs/10: // a second deposit for some paid without reference: ties
				r2 := i - nreqs + nreqs/2
				tx.Amount, _ = money.ParseWire(fmt.Sprintf("%d.%02d", 100+r2%700, r2%100))
				tx.Description = "DEPOSITO EN EFECTIVO"
			case i%3 == 0:
				tx.Amount, _ = money.ParseWire(fmt.Sprintf("-%d.%02d", i%5000, i%100))
				tx.Description = "PAGO TARJETA 1234 COMPRA 2026-03-04"
			default:
				tx.Amount, _ = money.ParseWire(fmt.Sprintf("%d.%02d", 900+i%90000, i%100))
				tx.Description = fmt.Sprintf("SPEI RECIBIDO CLIENTE %d CONCEPTO FACTURA %d", i%977, i)
			}
			if !yield(tx, nil) {
				return
			}
		}
	}
}

// BenchmarkReconcile: 100,000 bank transactions against 10,000 requests.
// peak-heap-MB is the largest live heap seen while it ran (sampled).
func BenchmarkReconcile(b *testing.B) {
	reqs := generateRequests(10000)
	b.ReportAllocs()
	peak := sampleHeap(b)
	for b.Loop() {
		r, err := Run(context.Background(), seq(reqs...), generate(100000, 10000), Options{OnUnmatched: func(Transaction) error { return nil }})
		if err != nil {
			b.Fatal(err)
		}
		if len(r.Matched) == 0 {
			b.Fatal("nothing matched")
		}
	}
	b.ReportMetric(peak()/(1<<20), "peak-heap-MB")
}

// BenchmarkGenerateOnly is the same input read without reconciling: the
// cost of producing the streams, to compare with.
func BenchmarkGenerateOnly(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		reqs := generateRequests(10000)
		n := 0
		for range seq(reqs...) {
			n++
		}
		for range generate(100000, 10000) {
			n++
		}
	}
}

// sampleHeap samples the live heap every millisecond until the benchmark
// ends, and returns a function giving the peak in bytes.
func sampleHeap(b *testing.B) func() float64 {
	runtime.GC()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var mu sync.Mutex
	var peak uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				metrics.Read(sample)
				mu.Lock()
				peak = max(peak, sample[0].Value.Uint64())
				mu.Unlock()
			}
		}
	})
	b.Cleanup(func() { close(done); wg.Wait() })
	return func() float64 { mu.Lock(); defer mu.Unlock(); return float64(peak) }
}
