package facti_test

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the PostgreSQL ledger's driver, for the test's own schema
	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/ledger"
)

// serveFacti runs `mxpay emulator serve` (a child process) with faults and
// returns the environment of an mxpay that uses it as Facti's sandbox
// (with extra settings), and Facti's base URL.
func serveFacti(t *testing.T, faults string, extra ...string) ([]string, string) {
	t.Helper()
	dir := t.TempDir()
	home := []string{"HOME=" + dir, "XDG_DATA_HOME=" + dir, "XDG_CACHE_HOME=" + dir, "MXPAY_CONFIG=" + filepath.Join(dir, "config.yaml")}
	serve := cmdtest.StartChild(t, append(home, "MXPAY_EMULATOR_DB="+filepath.Join(dir, "emulator.db"), "MXPAY_EMULATOR_FAULTS="+faults),
		"", "emulator", "serve", "--addr", "127.0.0.1:0")
	base := ""
	for l := range serve.Lines() {
		if f := strings.Fields(l.Text); len(f) == 2 && f[0] == "facti" {
			base = f[1]
			break
		}
	}
	if base == "" {
		t.Fatalf("emulator serve printed no Facti URL:\n%s", serve.Stderr.String())
	}
	demo := cmdutil.DemoCredentials("facti")
	env := append(home, "MXPAY_ENV=sandbox", "MXPAY_FACTI_BASE_URL="+base,
		"MXPAY_FACTI_CLIENT_ID="+demo["client_id"], "MXPAY_FACTI_API_KEY="+demo["api_key"],
		"MXPAY_FACTI_COMPANY_ID="+cmdutil.DemoSetting("facti.company_id"), "MXPAY_FACTI_FROM_RFC="+cmdutil.DemoSetting("facti.from_rfc"),
		"MXPAY_VERIFY_WINDOW=2s")
	return append(env, extra...), base
}

// TestSIGKILLBetweenSendingAndReplyIsResolvedNotResent: a request whose
// process is killed after it was sent (and applied) and before the reply
// leaves an in-flight entry; the next run of the same command looks it up,
// finds it, records it found, and sends nothing.
func TestSIGKILLBetweenSendingAndReplyIsResolvedNotResent(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	ledgerPath := filepath.Join(t.TempDir(), "ledger.db")
	// The emulator applies the first request and never answers it: the
	// child waits for the reply until it is killed.
	env, base := serveFacti(t, "facti:POST:/v1/payments/new_request:timeout-after-write:1", "MXPAY_TIMEOUT=60s", "MXPAY_LEDGER="+ledgerPath)
	c := cmdtest.StartChild(t, env, "", newArgs...)
	entries := func() []ledger.Entry { return readLedger(t, ledgerPath) }
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
		if _, err := os.Stat(ledgerPath); err == nil && len(readBack(t, base, cmdutil.DemoCredentials("facti"))) == 1 {
			break
		}
	}
	if es := entries(); len(es) != 1 || es[0].Status != "in_flight" {
		t.Fatalf("before the kill: %+v\n%s", es, c.Stderr.String())
	}
	c.Kill()
	if es := entries(); len(es) != 1 || es[0].Status != "in_flight" {
		t.Fatalf("after the kill: %+v", es)
	}
	next := cmdtest.StartChild(t, env, "", newArgs...)
	if code := next.Wait(); code != 0 {
		t.Fatalf("the next run exited %d:\n%s", code, next.Stderr.String())
	}
	contains(t, "the next run", next.Stderr.String(), "Ledger entry 1: an earlier run sent", "Found: an earlier run created it, as payment 1")
	if es := entries(); len(es) != 1 || es[0].Status != "found" || es[0].ProviderID != "1" {
		t.Errorf("ledger after the next run: %+v", es)
	}
	if ps := readBack(t, base, cmdutil.DemoCredentials("facti")); len(ps) != 1 {
		t.Errorf("%d payments, want 1: the request was sent twice", len(ps))
	}
	if again := cmdtest.StartChild(t, env, "", newArgs...); again.Wait() != 2 {
		t.Errorf("once settled, the same request exited %d, want 2 (refused):\n%s", again.Code, again.Stderr.String())
	}
}

// postgresLedger is a fresh schema on the PostgreSQL server of
// MXPAY_TEST_POSTGRES_URL (scripts/with-postgres.sh sets it), as a ledger
// URL; the test is skipped without one.
func postgresLedger(t *testing.T) string {
	t.Helper()
	base := os.Getenv("MXPAY_TEST_POSTGRES_URL")
	if base == "" {
		t.Skip("PostgreSQL ledger tests skipped: set MXPAY_TEST_POSTGRES_URL, e.g. by running under scripts/with-postgres.sh (scripts/with-postgres.sh go test ./internal/cmd/facti -run Postgres)")
	}
	db, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	b := make([]byte, 6)
	rand.Read(b)
	schema := "facti_test_" + hex.EncodeToString(b)
	if _, err := db.Exec(`CREATE SCHEMA ` + schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if db, err := sql.Open("pgx", base); err == nil {
			db.Exec(`DROP SCHEMA ` + schema + ` CASCADE`) //nolint:errcheck // best effort
			db.Close()
		}
	})
	u, _ := url.Parse(base)
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// TestPostgresTwoProcessesCreateEachFolioOnce: two mxpay processes, as two
// machines sharing a PostgreSQL ledger, send the same requests at the same
// time against one Facti (`emulator serve`): each folio is created exactly
// once, single requests and bulk rows alike.
func TestPostgresTwoProcessesCreateEachFolioOnce(t *testing.T) {
	ledgerURL := postgresLedger(t)
	dir := t.TempDir()
	env, base := serveFacti(t, "facti:POST:/v1/payments/new_request:latency=30ms", "MXPAY_LEDGER="+ledgerURL)
	demo := cmdutil.DemoCredentials("facti")

	// The same single request from two processes, five folios in turn.
	for i := range 5 {
		args := []string{"facti", "payments", "new", "--folio", fmt.Sprint(9000 + i), "--to-name", "X", "--to-email", "x@y.mx", "--amount", "10", "--no-email"}
		a, b := cmdtest.StartChild(t, env, "", args...), cmdtest.StartChild(t, env, "", args...)
		codes := []int{a.Wait(), b.Wait()}
		if (codes[0] == 0) == (codes[1] == 0) {
			t.Errorf("folio %d: exits %v, want one 0 and one refusal:\n%s\n%s", 9000+i, codes, a.Stderr.String(), b.Stderr.String())
		}
	}
	// The same CSV from two processes.
	csvPath := writeCSV(t, dir, 40)
	bulk := []string{"facti", "payments", "new", "--from-csv", csvPath, "--concurrency", "8", "--no-email", "-o", "csv"}
	a, b := cmdtest.StartChild(t, env, "", bulk...), cmdtest.StartChild(t, env, "", bulk...)
	a.Wait()
	b.Wait()
	created := 0
	for _, c := range []*cmdtest.Child{a, b} {
		for _, l := range c.Output() {
			if hasStatus(l, "created") {
				created++
			}
		}
	}
	if created != 40 {
		t.Errorf("the two runs created %d rows between them, want 40:\n%s\n%s", created, a.Stderr.String(), b.Stderr.String())
	}
	if c := cmdtest.StartChild(t, env, "", bulk...); c.Wait() != 0 {
		t.Errorf("a third run exited %d:\n%s", c.Code, c.Stderr.String())
	}

	counts := map[string]int{}
	for _, p := range readBack(t, base, demo) {
		counts[string(p.Folio)]++
	}
	if len(counts) != 45 {
		t.Errorf("%d folios exist, want 45", len(counts))
	}
	for folio, n := range counts {
		if n != 1 {
			t.Errorf("folio %s exists %d times", folio, n)
		}
	}
}
