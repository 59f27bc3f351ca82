package sync_test

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
	"github.com/mxpay/mxpay/internal/emulator/state"
	syncemu "github.com/mxpay/mxpay/internal/emulator/sync"
)

// satUser returns a user whose SAT credential finished: 1 account, 5
// transactions, each with a CFDI attachment.
func satUser(t *testing.T, h *cmdtest.Harness) (user, credential string) {
	t.Helper()
	user = newUser(t, h, "ACME")
	r := h.MustRun(0, "", "sync", "credentials", "create", "--user", user, "--site", syncemu.SiteSATCIEC,
		"--set", "rfc=ACM010101ABC", "--set", "password=test", "-o", "json")
	var c struct {
		IDCredential string `json:"id_credential"`
	}
	json.Unmarshal([]byte(r.Stdout), &c)
	if c.IDCredential == "" {
		t.Fatalf("credentials create printed %q", r.Stdout)
	}
	return user, c.IDCredential
}

// seed writes n transactions for a new user straight into the emulator.
func seed(t *testing.T, h *cmdtest.Harness, n int) syncemu.SeedResult {
	t.Helper()
	st, err := state.Open(h.Env["MXPAY_EMULATOR_DB"])
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	res, err := syncemu.Seed(st, "", n)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func decodeJSON[T any](t *testing.T, s string) T {
	t.Helper()
	var v T
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, s)
	}
	return v
}

func TestAccountsList(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	user, cred := satUser(t, h)
	r := h.MustRun(0, "", "sync", "accounts", "list", "--user", user)
	if !strings.Contains(r.Stdout, "\tSAT CIEC\t") || !strings.Contains(r.Stdout, "\tMXN\t") {
		t.Errorf("table:\n%s", r.Stdout)
	}
	accts := decodeJSON[[]map[string]any](t, h.MustRun(0, "", "sync", "accounts", "list", "--user", user, "--credential", cred, "--disabled=false", "-o", "json").Stdout)
	if len(accts) != 1 || accts[0]["id_credential"] != cred || accts[0]["site"] == nil {
		t.Errorf("json: %v", accts)
	}
	r = h.MustRun(0, "", "sync", "accounts", "list", "--user", user, "--disabled", "-o", "csv")
	if strings.TrimSpace(r.Stdout) != "id_account,site,name,number,balance,currency,dt_refresh,id_credential" {
		t.Errorf("disabled only: %q", r.Stdout)
	}
	r = h.MustRun(0, "", "sync", "accounts", "list", "--user", user, "--all", "--page-size", "1", "--fields", "id_account,balance", "-o", "csv")
	if lines := strings.Split(strings.TrimSpace(r.Stdout), "\n"); len(lines) != 2 || !strings.HasPrefix(lines[0], "id_account,balance") {
		t.Errorf("all: %q", r.Stdout)
	}
	h.MustRun(2, "", "sync", "accounts", "list", "--user", user, "--all", "--limit", "3")
}

func TestTransactionsListFiltersAndFormats(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	user, cred := satUser(t, h)
	all := decodeJSON[[]map[string]any](t, h.MustRun(0, "", "sync", "transactions", "list", "--user", user, "-o", "json", "--order", "dt_transaction").Stdout)
	if len(all) != 5 {
		t.Fatalf("%d transactions", len(all))
	}
	// Amounts stay exact, byte for byte, in JSON; CSV shows the canonical form.
	raw := h.MustRun(0, "", "sync", "transactions", "list", "--user", user, "-o", "jsonl", "--transaction", all[0]["id_transaction"].(string)).Stdout
	if !strings.Contains(raw, `"amount":`) || strings.Count(strings.TrimSpace(raw), "\n") != 0 {
		t.Errorf("jsonl: %s", raw)
	}
	rows, err := csv.NewReader(strings.NewReader(h.MustRun(0, "", "sync", "transactions", "list", "--user", user, "-o", "csv", "--has-attachment", "--credential", cred, "--order", "dt_transaction").Stdout)).ReadAll()
	if err != nil || len(rows) != 6 || rows[0][3] != "amount" || !strings.Contains(rows[1][3], ".") || rows[1][7] != "1" {
		t.Fatalf("csv: %v %v", rows, err)
	}
	h.MustRun(0, "", "sync", "transactions", "list", "--user", user, "--has-attachment=false", "-o", "csv") // header only
	// Dates: RFC 3339 bounds around the middle transaction, combined with other filters.
	mid := int64(all[2]["dt_transaction"].(float64))
	at := time.Unix(mid, 0).UTC().Format(time.RFC3339)
	got := decodeJSON[[]map[string]any](t, h.MustRun(0, "", "sync", "transactions", "list", "--user", user, "--from", at, "--to", at,
		"--account", all[2]["id_account"].(string), "--disabled=false", "-o", "json").Stdout)
	if len(got) < 1 || int64(got[0]["dt_transaction"].(float64)) != mid {
		t.Errorf("from/to %s: %v", at, got)
	}
	day := time.Unix(mid, 0).In(time.Local).Format(time.DateOnly)
	n := h.MustRun(0, "", "sync", "transactions", "count", "--user", user, "--from", day, "--to", day).Stdout
	if n == "0\n" {
		t.Errorf("count on %s: %q", day, n)
	}
	r := h.MustRun(0, "", "sync", "transactions", "count", "--user", user, "-o", "json")
	if c := decodeJSON[map[string]int](t, r.Stdout); c["count"] != 5 {
		t.Errorf("count json: %s", r.Stdout)
	}
	word := strings.Fields(all[0]["description"].(string))[0]
	with := h.MustRun(0, "", "sync", "transactions", "count", "--user", user, "--keywords", word).Stdout
	without := h.MustRun(0, "", "sync", "transactions", "count", "--user", user, "--skip-keywords", word).Stdout
	var a, b int
	fmt.Sscan(with, &a)
	fmt.Sscan(without, &b)
	if a == 0 || a+b != 5 {
		t.Errorf("keywords %d + skip %d", a, b)
	}
	r = h.MustRun(0, "", "sync", "transactions", "list", "--user", user, "--order", "dt_transaction", "--skip", "4")
	if !strings.Contains(r.Stdout, all[4]["id_transaction"].(string)) || strings.Contains(r.Stdout, all[3]["id_transaction"].(string)) {
		t.Errorf("skip 4:\n%s", r.Stdout)
	}
	r = h.MustRun(2, "", "sync", "transactions", "list", "--user", user, "--from", "yesterday")
	if !strings.Contains(r.Stderr, "--from wants a date") {
		t.Errorf("bad date: %s", r.Stderr)
	}
	h.MustRun(2, "", "sync", "transactions", "list", "--user", user, "--from", "2026-02-01", "--to", "2026-01-01")
	h.MustRun(2, "", "sync", "transactions", "list", "--user", user, "--fields", "nope")
}

func TestTransactionsAllStreamsManyPages(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	res := seed(t, h, 2345)
	r := h.MustRun(0, "", "sync", "transactions", "list", "--user", res.IDUser, "--all", "--page-size", "100", "-o", "csv", "--fields", "id_transaction,amount")
	rows, err := csv.NewReader(strings.NewReader(r.Stdout)).ReadAll()
	if err != nil || len(rows) != 2346 {
		t.Fatalf("rows %d: %v", len(rows), err)
	}
	seen := map[string]bool{}
	for _, row := range rows[1:] {
		seen[row[0]] = true
	}
	if len(seen) != 2345 {
		t.Errorf("%d distinct", len(seen))
	}
	// On a terminal, a progress bar on stderr counts rows out of the total;
	// stdout still gets every row.
	h.TTY = true
	r = h.MustRun(0, "", "sync", "transactions", "list", "--user", res.IDUser, "--all", "--page-size", "500", "-o", "csv")
	h.TTY = false
	if !strings.Contains(r.Stderr, "/2345") || strings.Count(r.Stdout, "\n") != 2346 {
		t.Errorf("progress on stderr: %q", r.Stderr)
	}
	// jsonl and json across pages; a page size above the server's cap loses nothing.
	r = h.MustRun(0, "", "sync", "transactions", "list", "--user", res.IDUser, "--all", "--page-size", "5000", "-o", "jsonl")
	if n := strings.Count(r.Stdout, "\n"); n != 2345 {
		t.Errorf("jsonl lines %d", n)
	}
	got := decodeJSON[[]map[string]any](t, h.MustRun(0, "", "sync", "transactions", "list", "--user", res.IDUser, "--all", "--page-size", "700",
		"--order", "dt_transaction,desc", "--keywords", "spei", "-o", "json").Stdout)
	want := h.MustRun(0, "", "sync", "transactions", "count", "--user", res.IDUser, "--keywords", "spei").Stdout
	if fmt.Sprint(len(got)) != strings.TrimSpace(want) || len(got) < 2 || got[0]["dt_transaction"].(float64) < got[1]["dt_transaction"].(float64) {
		t.Errorf("json all: %d vs count %s", len(got), want)
	}
}
