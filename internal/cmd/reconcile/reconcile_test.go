package reconcile_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
	"github.com/mxpay/mxpay/internal/cmdutil"
	emu "github.com/mxpay/mxpay/internal/emulator"
	syncemu "github.com/mxpay/mxpay/internal/emulator/sync"
)

// loop is a company with a bank connected in the Sync emulator and
// payment requests in the Facti emulator.
func loop(t *testing.T) (*cmdtest.Harness, string) {
	t.Helper()
	h := cmdtest.New(t)
	h.Env["MXPAY_ENV"] = "emulator"
	user := strings.TrimSpace(h.MustRun(0, "", "sync", "users", "create", "--name", "Empresa Demo", "-o", "json", "--jq", ".id_user").Stdout)
	h.Env["MXPAY_SYNC_USER"] = user
	h.MustRun(0, "", "sync", "credentials", "create", "--site", "56cf5728784806f72b8b4568", "--set", "username=test", "--set", "password=test")
	return h, user
}

func request(t *testing.T, h *cmdtest.Harness, folio, amount string) {
	t.Helper()
	h.MustRun(0, "", "facti", "payments", "new", "--folio", folio, "--to-name", "Cliente "+folio, "--to-email", "c"+folio+"@example.mx", "--amount", amount, "--no-email")
}

// deposit puts a deposit without a Facti reference in the user's account,
// as a customer who pays the amount in cash would.
func deposit(t *testing.T, h *cmdtest.Harness, user, amount, description string) {
	t.Helper()
	e, err := emu.Open(emu.Options{DBPath: h.Env["MXPAY_EMULATOR_DB"]})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	hc := &http.Client{Transport: e.Transport()}
	if _, err := syncemu.Deposit(context.Background(), hc, emu.BaseURL("sync"), cmdutil.DemoCredentials("sync")["api_key"], user, "", amount, description, ""); err != nil {
		t.Fatal(err)
	}
}

func rowsOf(t *testing.T, stdout string) []map[string]any {
	t.Helper()
	var rows []map[string]any
	if err := json.Unmarshal([]byte(stdout), &rows); err != nil {
		t.Fatalf("%v:\n%s", err, stdout)
	}
	return rows
}

// byResult keeps the rows of one result.
func byResult(rows []map[string]any, result string) []map[string]any {
	var out []map[string]any
	for _, r := range rows {
		if r["result"] == result {
			out = append(out, r)
		}
	}
	return out
}

// TestReconcileMatchesByReferenceAndAmountNeverTheAmbiguous: a bank
// deposit with the request's reference matches it; a cash deposit of an
// amount only one request has matches by amount; a cash deposit of an
// amount two requests have is ambiguous and is never marked, however many
// runs of --mark-paid; a second --mark-paid marks nothing twice.
func TestReconcileMatchesByReferenceAndAmountNeverTheAmbiguous(t *testing.T) {
	h, user := loop(t)
	request(t, h, "1", "1160.00") // paid at the bank, with its reference
	request(t, h, "2", "2320.50") // paid in cash, the only request of its amount
	request(t, h, "3", "999.99")  // two requests of the same amount,
	request(t, h, "4", "999.99")  // one cash deposit of it: ambiguous
	request(t, h, "5", "10.00")   // nobody paid
	h.MustRun(0, "", "emulator", "pay", "facti", "1", "--via", "bank")
	deposit(t, h, user, "2320.50", "DEPOSITO EN EFECTIVO")
	deposit(t, h, user, "999.99", "DEPOSITO EN EFECTIVO")

	r := h.MustRun(0, "", "reconcile", "-o", "json")
	rows := rowsOf(t, r.Stdout)
	matched, ambiguous := byResult(rows, "matched"), byResult(rows, "ambiguous")
	if len(matched) != 2 || matched[0]["rule"] != "reference" || matched[0]["request_ids"].([]any)[0] != "1" || matched[0]["amount"] != 1160.0 ||
		matched[1]["rule"] != "amount" || matched[1]["request_ids"].([]any)[0] != "2" || matched[1]["action"] != "to-mark" {
		t.Fatalf("matched: %v", matched)
	}
	if len(ambiguous) != 1 || len(ambiguous[0]["request_ids"].([]any)) != 2 || ambiguous[0]["action"] != "never-marked" {
		t.Fatalf("ambiguous: %v", ambiguous)
	}
	if !strings.Contains(r.Stderr, "2 matched (MXN 3,480.50; 2 pending") {
		t.Errorf("summary: %s", r.Stderr)
	}

	// Without a terminal, --mark-paid needs --yes; nothing is marked.
	h.MustRun(2, "", "reconcile", "--mark-paid")
	r = h.MustRun(0, "", "reconcile", "--mark-paid", "--yes", "-o", "csv", "--fields", "result,action,request_ids")
	for _, want := range []string{"matched,marked-paid,1\n", "matched,marked-paid,2\n", "ambiguous,never-marked,3;4\n"} {
		if !strings.Contains(r.Stdout, want) {
			t.Errorf("mark-paid output lacks %q:\n%s", want, r.Stdout)
		}
	}
	r = h.MustRun(0, "", "reconcile", "--mark-paid", "--yes", "-o", "csv", "--fields", "result,action,request_ids")
	if strings.Contains(r.Stdout, "marked-paid") || !strings.Contains(r.Stdout, "matched,paid,1\n") {
		t.Errorf("the second run:\n%s", r.Stdout)
	}
	status := h.MustRun(0, "", "facti", "payments", "list", "-o", "csv", "--fields", "id,status").Stdout
	if status != "id,status\n1,paid\n2,paid\n3,pending\n4,pending\n5,pending\n" {
		t.Errorf("payments:\n%s", status)
	}
	marks := h.MustRun(0, "", "ledger", "list", "--operation", "mark_paid", "-o", "jsonl", "--jq", `.provider_id + " " + .status`).Stdout
	if lines := strings.Fields(marks); len(lines) != 4 || !strings.Contains(marks, "1 created") || !strings.Contains(marks, "2 created") {
		t.Errorf("marks in the ledger:\n%s", marks)
	}
}

// TestReconcileOutputs: every format carries the same rows, amounts exact.
func TestReconcileOutputs(t *testing.T) {
	h, user := loop(t)
	request(t, h, "7", "1234.56")
	deposit(t, h, user, "1234.56", "SPEI RECIBIDO")
	r := h.MustRun(0, "", "reconcile", "-o", "csv", "--fields", "result,rule,amount,request_ids,request_amount,folio")
	if !strings.Contains(r.Stdout, "result,rule,amount,request_ids,request_amount,folio\n") || !strings.Contains(r.Stdout, "matched,amount,1234.56,1,1234.56,7\n") {
		t.Errorf("csv:\n%s", r.Stdout)
	}
	r = h.MustRun(0, "", "reconcile", "-o", "jsonl", "--jq", `select(.result == "matched") | .amount`)
	if strings.TrimSpace(r.Stdout) != "1234.56" {
		t.Errorf("jsonl --jq: %q", r.Stdout)
	}
	r = h.MustRun(0, "", "reconcile", "--unpaid", "-o", "json", "--jq", `[.[] | .result] | unique`)
	if strings.Join(strings.Fields(r.Stdout), "") != `["matched","unmatched"]` {
		t.Errorf("results: %s", r.Stdout)
	}
	h.TTY = true // a table with a header is for a terminal
	r = h.MustRun(0, "", "reconcile")
	h.TTY = false
	for _, want := range []string{"RESULT", "matched", "amount", "1234.56"} {
		if !strings.Contains(r.Stdout, want) {
			t.Errorf("table lacks %q:\n%s", want, r.Stdout)
		}
	}
	h.MustRun(2, "", "reconcile", "--since", "last tuesday")
	delete(h.Env, "MXPAY_SYNC_USER")
	if r := h.MustRun(2, "", "reconcile"); !strings.Contains(r.Stderr, "--user") {
		t.Errorf("without a user: %s", r.Stderr)
	}
}

// TestReconcileInProductionStatesItAndNeedsYes: against `emulator serve`
// in production, --mark-paid shows the PRODUCTION notice and the summary,
// and sends nothing without --yes.
func TestReconcileInProductionStatesItAndNeedsYes(t *testing.T) {
	h, user := loop(t)
	request(t, h, "9", "500.00")
	deposit(t, h, user, "500.00", "DEPOSITO")
	e, err := emu.Open(emu.Options{DBPath: h.Env["MXPAY_EMULATOR_DB"]})
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	marks := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost && r.URL.Path == "/facti/v1/payments/1" {
			mu.Lock()
			marks++
			mu.Unlock()
		}
		e.Handler().ServeHTTP(w, r)
	}))
	t.Cleanup(func() { srv.Close(); e.Close() })
	h.Env["MXPAY_ENV"] = "production"
	h.Env["MXPAY_LEDGER"] = filepath.Join(h.Dir, "production-ledger.db")
	for provider, creds := range map[string]map[string]string{"facti": cmdutil.DemoCredentials("facti"), "sync": cmdutil.DemoCredentials("sync")} {
		h.Env["MXPAY_"+strings.ToUpper(provider)+"_BASE_URL"] = emu.ProviderBaseURL(srv.URL, provider)
		for k, v := range creds {
			h.Env["MXPAY_"+strings.ToUpper(provider)+"_"+strings.ToUpper(k)] = v
		}
	}
	h.Env["MXPAY_FACTI_COMPANY_ID"] = cmdutil.DemoSetting("facti.company_id")
	r := h.MustRun(2, "", "reconcile", "--mark-paid")
	for _, want := range []string{"PRODUCTION: this marks real customers' payment requests as paid", "Mark paid: 1 payment request matched", "MXN 500.00", "--yes"} {
		if !strings.Contains(r.Stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.Stderr)
		}
	}
	if marks != 0 {
		t.Fatalf("%d marks sent without --yes", marks)
	}
	h.MustRun(0, "", "reconcile", "--mark-paid", "--yes")
	h.MustRun(0, "", "reconcile", "--mark-paid", "--yes")
	if marks != 1 {
		t.Errorf("%d marks sent, want 1", marks)
	}
}
