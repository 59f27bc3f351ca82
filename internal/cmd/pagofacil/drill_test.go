package pagofacil_test

import (
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
	"github.com/mxpay/mxpay/internal/emulator"
	emupf "github.com/mxpay/mxpay/internal/emulator/pagofacil"
	"github.com/mxpay/mxpay/internal/emulator/state"
)

// TestFaultDrill is the fault drill: N charges against the
// emulator's handler served over real loopback HTTP (as `mxpay emulator
// serve` serves it), with a fault on the charge request of four runs in
// five: timeout after the charge was applied, connection reset after it
// was applied, connection reset before it was handled, and HTTP 502 before
// it was handled. It then counts order ids charged more than once and runs
// whose exit code disagrees with what the emulator actually did. It takes
// about a minute, so it runs only when asked:
//
//	MXPAY_FAULT_DRILL=500 go test ./internal/cmd/pagofacil -run FaultDrill -v
func TestFaultDrill(t *testing.T) {
	n, _ := strconv.Atoi(envOr("MXPAY_FAULT_DRILL", "0"))
	if n <= 0 {
		t.Skip("set MXPAY_FAULT_DRILL=500 to run the fault drill")
	}
	dbPath := filepath.Join(t.TempDir(), "drill.db")
	e, err := emulator.Open(emulator.Options{DBPath: dbPath})
	if err != nil {
		t.Fatal(err)
	}
	resetNext := &atomic.Bool{}
	srv := httptest.NewServer(resetAfterApply(e.Handler(), resetNext))
	root := srv.URL

	h := cmdtest.New(t)
	h.Env["MXPAY_ENV"] = "sandbox"
	h.Env["MXPAY_PAGOFACIL_BASE_URL"] = emulator.ProviderBaseURL(root, "pagofacil")
	h.Env["MXPAY_PAGOFACIL_SUCURSAL"] = emupf.DemoSucursal
	h.Env["MXPAY_PAGOFACIL_USUARIO"] = emupf.DemoUsuario
	h.Env["MXPAY_TIMEOUT"] = "300ms"
	h.Env["MXPAY_VERIFY_WINDOW"] = "400ms"

	kinds := []string{"none", "timeout-after-write", "reset-after-apply", "reset", "status=502"}
	type run struct {
		kind, order string
		code        int
	}
	var runs []run
	start := time.Now()
	for i := 0; i < n; i++ {
		kind := kinds[i%len(kinds)]
		var faults []emulator.Fault
		resetNext.Store(kind == "reset-after-apply")
		if kind != "none" && kind != "reset-after-apply" {
			faults, err = emulator.ParseFaults("pagofacil:POST:/Wsrtransaccion:" + kind + ":1")
			if err != nil {
				t.Fatal(err)
			}
		}
		e.SetFaults(faults)
		card := visaCard()
		if i%3 == 0 {
			card = amexCard()
		}
		r := h.Run(card, chargeArgs(fmt.Sprintf("%d.%02d", 5+i, i%100))...)
		runs = append(runs, run{kind: kind, order: orderIDOf(t, r.Stderr), code: r.Code})
	}
	elapsed := time.Since(start)
	srv.Close()
	e.Close()

	st, err := state.Open(dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	all, err := emupf.Charges(st)
	if err != nil {
		t.Fatal(err)
	}
	byOrder := map[string][]emupf.Charge{}
	for _, c := range all {
		byOrder[c.OrderID] = append(byOrder[c.OrderID], c)
	}
	duplicates, wrong := 0, 0
	codes := map[string]map[int]int{}
	for _, r := range runs {
		if codes[r.kind] == nil {
			codes[r.kind] = map[int]int{}
		}
		codes[r.kind][r.code]++
		cs := byOrder[r.order]
		if len(cs) > 1 {
			duplicates++
		}
		ok := true
		switch r.code {
		case 0:
			ok = len(cs) == 1 && cs[0].Approved
		case 5:
			ok = len(cs) == 1 && !cs[0].Approved
		case 6:
			// Unknown is never wrong: the user is told to verify.
		default:
			ok = len(cs) == 0
		}
		if !ok {
			wrong++
			t.Errorf("%s run for order %s exited %d but the emulator holds %+v", r.kind, r.order, r.code, cs)
		}
	}
	t.Logf("fault drill: %d charges in %s; emulator holds %d charges; duplicates %d; wrongly reported %d", n, elapsed.Round(time.Millisecond), len(all), duplicates, wrong)
	for _, k := range kinds {
		t.Logf("  %-20s exit codes %v", k, codes[k])
	}
	if duplicates > 0 || wrong > 0 {
		t.Fail()
	}
}

// resetAfterApply lets the emulator process the next charge request when
// armed, then resets the connection instead of answering: the one fault
// the emulator's own list lacks (its reset happens before handling).
func resetAfterApply(h http.Handler, armed *atomic.Bool) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost || !strings.Contains(r.URL.Path, "/Wsrtransaccion") || !armed.CompareAndSwap(true, false) {
			h.ServeHTTP(w, r)
			return
		}
		h.ServeHTTP(httptest.NewRecorder(), r)
		conn, _, err := http.NewResponseController(w).Hijack()
		if err != nil {
			panic(err)
		}
		if tcp, ok := conn.(*net.TCPConn); ok {
			tcp.SetLinger(0) // close with RST
		}
		conn.Close()
	})
}
