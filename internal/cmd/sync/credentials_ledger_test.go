package sync_test

import (
	"context"
	"os"
	"strings"
	"testing"

	syncemu "github.com/mxpay/mxpay/internal/emulator/sync"
	"github.com/mxpay/mxpay/internal/ledger"
)

// TestCredentialCreationIsRecorded: a credential creation is in the ledger
// with its user, site, credential and job, and no value of the form is in
// the ledger's files.
func TestCredentialCreationIsRecorded(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	user := newUser(t, h, "Ledger")
	const password = "S3cr3t-CIEC-pw"
	h.MustRun(5, "rfc=ACM010101ABC\npassword="+password+"\n", "sync", "credentials", "create", "--user", user, "--site", syncemu.SiteSATCIEC, "--stdin")
	h.MustRun(0, "rfc=ACM010101ABC\npassword=test\n", "sync", "credentials", "create", "--user", user, "--site", syncemu.SiteSATCIEC, "--stdin", "--no-wait")
	path := h.LedgerPath("emulator")
	l, err := ledger.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	var entries []ledger.Entry
	for e, err := range l.List(context.Background(), ledger.Filter{Provider: ledger.Sync, Order: ledger.ByID}) {
		if err != nil {
			t.Fatal(err)
		}
		entries = append(entries, e)
	}
	l.Close()
	if len(entries) != 2 || entries[1].Status != "created" || entries[1].ProviderID == "" || entries[1].Ref(ledger.RefJobID) == "" ||
		entries[1].Ref(ledger.RefSyncUser) != user || entries[1].Ref(ledger.RefSyncSite) != syncemu.SiteSATCIEC {
		t.Fatalf("entries: %+v", entries)
	}
	var files string
	for _, suffix := range []string{"", "-wal", "-shm"} {
		b, _ := os.ReadFile(path + suffix)
		files += string(b)
	}
	if strings.Contains(files, password) {
		t.Error("the ledger holds the password")
	}
}
