package facti_test

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestBulkLateRowsAreUnknownThenFoundNeverResent: rows whose request Facti
// applies after the run gave up on them are recorded unknown, not failed;
// the next run finds them before sending anything and sends none again.
func TestBulkLateRowsAreUnknownThenFoundNeverResent(t *testing.T) {
	p := newProxy(t)
	p.hold = func(form map[string][]string) bool { f := form["folio"][0]; return f == "2" || f == "4" }
	h := p.harness(t)
	csvPath := writeCSV(t, h.Dir, 6)
	args := []string{"facti", "payments", "new", "--from-csv", csvPath, "-o", "csv"}
	r := h.MustRun(6, "", args...)
	if strings.Count(r.Stdout, ",created,") != 4 || strings.Count(r.Stdout, ",unknown,") != 2 {
		t.Errorf("first run:\n%s", r.Stdout)
	}
	contains(t, "first run", r.Stderr, "2 row(s) were sent and their outcome is unknown (lines 3, 5)", "the same command again later")
	if st := ledgerStatuses(t, h, "sandbox"); st["unknown"] != 2 || st["failed"] != 0 || st["created"] != 4 {
		t.Errorf("ledger statuses %v, want 4 created and 2 unknown", st)
	}

	p.applyHeld() // Facti applies them late
	r = h.MustRun(0, "", args...)
	if strings.Count(r.Stdout, ",already-created,") != 4 || strings.Count(r.Stdout, ",found,") != 2 {
		t.Errorf("resume:\n%s", r.Stdout)
	}
	if n := p.count("/v1/payments/new_request"); n != 6 {
		t.Errorf("new_request sent %d times, want 6", n)
	}
	if n := folios(t, h); n != 6 {
		t.Errorf("%d payment requests, want 6", n)
	}
}

// TestBulkUndecidableRowsAreNeverResent: a row whose lookups fail stays
// unknown run after run and is not sent again; once the lookups answer
// that it is absent a whole verify window after it was sent, it is.
func TestBulkUndecidableRowsAreNeverResent(t *testing.T) {
	p := newProxy(t)
	p.hold = func(form map[string][]string) bool { return form["folio"][0] == "2" }
	h := p.harness(t)
	csvPath := writeCSV(t, h.Dir, 3)
	args := []string{"facti", "payments", "new", "--from-csv", csvPath, "-o", "csv"}
	h.MustRun(6, "", args...)
	p.hold = nil

	// The survey answers; every lookup after it fails.
	p.failListingsAfter = p.count("/v1/payments/company_payments") + 1
	r := h.MustRun(6, "", args...)
	if !strings.Contains(r.Stdout, ",unknown,") || strings.Count(r.Stdout, ",already-created,") != 2 {
		t.Errorf("lookups failing:\n%s", r.Stdout)
	}
	if n := p.count("/v1/payments/new_request"); n != 3 {
		t.Fatalf("new_request sent %d times, want 3: an undecided row was sent again", n)
	}

	// The lookups answer: absent for a whole window, so it is sent again.
	p.failListingsAfter = 0
	r = h.MustRun(0, "", args...)
	if strings.Count(r.Stdout, ",created,") != 1 {
		t.Errorf("decided absent:\n%s", r.Stdout)
	}
	if n := folios(t, h); n != 3 {
		t.Errorf("%d payment requests, want 3", n)
	}
}

// TestBulkGuardsAllRowsWithOneSurvey: one pass over the company's
// payments checks every row before anything is sent; a row whose folio
// exists stops the run (exit 2) unless --allow-duplicate-folio.
func TestBulkGuardsAllRowsWithOneSurvey(t *testing.T) {
	p := newProxy(t)
	h := p.harness(t)
	// Created by someone else (another ledger): only Facti's search knows it.
	h.Env["MXPAY_LEDGER"] = filepath.Join(h.Dir, "elsewhere.db")
	h.MustRun(0, "", "facti", "payments", "new", "--serie", "B", "--folio", "3", "--to-name", "X", "--to-email", "x@y.mx", "--amount", "5")
	delete(h.Env, "MXPAY_LEDGER")
	csvPath := writeCSV(t, h.Dir, 30)
	before := p.count("/v1/payments/company_payments")
	r := h.MustRun(2, "", "facti", "payments", "new", "--from-csv", csvPath)
	contains(t, "guard", r.Stderr, "1 row(s) already have a payment request; nothing was sent", "line 4: the payment request for serie B folio 3 (103.50) already exists: payment 1", "--allow-duplicate-folio")
	if n := p.count("/v1/payments/new_request"); n != 1 {
		t.Fatalf("%d sent", n)
	}
	if n := p.count("/v1/payments/company_payments") - before; n != 1 {
		t.Errorf("%d listings for the guard of 30 rows, want 1", n)
	}
	before = p.count("/v1/payments/company_payments")
	h.MustRun(0, "", "facti", "payments", "new", "--from-csv", csvPath, "--allow-duplicate-folio")
	if n := p.count("/v1/payments/company_payments") - before; n != 1 {
		t.Errorf("%d listings for a run of 30 rows, want 1", n)
	}
	if n := countPayments(t, h); n != 31 {
		t.Errorf("%d payments, want 31", n)
	}
}
