package facti_test

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
	"github.com/mxpay/mxpay/internal/cmdutil"
)

// lostReply is how the emulator tests lose new_request's answer: a 300ms
// timeout, and lookups over 3s.
func lostReply(t *testing.T, faults string) *cmdtest.Harness {
	h := emulator(t)
	h.Env["MXPAY_TIMEOUT"] = "300ms"
	h.Env["MXPAY_VERIFY_WINDOW"] = "3s"
	h.Env["MXPAY_EMULATOR_FAULTS"] = faults
	return h
}

// TestNewLostRepliesAreFoundNotDuplicated: a reply that comes after
// --timeout for a request Facti applies later, a gateway 504 for one it
// applies later, a garbled 200: each is looked up, reported found, and a
// second run of the same command is refused instead of creating another.
func TestNewLostRepliesAreFoundNotDuplicated(t *testing.T) {
	for _, fault := range []string{"late-apply=1s", "gateway=504+700ms", "garble", "timeout-after-write"} {
		h := lostReply(t, "facti:POST:/v1/payments/new_request:"+fault+":1")
		r := h.Run("", newArgs...)
		if r.Code != 0 {
			t.Fatalf("%s: exit %d\n%s", fault, r.Code, r.Stderr)
		}
		contains(t, fault, r.Stderr, "Found: the reply was lost", "as payment 1", "Do not send it again")
		if strings.Contains(r.Stderr, "safe to run") {
			t.Errorf("%s: %s", fault, r.Stderr)
		}
		r = h.MustRun(2, "", newArgs...)
		contains(t, fault+" re-run", r.Stderr, "already exists: payment 1", "--allow-duplicate-folio")
		delete(h.Env, "MXPAY_EMULATOR_FAULTS")
		if n := countPayments(t, h); n != 1 {
			t.Errorf("%s: %d payments, want 1", fault, n)
		}
	}
}

// TestNewNotAppliedIsUnknownWithTheCommandToCheck: a reset or an echoing
// WAF page (nothing applied) cannot be told from a late application: the
// outcome is unknown (exit 6), never "nothing was created", and the hint
// is the exact command that shows it.
func TestNewNotAppliedIsUnknownWithTheCommandToCheck(t *testing.T) {
	for _, fault := range []string{"reset", "echo=502", "status=503"} {
		h := lostReply(t, "facti:POST:/v1/payments/new_request:"+fault+":1")
		h.Env["MXPAY_VERIFY_WINDOW"] = "400ms"
		r := h.MustRun(6, "", append(newArgs[:len(newArgs):len(newArgs)], "--serie", "A")...)
		contains(t, fault, r.Stderr, "outcome is unknown", "mxpay --env emulator facti payments list --company 1 --since-id 1 --serie A --folio 1001")
		if strings.Contains(r.Stderr, "safe to run") || strings.Contains(r.Stderr, "nothing was created") {
			t.Errorf("%s: %s", fault, r.Stderr)
		}
	}
}

// TestRedirectOnNewIsNotCreated: a 302/307/308 to new_request is neither
// followed nor read as "created"; the request is looked up.
func TestRedirectOnNewIsNotCreated(t *testing.T) {
	var captured []string
	capture := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		captured = append(captured, r.URL.String()+" "+string(b))
		io.WriteString(w, `{"result":1,"msg":"","request_id":99}`)
	}))
	defer capture.Close()
	for _, code := range []int{302, 307, 308} {
		p := newProxy(t)
		p.intercept = func(w http.ResponseWriter, r *http.Request, _ []byte) bool {
			if !strings.HasSuffix(r.URL.Path, "/new_request") {
				return false
			}
			http.Redirect(w, r, capture.URL+"/v1/payments/new_request", code)
			return true
		}
		h := p.harness(t)
		r := h.Run("", newArgs...)
		if r.Code != 6 {
			t.Errorf("%d: exit %d, want 6 (unknown)\n%s%s", code, r.Code, r.Stdout, r.Stderr)
		}
		contains(t, fmt.Sprint(code), r.Stderr, "not followed", "outcome is unknown")
	}
	if len(captured) > 0 {
		t.Errorf("the redirect target received %v", captured)
	}
}

// TestRepliesThatReflectTheRequestLeakNoSecret: error pages that reflect
// the request (client_id, api_key) are quoted masked on stderr, with and
// without --debug, and in a bulk run's output and in the ledger's files.
func TestRepliesThatReflectTheRequestLeakNoSecret(t *testing.T) {
	demo := cmdutil.DemoCredentials("facti")
	secrets := []string{demo["client_id"], demo["api_key"]}
	for _, code := range []int{200, 400, 403, 502} {
		p := newProxy(t)
		p.intercept = func(w http.ResponseWriter, r *http.Request, body []byte) bool {
			if !strings.HasSuffix(r.URL.Path, "/new_request") {
				return false
			}
			r.ParseForm()
			w.Header().Set("Content-Type", "text/html")
			w.WriteHeader(code)
			fmt.Fprintf(w, "<p>%s / %s</p><pre>%s</pre>", r.PostForm.Get("client_id"), r.PostForm.Get("api_key"), body)
			return true
		}
		h := p.harness(t)
		dir := h.Dir
		csvPath := writeCSV(t, dir, 2)
		runs := map[string][]string{
			"single":       newArgs,
			"single debug": append([]string{"--debug"}, newArgs...),
			"bulk":         {"facti", "payments", "new", "--from-csv", csvPath, "-o", "csv"},
		}
		for name, args := range runs {
			r := h.Run("", args...)
			stored := ledgerFiles(t, h, "sandbox")
			for _, s := range secrets {
				for where, text := range map[string]string{"stderr": r.Stderr, "stdout": r.Stdout, "ledger": stored} {
					if strings.Contains(text, s) {
						t.Errorf("%d %s: %s shows %q:\n%s", code, name, where, s, text)
					}
				}
			}
		}
	}
	// The emulator's own echoing WAF page.
	h := lostReply(t, "facti:POST:/v1/payments/new_request:echo=400")
	h.Env["MXPAY_VERIFY_WINDOW"] = "300ms"
	csvPath := writeCSV(t, h.Dir, 2)
	r := h.Run("", "--debug", "facti", "payments", "new", "--from-csv", csvPath, "-o", "csv")
	stored := ledgerFiles(t, h, "emulator")
	for _, s := range secrets {
		if strings.Contains(r.Stderr+r.Stdout+stored, s) {
			t.Errorf("echo fault shows %q:\n%s\n%s", s, r.Stderr, r.Stdout)
		}
	}
}

// TestPayAndDeleteAfterAGatewayError: the change applied behind a 504 is
// found by reading the payment over the window.
func TestPayAndDeleteAfterAGatewayError(t *testing.T) {
	h := emulator(t)
	for _, folio := range []string{"1", "2"} {
		h.MustRun(0, "", "facti", "payments", "new", "--folio", folio, "--to-name", "X", "--to-email", "a@b.mx", "--amount", "100")
	}
	h.Env["MXPAY_VERIFY_WINDOW"] = "3s"
	h.Env["MXPAY_EMULATOR_FAULTS"] = "facti:POST:/v1/payments/1:gateway=504+400ms:1;facti:POST:/v1/payments/delete:gateway=504+400ms:1"
	r := h.MustRun(0, "", "facti", "payments", "pay", "1", "--yes", "-o", "json")
	contains(t, "pay", r.Stderr, "504", "shows paid now")
	contains(t, "pay output", r.Stdout, `"status":"1"`)
	r = h.MustRun(0, "", "facti", "payments", "delete", "2", "--yes")
	contains(t, "delete", r.Stderr, "504", "no longer shows payment 2: it was deleted")
	delete(h.Env, "MXPAY_EMULATOR_FAULTS")
	if n := countPayments(t, h); n != 1 {
		t.Errorf("%d payments, want 1", n)
	}

	// Not applied: unknown, with what the payment is now and how to check.
	h.MustRun(0, "", "facti", "payments", "new", "--folio", "3", "--to-name", "X", "--to-email", "a@b.mx", "--amount", "100")
	h.Env["MXPAY_VERIFY_WINDOW"] = "300ms"
	h.Env["MXPAY_EMULATOR_FAULTS"] = "facti:POST:/v1/payments/3:status=502:1"
	r = h.MustRun(6, "", "facti", "payments", "pay", "3", "--yes")
	contains(t, "pay unknown", r.Stderr, "payment 3 is pending now", "mxpay --env emulator facti payments get 3")
}

// TestProductionStatesItAndNeedsYes: creating and changing payments in
// production shows PRODUCTION and a summary, and without a terminal needs
// --yes; without it nothing is sent.
func TestProductionStatesItAndNeedsYes(t *testing.T) {
	p := newProxy(t)
	h := p.harness(t)
	h.Env["MXPAY_ENV"] = "production"
	r := h.MustRun(2, "", newArgs...)
	contains(t, "new", r.Stderr, "PRODUCTION: this sends a real payment request to a real customer, and Facti e-mails them", "Amount: MXN 1,500.01", "--yes")
	csvPath := writeCSV(t, h.Dir, 3)
	r = h.MustRun(2, "", "facti", "payments", "new", "--from-csv", csvPath)
	contains(t, "bulk", r.Stderr, "PRODUCTION: this sends 3 real payment request(s)", "Payment requests: 3 from", "Total: MXN 307.50", "From: company 1", "--yes")
	if n := p.count("/v1/payments/new_request"); n != 0 {
		t.Fatalf("%d requests sent without --yes", n)
	}
	r = h.MustRun(0, "", append(newArgs[:len(newArgs):len(newArgs)], "--yes")...)
	contains(t, "new --yes", r.Stderr, "PRODUCTION:")
	h.MustRun(0, "", "facti", "payments", "new", "--from-csv", csvPath, "--yes")
	r = h.MustRun(0, "", "facti", "payments", "pay", "1", "--yes")
	contains(t, "pay", r.Stderr, "PRODUCTION: this marks a real customer's payment request as paid", "Mark paid: payment 1")
	r = h.MustRun(0, "", "facti", "payments", "delete", "2", "--yes")
	contains(t, "delete", r.Stderr, "PRODUCTION: this deletes a real customer's payment request", "Delete: payment 2")
}

// TestBulkUnterminatedQuoteIsAUsageError: exit 2 naming the line, not a panic.
func TestBulkUnterminatedQuoteIsAUsageError(t *testing.T) {
	h := emulator(t)
	path := filepath.Join(h.Dir, "bad.csv")
	for _, last := range []string{`"2,Y,b@b.mx,20`, `2,"Y,b@b.mx,20`, `"`} {
		os.WriteFile(path, []byte("folio,to_name,to_email,amount\n1,X,a@b.mx,10\n"+last+"\n"), 0o600)
		r := h.MustRun(2, "", "facti", "payments", "new", "--from-csv", path)
		contains(t, last, r.Stderr, "line 3:", `extraneous or missing " in quoted-field`, "nothing was sent")
	}
}
