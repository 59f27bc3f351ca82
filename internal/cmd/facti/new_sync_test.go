package facti_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
	"github.com/mxpay/mxpay/internal/emulator/state"
	syncemu "github.com/mxpay/mxpay/internal/emulator/sync"
)

// satCompany is the demo company with its SAT connection in the Sync
// emulator (jobs made fast), as the user of the run.
func satCompany(t *testing.T) (*cmdtest.Harness, string) {
	t.Helper()
	h := emulator(t)
	st, err := state.Open(h.Env["MXPAY_EMULATOR_DB"])
	if err != nil {
		t.Fatal(err)
	}
	if err := syncemu.Configure(st, syncemu.Timing{Step: 10 * time.Millisecond}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	user := strings.TrimSpace(h.MustRun(0, "", "sync", "users", "create", "--name", "Empresa Demo", "-o", "json", "--jq", ".id_user").Stdout)
	h.Env["MXPAY_SYNC_USER"] = user
	h.MustRun(0, "rfc=EMU190101AB1\npassword=test\n", "sync", "credentials", "create", "--site", syncemu.SiteSATCIEC, "--stdin")
	return h, user
}

type attachment struct {
	ID       string   `json:"id_attachment"`
	Keywords []string `json:"keywords"`
}

func issued(t *testing.T, h *cmdtest.Harness) []attachment {
	t.Helper()
	var all, out []attachment
	json.Unmarshal([]byte(h.MustRun(0, "", "sync", "attachments", "list", "--all", "-o", "json").Stdout), &all)
	for _, a := range all {
		if strings.Contains(strings.Join(a.Keywords, " "), "emitidas") {
			out = append(out, a)
		}
	}
	if len(out) == 0 {
		t.Fatal("the SAT connection has no issued CFDI")
	}
	return out
}

// TestNewFromSyncAttachment: a CFDI downloaded through Sync becomes the
// request, as a file would.
func TestNewFromSyncAttachment(t *testing.T) {
	h, _ := satCompany(t)
	a := issued(t, h)[0]
	r := h.MustRun(0, "", "facti", "payments", "new", "--from-sync-attachment", a.ID, "--to-email", "cliente@example.mx", "--no-email", "-o", "json")
	contains(t, "request", r.Stdout, `"request_id":1`)
	r = h.MustRun(0, "", "facti", "payments", "get", "1", "-o", "json")
	contains(t, "payment", r.Stdout, `"serie":"F"`, `"to_email":"cliente@example.mx"`)
	h.MustRun(1, "", "facti", "payments", "new", "--from-sync-attachment", "000000000000000000000000", "--to-email", "x@y.mx")
}

// TestNewFromSyncInvoices: one request per issued CFDI with an e-mail for
// its receiver; those without one are listed and not sent; a second run
// sends nothing again (the ledger, then Facti's search, say they exist).
func TestNewFromSyncInvoices(t *testing.T) {
	h, _ := satCompany(t)
	emails := filepath.Join(h.Dir, "emails.csv")
	// The first two demo customers have no e-mail. A connection's three
	// issued invoices go to three different customers of the four: some
	// to each half.
	body := "rfc,email\n"
	for _, c := range syncemu.DemoCustomers[2:] {
		body += c.RFC + "," + c.Email + "\n"
	}
	os.WriteFile(emails, []byte(body), 0o600)
	args := []string{"facti", "payments", "new", "--from-sync-invoices", "--since", "2000-01-01", "--emails", emails, "--no-email", "-o", "json"}
	r := h.MustRun(0, "", args...)
	var rows []map[string]any
	if err := json.Unmarshal([]byte(r.Stdout), &rows); err != nil {
		t.Fatalf("%v\n%s", err, r.Stdout)
	}
	created, noEmail := 0, 0
	for _, row := range rows {
		switch row["status"] {
		case "created":
			created++
			if row["to_rfc"] == syncemu.DemoCustomers[0].RFC || row["to_rfc"] == syncemu.DemoCustomers[1].RFC {
				t.Errorf("a request went to %s, which has no e-mail", row["to_rfc"])
			}
		case "no-email":
			noEmail++
			if (row["to_rfc"] != syncemu.DemoCustomers[0].RFC && row["to_rfc"] != syncemu.DemoCustomers[1].RFC) || row["request_id"] != "" {
				t.Errorf("no-email row: %v", row)
			}
		default:
			t.Errorf("row: %v", row)
		}
	}
	if created+noEmail != len(issued(t, h)) || created == 0 || noEmail == 0 {
		t.Errorf("%d created, %d without e-mail, of %d issued:\n%s", created, noEmail, len(issued(t, h)), r.Stdout)
	}
	contains(t, "summary", r.Stderr, "without an e-mail for the receiver's RFC (not sent)")
	if n := countPayments(t, h); n != created {
		t.Errorf("%d payments, want %d", n, created)
	}

	// Again: nothing is sent twice.
	r = h.MustRun(0, "", args...)
	if strings.Contains(r.Stdout, `"status":"created"`) || strings.Count(r.Stdout, `"status":"already-created"`) != created {
		t.Errorf("second run:\n%s", r.Stdout)
	}
	// From another ledger (another machine without it): Facti's search
	// finds them.
	h.Env["MXPAY_LEDGER"] = filepath.Join(h.Dir, "other.db")
	r = h.MustRun(0, "", args...)
	if strings.Count(r.Stdout, `"status":"already-requested"`) != created {
		t.Errorf("with another ledger:\n%s", r.Stdout)
	}
	if n := countPayments(t, h); n != created {
		t.Errorf("%d payments after the re-runs, want %d", n, created)
	}

	// Bad input: exit 2, nothing sent.
	os.WriteFile(emails, []byte("rfc,email\nNOT-AN-RFC,a@b.mx\nXAXX010101000,not-an-email\n"), 0o600)
	r = h.MustRun(2, "", args...)
	contains(t, "bad emails", r.Stderr, "2 invalid line(s)", "line 2:", "line 3:")
	r = h.MustRun(2, "", "facti", "payments", "new", "--from-sync-invoices", "--emails", emails)
	contains(t, "no --since", r.Stderr, "--since")
	r = h.MustRun(2, "", "facti", "payments", "new", "--from-sync-invoices", "--since", "2000-01-01", "--emails", emails, "--to-email", "a@b.mx")
	contains(t, "a flag from the invoice", r.Stderr, "--to-email")
}
