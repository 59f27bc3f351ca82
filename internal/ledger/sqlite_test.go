package ledger

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mxpay/mxpay/internal/httpx"
	"github.com/mxpay/mxpay/internal/settle"
)

func freshSQLite(t testing.TB) string {
	return filepath.Join(t.TempDir(), "data", "mxpay", "ledger.db")
}

func TestSQLite(t *testing.T) { runSuite(t, freshSQLite) }

func TestSQLiteTwoProcessesRace(t *testing.T) { testProcessesRace(t, freshSQLite(t)) }

func TestSQLiteCrashLeavesInFlight(t *testing.T) { testCrashLeavesInFlight(t, freshSQLite(t)) }

func TestSQLiteSettings(t *testing.T) {
	path := freshSQLite(t)
	l := open(t, path)
	s := l.(*store)
	var mode string
	var sync int
	if err := s.w.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v; want wal", mode, err)
	}
	if err := s.w.QueryRow(`PRAGMA synchronous`).Scan(&sync); err != nil || sync != 2 {
		t.Errorf("synchronous = %d, %v; want 2 (FULL)", sync, err)
	}
	for _, p := range []string{path, filepath.Dir(path)} {
		info, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		want := os.FileMode(0o600)
		if info.IsDir() {
			want = 0o700 | os.ModeDir
		}
		if info.Mode() != want {
			t.Errorf("%s has mode %v, want %v", p, info.Mode(), want)
		}
	}
	if l.Location() != path {
		t.Errorf("Location = %q, want %q", l.Location(), path)
	}
}

func TestOpenRefusesOtherURLs(t *testing.T) {
	for _, dsn := range []string{"", "mysql://u:hunter2@h/db"} {
		if l, err := Open(context.Background(), dsn); err == nil {
			l.Close()
			t.Errorf("Open(%q) succeeded", dsn)
		} else if strings.Contains(err.Error(), "hunter2") {
			t.Errorf("the error shows the password: %v", err)
		}
	}
}

// TestSQLiteNoSecretsInFiles passes a run's secrets through every text field
// with the run's redactor as the hook, then reads the database file and its
// WAL byte by byte: none of them is there.
func TestSQLiteNoSecretsInFiles(t *testing.T) {
	const (
		card   = "4111111111111111"
		card2  = "5555 5555 5555 4444"
		cvv    = "987"
		apiKey = "fk_live_PLANTED_c0ffee42"
	)
	redactor := httpx.NewRedactor([]string{apiKey})
	path := freshSQLite(t)
	l := open(t, path, WithRedact(redactor.Text))
	ctx := context.Background()
	e, err := l.Begin(ctx, Intent{Provider: PagoFacil, Operation: Transaccion, Environment: "sandbox", OrderID: "ord-secret",
		Amount: amount(t, "10.00"), Currency: "MXN",
		Message: "charging " + card + " cvv=" + cvv + " with api_key=" + apiKey})
	if err != nil {
		t.Fatal(err)
	}
	raw := `{"data":{"numeroTarjeta":"` + card + `","cvt":"` + cvv + `","mesExpiracion":"12"},"key":"` + apiKey + `","card":"` + card2 + `"}`
	if _, err := l.Finish(ctx, e.ID, Outcome{Status: settle.Created, Message: "approved for " + card, Raw: raw,
		Refs: []Ref{{RefMaskedCard, "(16) **** **** ****1111"}, {RefAuthorization, apiKey}}}); err != nil {
		t.Fatal(err)
	}
	planted := []string{card, strings.ReplaceAll(card2, " ", ""), card2, apiKey, `"cvt":"` + cvv + `"`, "cvv=" + cvv}
	check := func(when string) {
		for _, suffix := range []string{"", "-wal", "-shm"} {
			data, err := os.ReadFile(path + suffix)
			if os.IsNotExist(err) {
				continue
			}
			if err != nil {
				t.Fatal(err)
			}
			for _, secret := range planted {
				if bytes.Contains(data, []byte(secret)) {
					t.Errorf("%s: %s%s contains %q", when, filepath.Base(path), suffix, secret)
				}
			}
		}
	}
	check("while open")
	l.Close()
	check("after close")
	// The masked card stays as the provider shows it.
	l2 := open(t, path)
	got, err := l2.Get(ctx, e.ID)
	if err != nil || got.Ref(RefMaskedCard) != "(16) **** **** ****1111" {
		t.Errorf("masked card = %q, %v", got.Ref(RefMaskedCard), err)
	}
}

// Processes that open a new ledger at once all migrate it; none fails with
// "database is locked".
func TestProcessesOpeningANewLedgerAtOnceAllSucceed(t *testing.T) {
	for round := range 5 {
		dsn := filepath.Join(t.TempDir(), "ledger.db") // not there yet
		children := make([]*child, 4)
		for i := range children {
			children[i] = startChild(t, "race", dsn)
		}
		for _, c := range children {
			if got := c.line(t); got != "ready" {
				t.Fatalf("round %d: a child said %q, want ready", round, got)
			}
			c.stdin.Close()
		}
		for _, c := range children {
			c.cmd.Wait() //nolint:errcheck // its output is what matters
		}
	}
}
