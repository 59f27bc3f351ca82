package sync_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/mxpay/mxpay/internal/emulator"
	"github.com/mxpay/mxpay/internal/emulator/state"
	syncemu "github.com/mxpay/mxpay/internal/emulator/sync"
	syncapi "github.com/mxpay/mxpay/internal/sync"
)

// countingTransport counts the bytes of the replies read through it.
type countingTransport struct {
	next  http.RoundTripper
	bytes atomic.Int64
}

func (c *countingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	resp, err := c.next.RoundTrip(r)
	if err == nil {
		resp.Body = countingBody{resp.Body, &c.bytes}
	}
	return resp, err
}

type countingBody struct {
	io.ReadCloser
	n *atomic.Int64
}

func (b countingBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	b.n.Add(int64(n))
	return n, err
}

// BenchmarkTransactionsFields reads 20 000 transactions with every page,
// as `transactions list --all --fields id_transaction,amount` does with
// and without Sync's fields parameter: the ratio of the two sub-benchmarks
// (ns/op, and reply bytes per row) is what sending --fields saves.
func BenchmarkTransactionsFields(b *testing.B) {
	dir := b.TempDir()
	db := filepath.Join(dir, "emulator.db")
	st, err := state.Open(db)
	if err != nil {
		b.Fatal(err)
	}
	seeded, err := syncemu.Seed(st, "", 20000)
	st.Close()
	if err != nil {
		b.Fatal(err)
	}
	e, err := emulator.Open(emulator.Options{DBPath: db})
	if err != nil {
		b.Fatal(err)
	}
	srv := httptest.NewServer(e.Handler())
	b.Cleanup(func() { srv.Close(); e.Close() })
	for _, tc := range []struct{ name, fields string }{{"every-member", ""}, {"fields", "id_transaction,amount"}} {
		b.Run(tc.name, func(b *testing.B) {
			counter := &countingTransport{next: srv.Client().Transport}
			c := syncapi.New(&http.Client{Transport: counter}, emulator.ProviderBaseURL(srv.URL, emulator.Sync), syncemu.DemoAPIKey, nil)
			rows := 0
			for b.Loop() {
				for _, err := range c.AllTransactions(context.Background(), seeded.IDUser, syncapi.TransactionFilter{ListParams: syncapi.ListParams{Limit: 1000, Fields: tc.fields}}) {
					if err != nil {
						b.Fatal(err)
					}
					rows++
				}
			}
			b.ReportMetric(float64(counter.bytes.Load())/float64(rows), "reply-bytes/row")
		})
	}
}
