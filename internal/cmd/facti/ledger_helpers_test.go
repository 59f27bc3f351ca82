package facti_test

import (
	"context"
	"os"
	"testing"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
	"github.com/mxpay/mxpay/internal/ledger"
)

// ledgerEntries reads every entry of the ledger runs of env use.
func ledgerEntries(t *testing.T, h *cmdtest.Harness, env string) []ledger.Entry {
	t.Helper()
	return readLedger(t, h.LedgerPath(env))
}

// readLedger reads every entry of the ledger at path, oldest first.
func readLedger(t *testing.T, path string) []ledger.Entry {
	t.Helper()
	l, err := ledger.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	var out []ledger.Entry
	for e, err := range l.List(context.Background(), ledger.Filter{Order: ledger.ByID}) {
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, e)
	}
	return out
}

// ledgerStatuses counts the ledger's entries of env by status.
func ledgerStatuses(t *testing.T, h *cmdtest.Harness, env string) map[string]int {
	t.Helper()
	counts := map[string]int{}
	for _, e := range ledgerEntries(t, h, env) {
		counts[string(e.Status)]++
	}
	return counts
}

// ledgerFiles is the bytes of the ledger's database files (with its WAL),
// for tests that grep them for secrets.
func ledgerFiles(t *testing.T, h *cmdtest.Harness, env string) string {
	t.Helper()
	var all []byte
	for _, suffix := range []string{"", "-wal", "-shm"} {
		data, err := os.ReadFile(h.LedgerPath(env) + suffix)
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		all = append(all, data...)
	}
	return string(all)
}

func writeFile(path, data string) error { return os.WriteFile(path, []byte(data), 0o600) }
