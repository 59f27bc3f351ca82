package ledger

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"testing"
)

const postgresURLEnv = "MXPAY_TEST_POSTGRES_URL"

// freshPostgres gives each test its own schema on the server named by
// MXPAY_TEST_POSTGRES_URL, dropped afterwards.
func freshPostgres(t testing.TB) string {
	t.Helper()
	base := postgresURL(t)
	db, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	b := make([]byte, 6)
	rand.Read(b)
	schema := "ledger_test_" + hex.EncodeToString(b)
	if _, err := db.Exec(`CREATE SCHEMA ` + schema); err != nil {
		t.Fatalf("creating a schema on %s: %v", redactURL(base), err)
	}
	t.Cleanup(func() {
		db, err := sql.Open("pgx", base)
		if err != nil {
			return
		}
		defer db.Close()
		db.Exec(`DROP SCHEMA ` + schema + ` CASCADE`) //nolint:errcheck // best effort
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// postgresURL is the server to test against, or skips the test.
func postgresURL(t testing.TB) string {
	t.Helper()
	base := os.Getenv(postgresURLEnv)
	if base == "" {
		t.Skip("PostgreSQL ledger tests skipped: set " + postgresURLEnv +
			", e.g. by running the tests under scripts/with-postgres.sh (scripts/with-postgres.sh go test ./internal/ledger/ -run Postgres)")
	}
	return base
}

func TestPostgres(t *testing.T) {
	postgresURL(t)
	runSuite(t, freshPostgres)
}

// TestPostgresTwoProcessesRace: processes sharing the PostgreSQL ledger (as
// two machines would) create each folio exactly once.
func TestPostgresTwoProcessesRace(t *testing.T) { testProcessesRace(t, freshPostgres(t)) }

func TestPostgresCrashLeavesInFlight(t *testing.T) { testCrashLeavesInFlight(t, freshPostgres(t)) }

func TestPostgresLocationHidesPassword(t *testing.T) {
	dsn := freshPostgres(t)
	u, _ := url.Parse(dsn)
	u.User = url.UserPassword(u.User.Username(), "s3cret-pw")
	l, err := Open(context.Background(), u.String())
	if err != nil {
		// A trust-authenticated server ignores the password; any other
		// refuses it, which is just as good for this test.
		if strings.Contains(err.Error(), "s3cret-pw") {
			t.Fatalf("the error shows the password: %v", err)
		}
		return
	}
	defer l.Close()
	if strings.Contains(l.Location(), "s3cret-pw") {
		t.Errorf("Location shows the password: %s", l.Location())
	}
}

func TestRedactURL(t *testing.T) {
	for in, want := range map[string]string{
		"postgres://u:pw@h:5432/db?sslmode=disable": "postgres://u:xxxxx@h:5432/db?sslmode=disable",
		"postgres://h/db?password=pw&user=u":        "postgres://h/db?password=xxxxx&user=u",
		"postgres://u@h/db":                         "postgres://u@h/db",
	} {
		if got := redactURL(in); got != want {
			t.Errorf("redactURL(%q) = %q, want %q", in, got, want)
		}
	}
}
