package pagofacil_test

import (
	"context"
	"encoding/json"
	"os"
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

var orderLine = regexp.MustCompile(`Order id: (\S+)`)

// TestSIGKILLMidChargeIsSettledNotRepeated: a charge whose process is
// killed after sending and before the reply leaves an in-flight entry;
// verify --pending finds it approved, and charging the same order again is
// refused: the card is charged once.
func TestSIGKILLMidChargeIsSettledNotRepeated(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	h := newHarness(t)
	h.Env["MXPAY_VERIFY_WINDOW"] = "2s"
	env := h.ChildEnv("MXPAY_TIMEOUT=60s", "MXPAY_EMULATOR_FAULTS=pagofacil:POST:*:timeout-after-write:1")
	c := cmdtest.StartChild(t, env, amexCard(), chargeArgs("321.00")...)
	deadline := time.Now().Add(30 * time.Second)
	var inFlight ledger.Entry
	for inFlight.ID == 0 && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
		if _, err := os.Stat(h.LedgerPath("emulator")); err != nil {
			continue
		}
		for _, e := range ledgerEntries(t, h) {
			if e.Status == "in_flight" {
				inFlight = e
			}
		}
	}
	if inFlight.ID == 0 {
		t.Fatalf("no in-flight entry appeared:\n%s", c.Stderr.String())
	}
	time.Sleep(200 * time.Millisecond) // the charge is on the wire (the emulator applies it, never answers)
	c.Kill()
	order := orderLine.FindStringSubmatch(c.Stderr.String())
	if order == nil || order[1] != inFlight.OrderID {
		t.Fatalf("the child said %q; the ledger holds order %s", c.Stderr.String(), inFlight.OrderID)
	}
	if e := ledgerEntries(t, h)[0]; e.Status != "in_flight" {
		t.Fatalf("after the kill: %+v", e)
	}

	r := h.MustRun(0, "", "pagofacil", "verify", "--pending", "-o", "csv", "--fields", "order_id,before,status")
	if r.Stdout != "order_id,before,status\n"+inFlight.OrderID+",in_flight,found\n" {
		t.Errorf("verify --pending:\n%s\n%s", r.Stdout, r.Stderr)
	}
	r = h.MustRun(2, amexCard(), chargeArgs("321.00", "--order-id", inFlight.OrderID)...)
	if !strings.Contains(r.Stderr, "already charged and approved") {
		t.Errorf("charging the order again:\n%s", r.Stderr)
	}
	if cs := charges(t, h); len(cs) != 1 {
		t.Errorf("the emulator processed %d charges, want 1", len(cs))
	}
	h.MustRun(0, "", "pagofacil", "verify", "--pending")
}

// TestChargeResolvesItsOwnInFlightEntry: re-running the charge with the
// order id of a killed run looks it up instead of charging.
func TestChargeResolvesItsOwnInFlightEntry(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	h := newHarness(t)
	h.Env["MXPAY_VERIFY_WINDOW"] = "2s"
	// The order check (verificar) goes first, then the charge: the fault
	// takes the second request.
	env := h.ChildEnv("MXPAY_TIMEOUT=60s")
	c := cmdtest.StartChild(t, append(env, "MXPAY_EMULATOR_FAULTS=pagofacil:POST:*:latency=1ms:1;pagofacil:POST:*:timeout-after-write:1"),
		amexCard(), chargeArgs("77.00", "--order-id", "K-77")...)
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
		if _, err := os.Stat(h.LedgerPath("emulator")); err == nil && len(ledgerEntries(t, h)) == 1 {
			break
		}
	}
	time.Sleep(200 * time.Millisecond)
	c.Kill()
	r := h.MustRun(2, amexCard(), chargeArgs("77.00", "--order-id", "K-77")...)
	for _, want := range []string{"an earlier run charged order K-77", "is found now", "already charged and approved"} {
		if !strings.Contains(r.Stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.Stderr)
		}
	}
	if cs := charges(t, h); len(cs) != 1 {
		t.Errorf("the emulator processed %d charges, want 1", len(cs))
	}
}
