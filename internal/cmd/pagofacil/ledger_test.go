package pagofacil_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
	emupf "github.com/mxpay/mxpay/internal/emulator/pagofacil"
	"github.com/mxpay/mxpay/internal/ledger"
)

func ledgerEntries(t *testing.T, h *cmdtest.Harness) []ledger.Entry {
	t.Helper()
	l, err := ledger.Open(context.Background(), h.LedgerPath(h.Env["MXPAY_ENV"]))
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	var out []ledger.Entry
	for e, err := range l.List(context.Background(), ledger.Filter{Order: ledger.ByID}) {
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, e)
	}
	return out
}

// TestChargesAreRecordedAndListed: every charge is in the ledger with its
// outcome, transaction, authorisation and masked card; charges list shows
// them in every format with exact totals; nothing of the card, the CVV or
// the credentials is in the ledger's files.
func TestChargesAreRecordedAndListed(t *testing.T) {
	h := newHarness(t)
	h.MustRun(0, visaCard(), chargeArgs("1599.00", "--order-id", "L-1-approve")...)
	h.MustRun(5, visaCard(), chargeArgs("250.10", "--order-id", "L-2-decline")...)
	h.MustRun(0, amexCard(), chargeArgs("99.90", "--order-id", "L-3-approve")...)
	es := ledgerEntries(t, h)
	if len(es) != 3 || es[0].Status != "created" || es[1].Status != "declined" || es[0].ProviderID == "" ||
		es[0].Ref(ledger.RefAuthorization) == "" || !strings.Contains(es[0].Ref(ledger.RefMaskedCard), "1111") {
		t.Fatalf("ledger: %+v", es)
	}
	r := h.MustRun(0, "", "pagofacil", "charges", "list", "-o", "csv", "--fields", "order_id,amount,outcome")
	if r.Stdout != "order_id,amount,outcome\nL-3-approve,99.90,approved\nL-2-decline,250.10,declined\nL-1-approve,1599.00,approved\n" {
		t.Errorf("csv:\n%s", r.Stdout)
	}
	r = h.MustRun(0, "", "pagofacil", "charges", "list", "--since", "today", "--status", "approved", "--totals", "-o", "json")
	var totals []map[string]any
	if err := json.Unmarshal([]byte(r.Stdout), &totals); err != nil || len(totals) != 1 || totals[0]["amount"] != 1698.9 || totals[0]["entries"] != 2.0 {
		t.Errorf("totals: %v %s", err, r.Stdout)
	}
	r = h.MustRun(0, "", "pagofacil", "charges", "list", "--jq", `[.[] | .order_id] | join(",")`)
	if strings.TrimSpace(r.Stdout) != "L-3-approve,L-2-decline,L-1-approve" {
		t.Errorf("jq: %s", r.Stdout)
	}
	r = h.MustRun(0, "", "pagofacil", "charges", "list", "-o", "jsonl", "--status", "declined")
	if strings.Count(r.Stdout, "\n") != 1 || !strings.Contains(r.Stdout, `"order_id":"L-2-decline"`) {
		t.Errorf("jsonl: %s", r.Stdout)
	}
	data := ""
	for _, suffix := range []string{"", "-wal", "-shm"} {
		b, _ := os.ReadFile(h.LedgerPath("emulator") + suffix)
		data += string(b)
	}
	for _, secret := range []string{visa, amex, "cvv=" + visaCVV, `"` + amexCVV + `"`, emupf.DemoSucursal, emupf.DemoUsuario, "exp_year", "2030"} {
		if strings.Contains(data, secret) {
			t.Errorf("the ledger's files hold %q", secret)
		}
	}
}

// servedPagoFacil is `mxpay emulator serve` (a child process, so that a
// fault that withholds a reply really holds the connection) and the
// harness of an mxpay that charges through it as PagoFácil's sandbox.
type servedPagoFacil struct {
	h     *cmdtest.Harness
	serve *cmdtest.Child
	db    string
}

func servePagoFacil(t *testing.T, faults string) *servedPagoFacil {
	t.Helper()
	h := cmdtest.New(t)
	db := filepath.Join(h.Dir, "served.db")
	serve := cmdtest.StartChild(t, h.ChildEnv("MXPAY_EMULATOR_DB="+db, "MXPAY_EMULATOR_FAULTS="+faults), "", "emulator", "serve", "--addr", "127.0.0.1:0")
	base := ""
	for l := range serve.Lines() {
		if f := strings.Fields(l.Text); len(f) == 2 && f[0] == "pagofacil" {
			base = f[1]
			break
		}
	}
	if base == "" {
		t.Fatalf("emulator serve printed no PagoFácil URL:\n%s", serve.Stderr.String())
	}
	for k, v := range map[string]string{"MXPAY_ENV": "sandbox", "MXPAY_PAGOFACIL_BASE_URL": base, "MXPAY_PAGOFACIL_SUCURSAL": emupf.DemoSucursal,
		"MXPAY_PAGOFACIL_USUARIO": emupf.DemoUsuario, "MXPAY_VERIFY_WINDOW": "2s"} {
		h.Env[k] = v
	}
	return &servedPagoFacil{h: h, serve: serve, db: db}
}

// charges stops the emulator and lists the charges it processed.
func (s *servedPagoFacil) charges(t *testing.T) []emupf.Charge {
	t.Helper()
	s.serve.Kill()
	return charges(t, &cmdtest.Harness{Env: map[string]string{"MXPAY_EMULATOR_DB": s.db}})
}

// killMidCharge charges in a child whose reply never comes (the emulator
// applies the charge and holds the connection), waits for the charge to be
// applied, and SIGKILLs the child; it returns the entry the child left.
func (s *servedPagoFacil) killMidCharge(t *testing.T, args ...string) ledger.Entry {
	t.Helper()
	c := cmdtest.StartChild(t, s.h.ChildEnv("MXPAY_TIMEOUT=60s"), amexCard(), args...)
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) && !strings.Contains(c.Stderr.String(), "Order id:") {
		time.Sleep(20 * time.Millisecond)
	}
	order := orderLine.FindStringSubmatch(c.Stderr.String())
	if order == nil {
		t.Fatalf("the child printed no order id:\n%s", c.Stderr.String())
	}
	// In flight: the entry is durable, and the charge leaves right after.
	for time.Now().Before(deadline) {
		if _, err := os.Stat(s.h.LedgerPath("sandbox")); err == nil {
			if es := ledgerEntries(t, s.h); len(es) == 1 && es[0].Status == "in_flight" {
				break
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(500 * time.Millisecond) // the emulator has it (and withholds the reply)
	c.Kill()
	es := ledgerEntries(t, s.h)
	if len(es) != 1 || es[0].Status != "in_flight" || es[0].OrderID != order[1] {
		t.Fatalf("after the kill: %+v\n%s", es, c.Stderr.String())
	}
	return es[0]
}

var orderLine = regexp.MustCompile(`Order id: (\S+)`)

// TestSIGKILLMidChargeIsSettledNotRepeated: a charge whose process is
// killed after sending and before the reply leaves an in-flight entry;
// verify --pending finds it approved, and charging the same order again is
// refused: the card is charged once.
func TestSIGKILLMidChargeIsSettledNotRepeated(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	s := servePagoFacil(t, "pagofacil:POST:*:timeout-after-write:1")
	inFlight := s.killMidCharge(t, chargeArgs("321.00")...)
	r := s.h.MustRun(0, "", "pagofacil", "verify", "--pending", "-o", "csv", "--fields", "order_id,before,status")
	if r.Stdout != "order_id,before,status\n"+inFlight.OrderID+",in_flight,found\n" {
		t.Errorf("verify --pending:\n%s\n%s", r.Stdout, r.Stderr)
	}
	r = s.h.MustRun(2, amexCard(), chargeArgs("321.00", "--order-id", inFlight.OrderID)...)
	if !strings.Contains(r.Stderr, "already charged and approved") {
		t.Errorf("charging the order again:\n%s", r.Stderr)
	}
	s.h.MustRun(0, "", "pagofacil", "verify", "--pending")
	if cs := s.charges(t); len(cs) != 1 {
		t.Errorf("the emulator processed %d charges, want 1", len(cs))
	}
}

// TestChargeResolvesItsOwnInFlightEntry: re-running the charge with the
// order id of a killed run looks it up instead of charging.
func TestChargeResolvesItsOwnInFlightEntry(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	// The order check (verificar) goes first, then the charge: the fault
	// takes the second request.
	s := servePagoFacil(t, "pagofacil:POST:*:latency=1ms:1;pagofacil:POST:*:timeout-after-write:1")
	s.killMidCharge(t, chargeArgs("77.00", "--order-id", "K-77")...)
	r := s.h.MustRun(2, amexCard(), chargeArgs("77.00", "--order-id", "K-77")...)
	for _, want := range []string{"an earlier run charged order K-77", "is found now", "already charged and approved"} {
		if !strings.Contains(r.Stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.Stderr)
		}
	}
	if cs := s.charges(t); len(cs) != 1 {
		t.Errorf("the emulator processed %d charges, want 1", len(cs))
	}
}
