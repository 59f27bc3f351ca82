package sync_test

import (
	"net"
	"strings"
	"testing"

	syncemu "github.com/mxpay/mxpay/internal/emulator/sync"
	"github.com/mxpay/mxpay/internal/prompt/prompttest"
)

var normalLogin = []string{"--site", syncemu.SiteNormal, "--set", "username=test", "--stdin"}

// createArgs is `credentials create` for user at the Normal site, with the
// password on stdin.
func createArgs(user string, extra ...string) []string {
	return append(append([]string{"sync", "credentials", "create", "--user", user}, normalLogin...), extra...)
}

// A reply that comes too late, or not from Sync, while Sync applies the
// request (later): the credential is found, never reported as missing, and
// the request is not sent twice.
func TestLostCreateReplyIsLookedUpUntilFound(t *testing.T) {
	for _, fault := range []string{
		"sync:POST:/v1/credentials:timeout-after-write:1",
		"sync:POST:/v1/credentials:late-apply=1s:1",
		"sync:POST:/v1/credentials:gateway=504+700ms:1",
		"sync:POST:/v1/credentials:garble:1",
	} {
		t.Run(fault, func(t *testing.T) {
			h := newHarness(t, syncemu.Timing{})
			user := newUser(t, h, "u")
			h.Env["MXPAY_EMULATOR_FAULTS"] = fault
			r := h.MustRun(0, "password=test\n", append([]string{"--timeout", "300ms"}, createArgs(user, "-o", "json")...)...)
			if !strings.Contains(r.Stderr, "The reply was lost, but credential") || !strings.Contains(r.Stdout, `"id_credential"`) {
				t.Errorf("stdout %s\nstderr %s", r.Stdout, r.Stderr)
			}
			delete(h.Env, "MXPAY_EMULATOR_FAULTS")
			if n := strings.Count(h.MustRun(0, "", "sync", "credentials", "list", "--user", user, "-o", "jsonl").Stdout, "\n"); n != 1 {
				t.Errorf("%d credentials", n)
			}
		})
	}
}

// A failure that leaves the outcome open and a lookup that finds nothing
// is exit 6 with the command to check, never "safe to run again".
func TestUnsettledCreateIsUnknownNotSafe(t *testing.T) {
	for _, fault := range []string{"sync:POST:/v1/credentials:status=503", "sync:POST:/v1/credentials:reset", "sync:POST:/v1/credentials:echo=403"} {
		t.Run(fault, func(t *testing.T) {
			h := newHarness(t, syncemu.Timing{})
			user := newUser(t, h, "u")
			h.Env["MXPAY_VERIFY_WINDOW"] = "500ms"
			h.Env["MXPAY_EMULATOR_FAULTS"] = fault
			r := h.MustRun(6, "password=test\n", createArgs(user)...)
			if !strings.Contains(r.Stderr, "outcome is unknown") || !strings.Contains(r.Stderr, "mxpay sync credentials list --user "+user) || strings.Contains(r.Stderr, "safe") {
				t.Errorf("stderr: %s", r.Stderr)
			}
		})
	}
}

func TestCreateNeverSentSaysSo(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // nothing listens there: the connection is refused
	delete(h.Env, "MXPAY_ENV")
	h.Env["MXPAY_SYNC_BASE_URL"] = "http://" + addr + "/v1"
	h.Env["MXPAY_SYNC_API_KEY"] = syncemu.DemoAPIKey
	h.Env["MXPAY_SYNC_USER"] = "5df859c4a7a6442757726ef4"
	r := h.MustRun(4, "", "sync", "users", "create", "--name", "x", "--external-id", "X1")
	if !strings.Contains(r.Stderr, "was not sent, nothing was done") {
		t.Errorf("stderr: %s", r.Stderr)
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
	h.MustRun(0, "password=test\n", createArgs(user)...)
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
	r := h.MustRun(2, "password=test\n", "sync", "credentials", "create", "--user", user, "--site", syncemu.SiteSATCIEC, "--set", "rfc=acm-bad", "--stdin")
	if !strings.Contains(r.Stderr, "RFC (rfc) does not have the format") || strings.Contains(r.Stderr, "acm-bad") {
		t.Errorf("stderr: %s", r.Stderr)
	}
	h.TTY = true
	h.Prompter = prompttest.NewMock(t)
	h.Prompter.ExpectSelect("Bank or institution", "SAT (1 site)") // its only site: not asked
	h.Prompter.ExpectInput("RFC", "ACM010101ABC")
	h.Prompter.ExpectPassword("CIEC", "test")
	r = h.MustRun(0, "", "sync", "credentials", "create", "--user", user)
	if !strings.Contains(r.Stdout, "Accounts found: 1") {
		t.Errorf("stdout:\n%s", r.Stdout)
	}
}

func TestLostUserCreateReplyIsFoundByExternalID(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	h.Env["MXPAY_EMULATOR_FAULTS"] = "sync:POST:/v1/users:late-apply=800ms:1"
	r := h.MustRun(0, "", "--timeout", "300ms", "sync", "users", "create", "--name", "Rey Misterio", "--external-id", "MIST030794", "-o", "json")
	if !strings.Contains(r.Stderr, "The reply was lost, but the user was created") || !strings.Contains(r.Stdout, `"id_external":"MIST030794"`) {
		t.Errorf("stdout %s\nstderr %s", r.Stdout, r.Stderr)
	}
	// Without an external id nothing identifies the user: unknown at once.
	h.Env["MXPAY_EMULATOR_FAULTS"] = "sync:POST:/v1/users:timeout-after-write:1"
	r = h.MustRun(6, "", "--timeout", "300ms", "sync", "users", "create", "--name", "El Santo")
	if !strings.Contains(r.Stderr, "could not be looked up") || !strings.Contains(r.Stderr, "mxpay sync users list") {
		t.Errorf("stderr %s", r.Stderr)
	}
	delete(h.Env, "MXPAY_EMULATOR_FAULTS")
	if n := strings.Count(h.MustRun(0, "", "sync", "users", "list", "-o", "jsonl").Stdout, "\n"); n != 2 {
		t.Errorf("%d users, want 2 (each sent once)", n)
	}
}
