package emulator_test

import (
	"os"
	"strings"
	"testing"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
)

func emulatorHarness(t *testing.T) *cmdtest.Harness {
	h := cmdtest.New(t)
	h.Env["MXPAY_ENV"] = "emulator"
	return h
}

// TestPayFactiViaSTPAndBank: STP makes the request paid in Facti; the bank
// leaves it pending and puts a deposit with its bank reference in the
// user's checking account.
func TestPayFactiViaSTPAndBank(t *testing.T) {
	h := emulatorHarness(t)
	for _, folio := range []string{"1", "2"} {
		h.MustRun(0, "", "facti", "payments", "new", "--folio", folio, "--to-name", "X", "--to-email", "x@y.mx", "--amount", "1160.00", "--no-email")
	}
	r := h.MustRun(0, "", "emulator", "pay", "facti", "1", "--via", "stp", "-o", "csv", "--fields", "payment_id,via,amount")
	if r.Stdout != "payment_id,via,amount\n1,stp,1160.00\n" {
		t.Errorf("stp: %s", r.Stdout)
	}
	r = h.MustRun(0, "", "facti", "payments", "get", "1", "-o", "json")
	if !strings.Contains(r.Stdout, `"status":"1"`) || !strings.Contains(r.Stdout, `"confirmed_from":"stp"`) {
		t.Errorf("after stp: %s", r.Stdout)
	}
	h.MustRun(1, "", "emulator", "pay", "facti", "1", "--via", "stp") // already paid

	h.MustRun(2, "", "emulator", "pay", "facti", "2", "--via", "bank") // no user
	user := strings.TrimSpace(h.MustRun(0, "", "sync", "users", "create", "--name", "Empresa Demo", "-o", "json", "--jq", ".id_user").Stdout)
	h.Env["MXPAY_SYNC_USER"] = user
	r = h.MustRun(1, "", "emulator", "pay", "facti", "2", "--via", "bank")
	if !strings.Contains(r.Stderr, "connect a bank first") {
		t.Errorf("no bank: %s", r.Stderr)
	}
	h.MustRun(0, "", "sync", "credentials", "create", "--site", "56cf5728784806f72b8b4568", "--set", "username=test", "--set", "password=test")
	r = h.MustRun(0, "", "emulator", "pay", "facti", "2", "--via", "bank", "-o", "json")
	if !strings.Contains(r.Stdout, `"reference":"00000000020001000002`) || !strings.Contains(r.Stdout, `"id_transaction"`) {
		t.Errorf("bank: %s", r.Stdout)
	}
	r = h.MustRun(0, "", "facti", "payments", "get", "2", "-o", "json")
	if !strings.Contains(r.Stdout, `"status":"0"`) {
		t.Errorf("a bank deposit is not seen by Facti: %s", r.Stdout)
	}
	r = h.MustRun(0, "", "sync", "transactions", "list", "--all", "-o", "csv", "--fields", "amount,description,reference")
	if !strings.Contains(r.Stdout, "1160.00,DEPOSITO EN VENTANILLA SANTANDER CONV 4381 REF 00000000020001000002") {
		t.Errorf("transactions:\n%s", r.Stdout)
	}
	h.Env["MXPAY_ENV"] = "sandbox"
	h.MustRun(2, "", "emulator", "pay", "facti", "2", "--via", "stp")
}

// TestResetClearsTheEmulatorsLedgerOnly: reset removes the emulator's own
// ledger, never one the ledger setting chose, whatever --env is.
func TestResetClearsTheEmulatorsLedgerOnly(t *testing.T) {
	h := emulatorHarness(t)
	h.MustRun(0, "", "facti", "payments", "new", "--folio", "1", "--to-name", "X", "--to-email", "x@y.mx", "--amount", "10", "--no-email")
	if _, err := os.Stat(h.LedgerPath("emulator")); err != nil {
		t.Fatal(err)
	}
	real := h.LedgerPath("sandbox")
	os.MkdirAll(strings.TrimSuffix(real, "ledger.db"), 0o700)
	os.WriteFile(real, []byte("not the emulator's"), 0o600)
	delete(h.Env, "MXPAY_ENV")
	r := h.MustRun(0, "", "emulator", "reset")
	if !strings.Contains(r.Stderr, "Emulator ledger cleared") {
		t.Errorf("reset: %s", r.Stderr)
	}
	if _, err := os.Stat(h.LedgerPath("emulator")); !os.IsNotExist(err) {
		t.Errorf("the emulator's ledger is still there: %v", err)
	}
	if data, _ := os.ReadFile(real); string(data) != "not the emulator's" {
		t.Errorf("reset touched the sandbox ledger")
	}
	h.Env["MXPAY_ENV"] = "emulator"
	h.MustRun(0, "", "facti", "payments", "new", "--folio", "1", "--to-name", "X", "--to-email", "x@y.mx", "--amount", "10", "--no-email")
	h.Env["MXPAY_LEDGER"] = real + ".chosen"
	h.MustRun(0, "", "facti", "payments", "new", "--folio", "2", "--to-name", "X", "--to-email", "x@y.mx", "--amount", "10", "--no-email")
	r = h.MustRun(0, "", "emulator", "reset")
	if !strings.Contains(r.Stderr, "keeps its emulator entries") {
		t.Errorf("reset with a chosen ledger: %s", r.Stderr)
	}
	if _, err := os.Stat(real + ".chosen"); err != nil {
		t.Errorf("reset removed the chosen ledger: %v", err)
	}
}
