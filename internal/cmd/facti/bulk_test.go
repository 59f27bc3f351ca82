package facti_test

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
)

// TestMain lets the crash tests run mxpay as a child process (this test
// binary, re-executed) that they can SIGKILL.
func TestMain(m *testing.M) {
	cmdtest.RunChildIfAsked()
	os.Exit(m.Run())
}

func writeCSV(t *testing.T, dir string, rows int, extra ...string) string {
	var b strings.Builder
	b.WriteString("folio,serie,to_client_name,to-email,total_amount,due\n")
	for i := 1; i <= rows; i++ {
		fmt.Fprintf(&b, "%d,B,Cliente %d,c%d@cliente.mx,%d.50,2030-01-31\n", i, i, i, 100+i)
	}
	for _, e := range extra {
		b.WriteString(e + "\n")
	}
	path := filepath.Join(dir, "rows.csv")
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// folios lists every payment and fails on a duplicate folio.
func folios(t *testing.T, h *cmdtest.Harness) int {
	t.Helper()
	r := h.MustRun(0, "", "facti", "payments", "list", "--all", "-o", "csv", "--fields", "folio")
	seen := map[string]bool{}
	for _, f := range strings.Split(strings.TrimSpace(r.Stdout), "\n")[1:] {
		if seen[f] {
			t.Errorf("folio %s created twice", f)
		}
		seen[f] = true
	}
	return len(seen)
}

func TestBulkCreatesStreamsAndResumes(t *testing.T) {
	h := emulator(t)
	csvPath := writeCSV(t, h.Dir, 20)
	r := h.MustRun(0, "", "facti", "payments", "new", "--from-csv", csvPath, "--concurrency", "4", "-o", "csv")
	lines := strings.Split(strings.TrimSpace(r.Stdout), "\n")
	if len(lines) != 21 || lines[0] != "line,serie,folio,request_id,total_amount,status,error" || strings.Count(r.Stdout, ",created,") != 20 {
		t.Errorf("csv:\n%s", r.Stdout)
	}
	contains(t, "summary", r.Stderr, "20 created")
	r = h.MustRun(0, "", "facti", "payments", "new", "--from-csv", csvPath, "-o", "jsonl")
	if strings.Count(r.Stdout, `"status":"already-created"`) != 20 {
		t.Errorf("re-run:\n%s", r.Stdout)
	}
	if n := folios(t, h); n != 20 {
		t.Errorf("%d payments, want 20", n)
	}
}

func TestBulkValidatesEveryRowFirst(t *testing.T) {
	h := emulator(t)
	csvPath := writeCSV(t, h.Dir, 3, "4,B,X,not-an-email,10,2030-01-31", "5,B,X,a@b.mx,10,2030-13-01", "1,B,X,a@b.mx,10,")
	r := h.MustRun(2, "", "facti", "payments", "new", "--from-csv", csvPath)
	contains(t, "bad rows", r.Stderr, "3 invalid row(s)", "line 5:", "not-an-email", "line 6:", "2030-13-01", "line 7:", "repeats line 2")
	if n := countPayments(t, h); n != 0 {
		t.Errorf("sent %d", n)
	}
	os.WriteFile(csvPath, []byte("folio,colour\n1,red\n"), 0o600)
	r = h.MustRun(2, "", "facti", "payments", "new", "--from-csv", csvPath)
	contains(t, "unknown column", r.Stderr, `unknown column "colour"`)
}

func TestBulkLostRepliesAreFoundNotResent(t *testing.T) {
	h := emulator(t)
	h.Env["MXPAY_EMULATOR_FAULTS"] = "facti:POST:/v1/payments/new_request:timeout-after-write:3"
	csvPath := writeCSV(t, h.Dir, 10)
	r := h.MustRun(0, "", "facti", "payments", "new", "--from-csv", csvPath, "--concurrency", "3", "-o", "jsonl")
	if strings.Count(r.Stdout, `"status":"created"`) != 7 || strings.Count(r.Stdout, `"status":"found"`) != 3 {
		t.Errorf("want 7 created and 3 found:\n%s\n%s", r.Stdout, r.Stderr)
	}
	delete(h.Env, "MXPAY_EMULATOR_FAULTS")
	if n := folios(t, h); n != 10 {
		t.Errorf("%d payments, want 10", n)
	}
}

func TestBulkCrashAndResumeNeverDuplicates(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	h := emulator(t)
	const rows = 500
	csvPath := writeCSV(t, h.Dir, rows)
	env := []string{
		"MXPAY_ENV=emulator",
		"MXPAY_CONFIG=" + h.Env["MXPAY_CONFIG"],
		"MXPAY_EMULATOR_DB=" + h.Env["MXPAY_EMULATOR_DB"],
		"HOME=" + h.Dir,
		// Rows a killed run left as sending are looked up for a verify
		// window after they were sent before being sent again.
		"MXPAY_VERIFY_WINDOW=300ms",
		"MXPAY_EMULATOR_FAULTS=facti:POST:/v1/payments/new_request:latency=20ms",
	}
	args := []string{"facti", "payments", "new", "--from-csv", csvPath, "--concurrency", "8", "-o", "csv"}
	kills := 0
	for range 3 {
		// Kill once this run has created 20 to 80 rows: always mid-run.
		created, target := 0, 20+rand.IntN(60)
		c := cmdtest.StartChild(t, env, "", args...)
		if c.KillWhen(func(l cmdtest.TimedLine) bool {
			if hasStatus(l, "created") {
				created++
			}
			return created == target
		}) {
			kills++
			t.Logf("killed after %d rows created; ledger statuses %v", target, ledgerStatuses(t, h, "emulator"))
		} else if c.Code != 0 {
			t.Fatalf("run exited %d:\n%s", c.Code, c.Stderr.String())
		}
	}
	if c := cmdtest.StartChild(t, env, "", args...); c.Wait() != 0 {
		t.Fatalf("final run exited %d:\n%s", c.Code, c.Stderr.String())
	}
	if kills < 3 {
		t.Errorf("only %d runs were killed mid-way", kills)
	}
	if n := folios(t, h); n != rows {
		t.Errorf("emulator holds %d payment requests, want exactly %d", n, rows)
	}
	if n := countPayments(t, h); n != rows {
		t.Errorf("emulator holds %d payments, want %d", n, rows)
	}
}

// TestBulkImportsAnOldJournal: a FILE.journal an earlier release left keeps
// its guarantee: a row it saw created is skipped, a row it left sending is
// looked up (and found) before anything is sent, the others are sent.
func TestBulkImportsAnOldJournal(t *testing.T) {
	h := emulator(t)
	h.Env["MXPAY_VERIFY_WINDOW"] = "1s"
	csvPath := writeCSV(t, h.Dir, 3)
	// What the earlier release sent: rows 1 and 2 (its own ledgerless run).
	h.Env["MXPAY_LEDGER"] = filepath.Join(h.Dir, "elsewhere.db")
	for _, folio := range []string{"1", "2"} {
		h.MustRun(0, "", "facti", "payments", "new", "--serie", "B", "--folio", folio, "--to-name", "Cliente "+folio, "--to-email", "c"+folio+"@cliente.mx",
			"--amount", "10"+folio+".50", "--due", "2030-01-31", "--allow-duplicate-folio")
	}
	delete(h.Env, "MXPAY_LEDGER")
	journal := `{"key":"B/1","line":2,"state":"created","request_id":"1","total_amount":"101.50"}` + "\n" +
		`{"key":"B/2","line":3,"state":"sending","sent_by":"2020-01-01T00:00:00Z","since_id":2}` + "\n" + `{"key":"B/3","li`
	os.WriteFile(csvPath+".journal", []byte(journal), 0o600)
	r := h.MustRun(0, "", "facti", "payments", "new", "--from-csv", csvPath, "-o", "csv", "--fields", "folio,request_id,status")
	for _, want := range []string{"1,1,already-created\n", "2,2,found\n", "3,3,created\n"} {
		if !strings.Contains(r.Stdout, want) {
			t.Errorf("output lacks %q:\n%s\n%s", want, r.Stdout, r.Stderr)
		}
	}
	contains(t, "import", r.Stderr, "Imported 2 row(s) of the journal")
	if n := folios(t, h); n != 3 {
		t.Errorf("%d payments, want 3", n)
	}
	// Imported once: a second run says nothing of the journal.
	if r := h.MustRun(0, "", "facti", "payments", "new", "--from-csv", csvPath, "-o", "csv"); strings.Contains(r.Stderr, "Imported") {
		t.Errorf("imported again:\n%s", r.Stderr)
	}
}
