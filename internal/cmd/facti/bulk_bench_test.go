package facti_test

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
)

// BenchmarkBulkRun is the bulk figure without an emulator competing for
// the CPU: 2,000 rows, --concurrency 16, against a Facti that answers each
// new_request after 20 ms, through a real SQLite ledger (synchronous=FULL).
// Ideal: 2,000 / 16 × 20 ms = 2.5 s; x-ideal is the run's time over that.
// Run it with -benchtime=1x -count=10 to see ten runs:
//
//	go test ./internal/cmd/facti -run XXX -bench BulkRun -benchtime 1x -count 10
func BenchmarkBulkRun(b *testing.B) {
	const rows, concurrency, latency = 2000, 16, 20 * time.Millisecond
	var id atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		w.Header().Set("Content-Type", "application/json")
		if strings.HasSuffix(r.URL.Path, "/company_payments") {
			io.WriteString(w, `{"result":1,"msg":"","payments":[]}`)
			return
		}
		time.Sleep(latency)
		n := id.Add(1)
		fmt.Fprintf(w, `{"result":1,"msg":"","request_id":%d,"total_amount":100.50,"limit_payment_date":"2030-01-31","send_to":"x@facti.mx",`+
			`"references":[{"payment_way_id":"1","payment_type":"stp","reference":"%d","stp_cuenta_clabe":"646180000100000019"},`+
			`{"payment_way_id":"2","payment_type":"bank","reference":"%010d00010000029"}]}`, n, n, n)
	}))
	defer srv.Close()
	ideal := time.Duration(rows/concurrency) * latency
	for b.Loop() {
		b.StopTimer()
		h := cmdtest.New(b)
		for k, v := range map[string]string{"MXPAY_ENV": "sandbox", "MXPAY_FACTI_BASE_URL": srv.URL, "MXPAY_FACTI_CLIENT_ID": "id", "MXPAY_FACTI_API_KEY": "key",
			"MXPAY_FACTI_COMPANY_ID": "1", "MXPAY_FACTI_FROM_RFC": "EMU190101AB1"} {
			h.Env[k] = v
		}
		var csv strings.Builder
		csv.WriteString("folio,to_name,to_email,amount\n")
		for i := range rows {
			fmt.Fprintf(&csv, "%d,Cliente %d,c%d@example.mx,100.50\n", i+1, i, i)
		}
		path := filepath.Join(h.Dir, "rows.csv")
		if err := writeFile(path, csv.String()); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		r := h.Run("", "facti", "payments", "new", "--from-csv", path, "--no-email", "--concurrency", fmt.Sprint(concurrency), "-o", "csv")
		took := time.Since(start)
		if r.Code != 0 || strings.Count(r.Stdout, ",created,") != rows {
			b.Fatalf("exit %d:\n%s", r.Code, r.Stderr)
		}
		b.ReportMetric(took.Seconds(), "s/run")
		b.ReportMetric(float64(took)/float64(ideal), "x-ideal")
	}
}
