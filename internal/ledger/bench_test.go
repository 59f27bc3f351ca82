package ledger

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/settle"
)

// benchConcurrency is a bulk run's worker count.
const benchConcurrency = 16

func benchBackends(b *testing.B, run func(b *testing.B, fresh backend, opts ...Option)) {
	b.Run("sqlite", func(b *testing.B) { run(b, freshSQLite) })
	// What synchronous=NORMAL would buy (not what mxpay uses): commits
	// written to the WAL, fsynced only at checkpoints.
	b.Run("sqlite-normal", func(b *testing.B) {
		run(b, freshSQLite, func(o *options) { o.sqliteSync = "NORMAL" })
	})
	b.Run("postgres", func(b *testing.B) { run(b, freshPostgres) })
}

// BenchmarkCommit: Begin calls from 16 goroutines, each durable before it
// returns, with group commit ("batched") and with one transaction per call
// ("unbatched"). commits/s counts transactions; calls/s counts Begins.
func BenchmarkCommit(b *testing.B) {
	benchBackends(b, func(b *testing.B, fresh backend, opts ...Option) {
		for _, mode := range []struct {
			name     string
			maxBatch int
		}{{"batched", defaultMaxBatch}, {"unbatched", 1}} {
			b.Run(mode.name, func(b *testing.B) {
				l := open(b, fresh(b), append(opts, func(o *options) { o.maxBatch = mode.maxBatch })...)
				ctx := context.Background()
				var n atomic.Int64
				b.SetParallelism((benchConcurrency + runtime.GOMAXPROCS(0) - 1) / runtime.GOMAXPROCS(0))
				commits0 := l.(*store).c.commits.Load()
				start := time.Now()
				b.RunParallel(func(pb *testing.PB) {
					for pb.Next() {
						in := Intent{Provider: PagoFacil, Operation: Transaccion, Environment: "sandbox",
							OrderID: fmt.Sprintf("bench-%d", n.Add(1)), Amount: amount(b, "10.00"), Currency: "MXN"}
						if _, err := l.Begin(ctx, in); err != nil {
							b.Error(err)
							return
						}
					}
				})
				elapsed := time.Since(start).Seconds()
				commits := l.(*store).c.commits.Load() - commits0
				b.ReportMetric(float64(commits)/elapsed, "commits/s")
				b.ReportMetric(float64(b.N)/elapsed, "calls/s")
				b.ReportMetric(float64(b.N)/float64(max(commits, 1)), "calls/commit")
			})
		}
	})
}

// BenchmarkBulkRun is a bulk run through the ledger: 2,000 rows, 16
// workers, each row Begin, 20 ms on the network, Finish. Ideal: 2,000 / 16
// × 20 ms = 2.5 s; x-ideal is the run's time over that. Run it with
// -benchtime=1x -count=10 to see ten runs.
func BenchmarkBulkRun(b *testing.B) {
	const rows, latency = 2000, 20 * time.Millisecond
	ideal := time.Duration(rows/benchConcurrency) * latency
	benchBackends(b, func(b *testing.B, fresh backend, opts ...Option) {
		l := open(b, fresh(b), opts...)
		ctx := context.Background()
		run := 0
		for b.Loop() {
			run++
			next := make(chan int)
			go func() {
				for i := range rows {
					next <- i
				}
				close(next)
			}()
			start := time.Now()
			var wg sync.WaitGroup
			for range benchConcurrency {
				wg.Go(func() {
					for i := range next {
						e, err := l.Begin(ctx, folioIntent(b, fmt.Sprintf("R%d", run), fmt.Sprint(i)))
						if err != nil {
							b.Error(err)
							return
						}
						time.Sleep(latency)
						if _, err := l.Finish(ctx, e.ID, Outcome{Status: settle.Created, ProviderID: fmt.Sprint(i)}); err != nil {
							b.Error(err)
							return
						}
					}
				})
			}
			wg.Wait()
			took := time.Since(start)
			b.ReportMetric(took.Seconds(), "s/run")
			b.ReportMetric(float64(took)/float64(ideal), "x-ideal")
		}
	})
}
