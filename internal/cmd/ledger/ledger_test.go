package ledger_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
	ledgercmd "github.com/mxpay/mxpay/internal/cmd/ledger"
)

const card = "number=4111111111111111\ncvv=739\nexp_month=12\nexp_year=30\n"

func charge(h *cmdtest.Harness, t *testing.T, code int, amount, order string) {
	t.Helper()
	h.MustRun(code, card, "pagofacil", "charge", "--yes", "--card-file", "-", "--amount", amount, "--order-id", order,
		"--name", "Jon", "--last-name", "Snow", "--email", "jon@example.com", "--phone", "5575187500", "--mobile", "5530996234",
		"--street", "Valle del Don 45", "--colonia", "Del Valle", "--municipio", "Tecamac", "--state", "Sonora", "--country", "México", "--zip", "48219")
}

// sent fills the emulator's ledger with requests, a mark, charges.
func sent(t *testing.T) *cmdtest.Harness {
	h := cmdtest.New(t)
	h.Env["MXPAY_ENV"] = "emulator"
	h.Env["MXPAY_VERIFY_WINDOW"] = "400ms"
	h.MustRun(0, "", "facti", "payments", "new", "--serie", "A", "--folio", "1", "--to-name", "X", "--to-email", "x@y.mx", "--amount", "100.10", "--no-email")
	h.MustRun(0, "", "facti", "payments", "new", "--folio", "2", "--to-name", "X", "--to-email", "x@y.mx", "--amount", "0.20", "--no-email")
	h.MustRun(0, "", "facti", "payments", "pay", "1", "--yes")
	charge(h, t, 0, "1599.99", "C-1-approve")
	charge(h, t, 5, "10.01", "C-2-decline")
	return h
}

func TestListFiltersFormatsAndTotals(t *testing.T) {
	h := sent(t)
	r := h.MustRun(0, "", "ledger", "list", "-o", "csv", "--fields", "id,provider,operation,serie,folio,order_id,amount,status")
	want := "id,provider,operation,serie,folio,order_id,amount,status\n" +
		"5,pagofacil,transaccion,,,C-2-decline,10.01,declined\n" +
		"4,pagofacil,transaccion,,,C-1-approve,1599.99,created\n" +
		"3,facti,mark_paid,A,1,,100.10,created\n" +
		"2,facti,new_request,,2,,0.20,created\n" +
		"1,facti,new_request,A,1,,100.10,created\n"
	if r.Stdout != want {
		t.Errorf("csv:\n%s\nwant:\n%s", r.Stdout, want)
	}
	for args, ids := range map[string]string{
		"--provider facti --operation new_request":       "2,1",
		"--status declined":                              "5",
		"--status created,declined --provider pagofacil": "5,4",
		"--folio 2":                             "2",
		"--order-id C-1-approve":                "4",
		"--since today":                         "5,4,3,2,1",
		"--until 2000-01-01":                    "",
		"--limit 2":                             "5,4",
		"--oldest-first --limit 2":              "1,2",
		"--provider-id 1 --operation mark_paid": "3",
	} {
		r := h.MustRun(0, "", append([]string{"ledger", "list", "-o", "json", "--jq", `[.[] | .id | tostring] | join(",")`}, strings.Fields(args)...)...)
		if got := strings.Trim(strings.TrimSpace(r.Stdout), `"`); got != ids {
			t.Errorf("ledger list %s: %q, want %q", args, got, ids)
		}
	}
	r = h.MustRun(0, "", "ledger", "list", "--totals", "-o", "json")
	var totals []ledgercmd.Total
	if err := json.Unmarshal([]byte(r.Stdout), &totals); err != nil || len(totals) != 4 {
		t.Fatalf("totals: %v %s", err, r.Stdout)
	}
	if totals[1].Operation != "new_request" || totals[1].Amount.String() != "100.30" || totals[1].Entries != 2 ||
		totals[2].Operation != "transaccion" || totals[2].Status != "created" || totals[2].Amount.String() != "1599.99" {
		t.Errorf("totals: %+v", totals)
	}
	r = h.MustRun(0, "", "ledger", "list", "-o", "jsonl", "--status", "pending")
	if r.Stdout != "" {
		t.Errorf("pending: %q", r.Stdout)
	}
	h.TTY = true // a table with a header is for a terminal; a pipe gets bare rows
	if r = h.MustRun(0, "", "ledger", "list"); !strings.Contains(r.Stdout, "ID") || !strings.Contains(r.Stdout, "C-2-decline") {
		t.Errorf("table:\n%s", r.Stdout)
	}
	h.TTY = false
	// Another environment's ledger is another file (the emulator's is its
	// own): nothing there.
	h.Env["MXPAY_ENV"] = "sandbox"
	if r = h.MustRun(0, "", "ledger", "list", "-o", "csv"); strings.Count(r.Stdout, "\n") != 1 {
		t.Errorf("sandbox: %q", r.Stdout)
	}
	h.MustRun(2, "", "ledger", "list", "--status", "lost")
	h.MustRun(2, "", "ledger", "list", "--provider", "stripe")
	h.MustRun(2, "", "ledger", "list", "--since", "next week")
}

func TestShow(t *testing.T) {
	h := sent(t)
	r := h.MustRun(0, "", "ledger", "show", "4", "-o", "json")
	var e map[string]any
	if err := json.Unmarshal([]byte(r.Stdout), &e); err != nil {
		t.Fatal(err)
	}
	refs, _ := json.Marshal(e["refs"])
	if e["order_id"] != "C-1-approve" || e["status"] != "created" || e["amount"] != 1599.99 || !strings.Contains(string(refs), `"masked_card"`) {
		t.Errorf("show json: %s", r.Stdout)
	}
	if strings.Contains(r.Stdout, "4111111111111111") || strings.Contains(r.Stdout, "739,") {
		t.Errorf("the ledger shows the card: %s", r.Stdout)
	}
	h.TTY = true // the labelled view is for a terminal
	r = h.MustRun(0, "", "ledger", "show", "1")
	h.TTY = false
	for _, want := range []string{"REFERENCES:", "bank_reference=", "stp_clabe=", "since_id=1", "STATUS:", "created"} {
		if !strings.Contains(r.Stdout, want) {
			t.Errorf("show lacks %q:\n%s", want, r.Stdout)
		}
	}
	h.MustRun(2, "", "ledger", "show", "99")
	h.MustRun(2, "", "ledger", "show", "x")
	h.MustRun(2, "", "ledger", "show")
}

func TestParseTime(t *testing.T) {
	now := time.Date(2026, 3, 10, 15, 30, 0, 0, time.UTC)
	for in, want := range map[string]string{
		"today": "2026-03-10T00:00:00Z", "yesterday": "2026-03-09T00:00:00Z", "2026-03-01": "2026-03-01T00:00:00Z",
		"2026-03-01 08:00:00": "2026-03-01T08:00:00Z", "2026-03-01T08:00:00-06:00": "2026-03-01T14:00:00Z", "24h": "2026-03-09T15:30:00Z",
	} {
		got, err := ledgercmd.ParseTime("since", in, now)
		if err != nil || got.UTC().Format(time.RFC3339) != want {
			t.Errorf("ParseTime(%q) = %v, %v; want %s", in, got, err, want)
		}
	}
	for _, bad := range []string{"-24h", "2026-13-01", "soon"} {
		if _, err := ledgercmd.ParseTime("since", bad, now); err == nil {
			t.Errorf("ParseTime(%q) succeeded", bad)
		}
	}
}
