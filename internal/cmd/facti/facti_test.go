package facti_test

import (
	"encoding/json"
	"net"
	"strings"
	"testing"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
	"github.com/mxpay/mxpay/internal/prompt/prompttest"
)

func emulator(t *testing.T) *cmdtest.Harness {
	h := cmdtest.New(t)
	h.Env["MXPAY_ENV"] = "emulator"
	return h
}

var newArgs = []string{"facti", "payments", "new", "--folio", "1001", "--to-name", "Cliente SA", "--to-email", "pagos@cliente.mx", "--amount", "1500.001", "--due", "2030-01-31"}

func contains(t *testing.T, what, got string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(got, w) {
			t.Errorf("%s lacks %q:\n%s", what, w, got)
		}
	}
}

// countPayments lists every payment as JSON and returns how many there are.
func countPayments(t *testing.T, h *cmdtest.Harness) int {
	t.Helper()
	r := h.MustRun(0, "", "facti", "payments", "list", "--all", "-o", "json")
	var ps []map[string]any
	if err := json.Unmarshal([]byte(r.Stdout), &ps); err != nil {
		t.Fatalf("list -o json: %v\n%s", err, r.Stdout)
	}
	return len(ps)
}

func TestNewInEveryFormat(t *testing.T) {
	h := emulator(t)
	r := h.MustRun(0, "", newArgs...)
	contains(t, "table", r.Stdout, "request_id\t1\n", "1500.01", "2030-01-31", "@facti.mx", "stp\t1\t", "646180", "bank", "Santander", "4381")
	contains(t, "stderr", r.Stderr, "rounds it up to 1500.01")

	r = h.MustRun(0, "", append(newArgs[:len(newArgs):len(newArgs)], "--folio", "1002", "-o", "json")...)
	var reply map[string]any
	if err := json.Unmarshal([]byte(r.Stdout), &reply); err != nil || reply["request_id"] != float64(2) || reply["References_errors"] == nil {
		t.Errorf("json: %v %s", err, r.Stdout)
	}
	r = h.MustRun(0, "", append(newArgs[:len(newArgs):len(newArgs)], "--folio", "1003", "-o", "csv", "--payment-way", "2", "--payment-way", "7")...)
	lines := strings.Split(strings.TrimSpace(r.Stdout), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "request_id,total_amount,limit_payment_date,send_to,payment_type") || !strings.Contains(lines[1], "bank") {
		t.Errorf("csv:\n%s", r.Stdout)
	}
	contains(t, "References_errors on stderr", r.Stderr, "Warning:", "7 no existe")
	if n := countPayments(t, h); n != 3 {
		t.Errorf("%d payments, want 3", n)
	}
}

func TestNewGroupedConceptsInvoice(t *testing.T) {
	h := emulator(t)
	h.MustRun(0, "", "facti", "payments", "new", "--to-name", "X", "--to-email", "a@b.mx", "--amount", "600",
		"--group", "A:1:100", "--group", "A:2:200.00", "--group", ":3:300",
		"--concept", `quantity=2,unit=PIEZA,"description=Monitor, 25""",pu=300`, "--invoice", "--receiver-rfc", "xaxx010101000", "--receiver-zip", "01000")
	r := h.MustRun(0, "", "facti", "payments", "get", "1", "-o", "json")
	contains(t, "grouped payment", r.Stdout, `"count_childs":3`, `"group_parent":"1"`)
}

func TestNewValidationSendsNothing(t *testing.T) {
	h := emulator(t)
	cases := [][]string{
		{"--to-rfc", "BAD"},
		{"--to-email", "not-an-email"},
		{"--due", "2030-02-30"},
		{"--due", "2020-06-30"}, // in the past
		{"--amount", "1,500.00"},
		{"--group", "A:1:100", "--group", "A:2:200"}, // adds up to 300, not 1500.01
		{"--concept", "quantity=2,unit=PIEZA"},
		{"--invoice"},
		{"--payment-date", "2024-01-01"},
	}
	for _, extra := range cases {
		args := append(newArgs[:len(newArgs):len(newArgs)], extra...)
		r := h.Run("", args...)
		if r.Code != 2 {
			t.Errorf("%v: exit %d, want 2\n%s", extra, r.Code, r.Stderr)
		}
	}
	r := h.MustRun(2, "", "facti", "payments", "new", "--folio", "1", "--to-email", "a@b.mx", "--amount", "1")
	contains(t, "missing flag", r.Stderr, "--to-name")
	if n := countPayments(t, h); n != 0 {
		t.Errorf("validation failures sent %d requests", n)
	}
}

func TestNewDryRunMasksAndSendsNothing(t *testing.T) {
	h := emulator(t)
	r := h.MustRun(0, "", append(newArgs[:len(newArgs):len(newArgs)], "--dry-run")...)
	contains(t, "dry run", r.Stdout, "POST http://", "/v1/payments/new_request", "client_id=***", "api_key=***", "total_amount=1500.01", "to_email=pagos@cliente.mx")
	if strings.Contains(r.Stdout, "demo-facti") {
		t.Error("dry run shows the credentials")
	}
	r = h.MustRun(0, "", append(newArgs[:len(newArgs):len(newArgs)], "--dry-run", "-o", "json")...)
	contains(t, "dry run json", r.Stdout, `"form":{"client_id":"***","api_key":"***"`)
	if n := countPayments(t, h); n != 0 {
		t.Errorf("dry run sent %d requests", n)
	}
}

func TestNewPromptsOnTTY(t *testing.T) {
	h := emulator(t)
	h.TTY = true
	h.Prompter = prompttest.NewMock(t)
	h.Prompter.ExpectInput("Folio", "77")
	h.Prompter.ExpectInput("Customer name", "Cliente")
	h.Prompter.ExpectInput("Customer e-mail", "c@cliente.mx")
	h.Prompter.ExpectInput("Total amount", "10.50")
	h.Prompter.ExpectConfirm("Send payment request for folio 77 (10.50) to c@cliente.mx?", true)
	r := h.MustRun(0, "", "facti", "payments", "new")
	contains(t, "prompted request", r.Stdout, "10.50")
	contains(t, "summary before the question", r.Stderr, "Amount: MXN 10.50", "To: Cliente <c@cliente.mx>")

	// Answering no sends nothing.
	h.Prompter = prompttest.NewMock(t)
	h.Prompter.ExpectConfirm("Send payment request for folio 78", false)
	h.MustRun(7, "", "facti", "payments", "new", "--folio", "78", "--to-name", "X", "--to-email", "x@y.mx", "--amount", "1")
	h.TTY = false
	if n := countPayments(t, h); n != 1 {
		t.Errorf("%d payments, want 1", n)
	}
}

func TestListGetPayDelete(t *testing.T) {
	h := emulator(t)
	for _, folio := range []string{"1", "2", "3"} {
		h.MustRun(0, "", "facti", "payments", "new", "--folio", folio, "--to-name", "X", "--to-email", "a@b.mx", "--amount", "100")
	}
	r := h.MustRun(0, "", "facti", "payments", "list")
	contains(t, "list table", r.Stdout, "1\t1\t\t1\t", "\tpending\t", "\t100.00\t")
	r = h.MustRun(0, "", "facti", "payments", "list", "-o", "csv", "--since-id", "2", "--limit", "1")
	if lines := strings.Split(strings.TrimSpace(r.Stdout), "\n"); len(lines) != 2 || !strings.HasPrefix(lines[1], "2,") {
		t.Errorf("csv page:\n%s", r.Stdout)
	}
	h.MustRun(2, "", "facti", "payments", "list", "--limit", "201")
	h.MustRun(2, "", "facti", "payments", "list", "--status", "done")
	h.MustRun(2, "", "facti", "payments", "list", "--paid-from", "May 1")

	r = h.MustRun(0, "", "facti", "payments", "get", "2", "-o", "json")
	contains(t, "get json", r.Stdout, `"id":2`, `"status":"0"`)
	r = h.MustRun(0, "", "facti", "payments", "get", "2")
	contains(t, "get table", r.Stdout, "folio\t2\n", "status\tpending\n")
	h.MustRun(0, "", "facti", "payments", "get", "2", "-o", "csv")

	r = h.MustRun(2, "", "facti", "payments", "pay", "2") // no TTY, no --yes
	contains(t, "pay without --yes", r.Stderr, "--yes")
	r = h.MustRun(0, "", "facti", "payments", "pay", "2", "--yes", "-o", "json")
	contains(t, "pay", r.Stdout, `"status":"1"`)
	r = h.MustRun(1, "", "facti", "payments", "pay", "2", "--yes")
	contains(t, "pay twice", r.Stderr, "already paid")
	r = h.MustRun(1, "", "facti", "payments", "delete", "2", "--yes")
	contains(t, "delete paid", r.Stderr, "cannot be deleted", "only deletes pending")

	h.TTY = true
	h.Prompter = prompttest.NewMock(t)
	h.Prompter.ExpectConfirm("Delete payment 3", true)
	h.MustRun(0, "", "facti", "payments", "delete", "3")
	h.TTY = false

	r = h.MustRun(0, "", "facti", "payments", "list", "--status", "paid", "--paid-from", "2000-01-01", "-o", "csv")
	if lines := strings.Split(strings.TrimSpace(r.Stdout), "\n"); len(lines) != 2 {
		t.Errorf("paid:\n%s", r.Stdout)
	}
	if n := countPayments(t, h); n != 2 {
		t.Errorf("%d payments after delete, want 2", n)
	}
}

func TestCLABEAndPaymentWays(t *testing.T) {
	h := emulator(t)
	for _, format := range []string{"table", "json", "csv"} {
		r := h.MustRun(0, "", "facti", "clabe", "--email", "a@b.mx", "-o", format)
		contains(t, "clabe "+format, r.Stdout, "646180")
		r = h.MustRun(0, "", "facti", "payment-ways", "-o", format)
		contains(t, "ways "+format, r.Stdout, "stp", "bank")
	}
	r := h.MustRun(0, "", "facti", "clabe", "--email", "a@b.mx", "--payment-way", "2")
	contains(t, "clabe errors", r.Stderr, "no es de tipo stp")
	h.MustRun(2, "", "facti", "clabe", "--email", "nope")
	h.MustRun(1, "", "facti", "payment-ways", "--rfc", "XAXX010101000")
}

func TestErrorPaths(t *testing.T) {
	h := emulator(t)
	h.MustRun(1, "", "facti", "payments", "get", "999") // the provider says it does not exist
	h.MustRun(2, "", "facti", "payments", "get", "abc")

	bad := emulator(t)
	bad.Env["MXPAY_FACTI_CLIENT_ID"] = "wrong"
	bad.Env["MXPAY_FACTI_API_KEY"] = "wrong"
	r := bad.MustRun(3, "", "facti", "payments", "list")
	contains(t, "bad credentials", r.Stderr, "auth login facti")
	bad.MustRun(3, "", newArgs...)

	down := emulator(t)
	down.Env["MXPAY_EMULATOR_FAULTS"] = "facti:POST:/v1/payments/company_payments:status=503"
	down.MustRun(4, "", "facti", "payments", "list")

	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	closed := cmdtest.New(t)
	closed.Env["MXPAY_FACTI_CLIENT_ID"] = "x"
	closed.Env["MXPAY_FACTI_API_KEY"] = "y"
	closed.Env["MXPAY_FACTI_BASE_URL"] = "http://" + addr
	closed.MustRun(4, "", "--env", "sandbox", "facti", "payments", "get", "1")
}

func TestTimeoutAfterWriteIsFoundNotResent(t *testing.T) {
	h := emulator(t)
	h.Env["MXPAY_EMULATOR_FAULTS"] = "facti:POST:/v1/payments/new_request:timeout-after-write:1"
	r := h.MustRun(0, "", newArgs...)
	contains(t, "recovered", r.Stderr, "Found: the reply was lost", "it was created, as payment 1", "Do not send it again")
	contains(t, "recovered output", r.Stdout, "1001", "1500.01")
	delete(h.Env, "MXPAY_EMULATOR_FAULTS")
	if n := countPayments(t, h); n != 1 {
		t.Errorf("emulator holds %d payments, want exactly 1", n)
	}
	// The same command again is refused: the folio has a request.
	r = h.MustRun(2, "", newArgs...)
	contains(t, "duplicate guard", r.Stderr, "folio 1001", "already exists: payment 1", "nothing was sent", "--allow-duplicate-folio")
	h.MustRun(0, "", append(newArgs[:len(newArgs):len(newArgs)], "--allow-duplicate-folio")...)
	if n := countPayments(t, h); n != 2 {
		t.Errorf("emulator holds %d payments, want 2 after --allow-duplicate-folio", n)
	}

	// The duplicate guard cannot look: nothing is sent (exit 4).
	h2 := emulator(t)
	h2.Env["MXPAY_EMULATOR_FAULTS"] = "facti:POST:/v1/payments/company_payments:status=503"
	r = h2.MustRun(4, "", newArgs...)
	contains(t, "guard unreachable", r.Stderr, "nothing was sent")
	delete(h2.Env, "MXPAY_EMULATOR_FAULTS")
	if n := countPayments(t, h2); n != 0 {
		t.Errorf("emulator holds %d payments, want 0", n)
	}
}

func TestAuthLoginValidatesWithAuthenticate(t *testing.T) {
	h := emulator(t)
	r := h.MustRun(3, "client_id=wrong\napi_key=wrong\n", "auth", "login", "facti", "--with-token")
	if strings.Contains(r.Stderr, "wrong") && strings.Contains(r.Stderr, "client_id=wrong") {
		t.Errorf("secret echoed: %s", r.Stderr)
	}
	h.MustRun(0, "client_id=demo-facti-client-id\napi_key=demo-facti-api-key\n", "auth", "login", "facti", "--with-token")
	h.MustRun(0, "", "facti", "payments", "list")
}

func TestNoInputNamesTheFlag(t *testing.T) {
	h := emulator(t)
	h.TTY = true
	r := h.MustRun(2, "", "--no-input", "facti", "payments", "new", "--to-name", "X", "--to-email", "a@b.mx", "--amount", "1")
	contains(t, "no-input", r.Stderr, "--folio")
	h.MustRun(2, "", "--no-input", "facti", "clabe")
}
