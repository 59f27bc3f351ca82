package sync_test

import (
	"strings"
	"testing"

	syncemu "github.com/mxpay/mxpay/internal/emulator/sync"
	"github.com/mxpay/mxpay/internal/prompt/prompttest"
)

func TestLostCreateReplyIsVerifiedByListing(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	user := newUser(t, h, "u")
	h.Env["MXPAY_EMULATOR_FAULTS"] = "sync:POST:/v1/credentials:timeout-after-write:1"
	r := h.MustRun(0, "", "--timeout", "300ms", "sync", "credentials", "create", "--user", user, "--site", syncemu.SiteNormal, "--set", "username=test", "--set", "password=test")
	if !strings.Contains(r.Stderr, "The reply was lost, but credential") {
		t.Errorf("stderr: %s", r.Stderr)
	}
}

func TestProviderFailureOnCreateExits4(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	user := newUser(t, h, "u")
	h.Env["MXPAY_EMULATOR_FAULTS"] = "sync:POST:/v1/credentials:status=503"
	r := h.MustRun(4, "", "sync", "credentials", "create", "--user", user, "--site", syncemu.SiteNormal, "--set", "username=test", "--set", "password=test")
	if strings.Contains(r.Stderr, "password=") {
		t.Errorf("stderr shows a credential: %s", r.Stderr)
	}
	h.Env["MXPAY_EMULATOR_FAULTS"] = "sync:POST:/v1/credentials:reset"
	r = h.MustRun(4, "", "sync", "credentials", "create", "--user", user, "--site", syncemu.SiteNormal, "--set", "username=test", "--set", "password=test")
	if !strings.Contains(r.Stderr, "no credential was registered") {
		t.Errorf("after a reset the listing should show nothing was registered: %s", r.Stderr)
	}
}

func TestAuthLoginValidatesTheKey(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	r := h.Run("api_key=not-a-key\n", "auth", "login", "sync", "--with-token")
	if r.Code != 3 {
		t.Errorf("bad key: exit %d\n%s", r.Code, r.Stderr)
	}
	h.MustRun(0, "api_key="+syncemu.DemoAPIKey+"\n", "auth", "login", "sync", "--with-token")
}

func TestDeleteCredential(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	user := newUser(t, h, "u")
	h.MustRun(0, "", "sync", "credentials", "create", "--user", user, "--site", syncemu.SiteNormal, "--set", "username=test", "--set", "password=test")
	id := strings.TrimSpace(h.MustRun(0, "", "sync", "credentials", "list", "--user", user, "--jq", ".[0].id_credential").Stdout)
	h.MustRun(2, "", "sync", "credentials", "delete", id, "--user", user)
	h.MustRun(0, "", "sync", "credentials", "delete", id, "--user", user, "--yes")
	r := h.MustRun(1, "", "sync", "credentials", "delete", id, "--user", user, "--yes")
	if !strings.Contains(r.Stderr, "Credential not found") {
		t.Errorf("deleting twice (status false on 200): %s", r.Stderr)
	}
	if out := h.MustRun(0, "", "sync", "credentials", "list", "--user", user, "-o", "json").Stdout; strings.TrimSpace(out) != "[]" {
		t.Errorf("list after delete: %q", out)
	}
}

func TestSiteChosenOnATerminalAndFormatChecked(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	user := newUser(t, h, "u")
	r := h.MustRun(2, "", "sync", "credentials", "create", "--user", user, "--site", syncemu.SiteSATCIEC, "--set", "rfc=acm-bad", "--set", "password=test")
	if !strings.Contains(r.Stderr, "RFC (rfc) does not have the format") || strings.Contains(r.Stderr, "acm-bad") {
		t.Errorf("stderr: %s", r.Stderr)
	}
	h.TTY = true
	h.Prompter = prompttest.NewMock(t)
	h.Prompter.ExpectSelect("Site", "SAT CIEC ("+syncemu.SiteSATCIEC+")")
	h.Prompter.ExpectInput("RFC", "ACM010101ABC")
	h.Prompter.ExpectPassword("CIEC", "test")
	r = h.MustRun(0, "", "sync", "credentials", "create", "--user", user)
	if !strings.Contains(r.Stdout, "Accounts found: 1") {
		t.Errorf("stdout:\n%s", r.Stdout)
	}
}
