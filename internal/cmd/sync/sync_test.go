package sync_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
	"github.com/mxpay/mxpay/internal/emulator/state"
	syncemu "github.com/mxpay/mxpay/internal/emulator/sync"
	"github.com/mxpay/mxpay/internal/prompt/prompttest"
)

// newHarness runs against the in-process emulator with jobs fast enough
// for tests.
func newHarness(t *testing.T, timing syncemu.Timing) *cmdtest.Harness {
	t.Helper()
	h := cmdtest.New(t)
	h.Env["MXPAY_ENV"] = "emulator"
	// Lost replies are looked up for 3 s, not a minute: long enough for
	// the late-applied faults of these tests, short when nothing comes.
	h.Env["MXPAY_VERIFY_WINDOW"] = "3s"
	if timing.Step == 0 {
		timing.Step = 20 * time.Millisecond
	}
	st, err := state.Open(h.Env["MXPAY_EMULATOR_DB"])
	if err != nil {
		t.Fatal(err)
	}
	if err := syncemu.Configure(st, timing); err != nil {
		t.Fatal(err)
	}
	st.Close()
	return h
}

// newUser creates a user and returns its id.
func newUser(t *testing.T, h *cmdtest.Harness, name string) string {
	t.Helper()
	r := h.MustRun(0, "", "sync", "users", "create", "--name", name, "-o", "json")
	var u struct {
		IDUser string `json:"id_user"`
	}
	if err := json.Unmarshal([]byte(r.Stdout), &u); err != nil || len(u.IDUser) != 24 {
		t.Fatalf("users create printed %q", r.Stdout)
	}
	return u.IDUser
}

func TestUsersCRUD(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	r := h.MustRun(0, "", "sync", "users", "create", "--name", "Rey Misterio", "--external-id", "MIST030794", "-o", "json")
	var u map[string]any
	json.Unmarshal([]byte(r.Stdout), &u)
	id, _ := u["id_user"].(string)
	if u["name"] != "Rey Misterio" || u["id_external"] != "MIST030794" || u["dt_modify"] != nil || u["dt_create"] == nil {
		t.Fatalf("created %s", r.Stdout)
	}
	newUser(t, h, "El Santo")

	r = h.MustRun(0, "", "sync", "users", "list")
	if !strings.Contains(r.Stdout, "Rey Misterio") || !strings.Contains(r.Stdout, "\tEl Santo\t") || !strings.Contains(r.Stdout, "\tMIST030794\t") {
		t.Errorf("list:\n%s", r.Stdout)
	}
	r = h.MustRun(0, "", "sync", "users", "list", "--external-id", "MIST030794", "--jq", ".[].id_user")
	if strings.TrimSpace(r.Stdout) != id {
		t.Errorf("filtered list: %q", r.Stdout)
	}
	r = h.MustRun(0, "", "sync", "users", "list", "--all", "-o", "jsonl")
	if strings.Count(r.Stdout, "\n") != 2 {
		t.Errorf("--all: %q", r.Stdout)
	}
	h.MustRun(2, "", "sync", "users", "list", "--all", "--limit", "1")

	r = h.MustRun(0, "", "sync", "users", "update", id, "--name", "Rey Misterio Jr.")
	if !strings.Contains(r.Stdout, "Rey Misterio Jr.") || !strings.Contains(r.Stdout, "dt_modify\t") {
		t.Errorf("update:\n%s", r.Stdout)
	}
	h.MustRun(2, "", "sync", "users", "update", id)

	r = h.MustRun(2, "", "sync", "users", "delete", id)
	if !strings.Contains(r.Stderr, "ALL of their data") || !strings.Contains(r.Stderr, "--yes") {
		t.Errorf("delete without --yes: %s", r.Stderr)
	}
	h.TTY = true
	h.Prompter = prompttest.NewMock(t)
	h.Prompter.ExpectConfirm("ALL of their data", true)
	h.MustRun(0, "", "sync", "users", "delete", id)
	h.TTY = false
	r = h.MustRun(1, "", "sync", "users", "delete", id, "--yes")
	if !strings.Contains(r.Stderr, "User not found") {
		t.Errorf("deleting twice: %s", r.Stderr)
	}
}

func TestSitesListFilters(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	user := newUser(t, h, "u")
	r := h.MustRun(0, "", "sync", "sites", "list", "--user", user, "--name", "TOKEN", "--fields", "id_site,name,credentials", "-o", "csv")
	want := "id_site,name,credentials\n" +
		"56cf5728784806f72b8b4569,Token,\"username, password\"\n" +
		"572ba390784806060f8b458b,Token & captcha,\"username, password\"\n"
	if r.Stdout != want {
		t.Errorf("csv:\n%s\nwant:\n%s", r.Stdout, want)
	}
	r = h.MustRun(0, "", "sync", "sites", "list", "--user", user, "--type", "business", "--organization", "5b285524056f2911c13dbcff", "--jq", ".[].name")
	if strings.TrimSpace(r.Stdout) != "Banco Demo Empresas" {
		t.Errorf("business sites: %q", r.Stdout)
	}
	h.MustRun(2, "", "sync", "sites", "list", "--user", user, "--type", "government")
}

func TestUserIsRequiredOrChosen(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	user := newUser(t, h, "Blue Demon")
	r := h.MustRun(2, "", "sync", "sites", "list")
	if !strings.Contains(r.Stderr, "--user") {
		t.Errorf("stderr %q does not name --user", r.Stderr)
	}
	h.Env["MXPAY_SYNC_USER"] = user
	h.MustRun(0, "", "sync", "credentials", "list")
	delete(h.Env, "MXPAY_SYNC_USER")

	h.TTY = true
	h.Prompter = prompttest.NewMock(t)
	h.Prompter.ExpectSelect("Sync user", "Blue Demon ("+user+")")
	r = h.MustRun(0, "", "sync", "sites", "list", "--name", "normal")
	if !strings.Contains(r.Stdout, "Normal") {
		t.Errorf("sites after choosing a user:\n%s", r.Stdout)
	}
}

func TestCreateNormalCredential(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	user := newUser(t, h, "u")
	r := h.MustRun(0, "", "sync", "credentials", "create", "--user", user, "--site", "56cf5728784806f72b8b4568", "--set", "username=test", "--set", "password=test")
	for _, want := range []string{"id_credential\t", "site\tNormal\n", "code\t200\n", "accounts\t2\n"} {
		if !strings.Contains(r.Stdout, want) {
			t.Errorf("summary lacks %q:\n%s", want, r.Stdout)
		}
	}
	r = h.MustRun(0, "", "sync", "credentials", "list", "--user", user)
	if !strings.Contains(r.Stdout, "Normal") || !strings.Contains(r.Stdout, "t**t") || !strings.Contains(r.Stdout, "200") {
		t.Errorf("credentials list:\n%s", r.Stdout)
	}
}

func TestCreateTokenSiteAnswersTwofaAtThePrompt(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	user := newUser(t, h, "u")
	h.TTY = true
	h.Prompter = prompttest.NewMock(t)
	h.Prompter.ExpectInput("Username", "test")
	h.Prompter.ExpectPassword("Password", "test")
	h.Prompter.ExpectInput("Enter any number sequence as a token", "123456")
	r := h.MustRun(0, "", "sync", "credentials", "create", "--user", user, "--site", "56cf5728784806f72b8b4569")
	if !strings.Contains(r.Stdout, "Code:           200") || !strings.Contains(r.Stderr, "asks for a two-factor code") {
		t.Errorf("stdout:\n%s\nstderr:\n%s", r.Stdout, r.Stderr)
	}
}

func TestCtrlCAtTheTwofaPromptSaysHowToResume(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	user := newUser(t, h, "u")
	h.TTY = true
	h.Prompter = prompttest.NewMock(t)
	h.Prompter.ExpectInterrupt("Enter any number sequence as a token")
	r := h.MustRun(130, "", "sync", "credentials", "create", "--user", user, "--site", "56cf5728784806f72b8b4569", "--set", "username=test", "--set", "password=test")
	if !regexp.MustCompile("answer it with `mxpay sync twofa [0-9a-f]+`").MatchString(r.Stderr) {
		t.Errorf("no way to resume on stderr:\n%s", r.Stderr)
	}
}

func TestWrongPasswordIsDeclined(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	user := newUser(t, h, "u")
	r := h.MustRun(5, "", "sync", "credentials", "create", "--user", user, "--site", "56cf5728784806f72b8b4568", "--set", "username=test", "--set", "password=wrong")
	if !strings.Contains(r.Stderr, "code 401: the site rejected the username or password") {
		t.Errorf("stderr: %s", r.Stderr)
	}
}

func TestMissingFieldsWithoutTerminal(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	user := newUser(t, h, "u")
	r := h.MustRun(2, "", "sync", "credentials", "create", "--user", user, "--site", "5da784f1f9de2a06483abec1")
	if !strings.Contains(r.Stderr, "missing credential fields for SAT CIEC: rfc, password") {
		t.Errorf("stderr: %s", r.Stderr)
	}
	r = h.MustRun(2, "", "sync", "credentials", "create", "--user", user, "--site", "5da784f1f9de2a06483abec1", "--set", "pin=1")
	if !strings.Contains(r.Stderr, `unknown field "pin"`) {
		t.Errorf("stderr: %s", r.Stderr)
	}
	h.MustRun(2, "", "sync", "credentials", "create", "--user", user)
	h.MustRun(2, "", "sync", "credentials", "create", "--user", user, "--site", "000000000000000000000000")
}

// jobOf runs create --no-wait and returns the job id.
func jobOf(t *testing.T, h *cmdtest.Harness, user, site string) string {
	t.Helper()
	r := h.MustRun(0, "", "sync", "credentials", "create", "--user", user, "--site", site, "--set", "username=test", "--set", "password=test", "--no-wait", "-o", "json")
	var nc map[string]any
	json.Unmarshal([]byte(r.Stdout), &nc)
	job, _ := nc["id_job"].(string)
	if job == "" || nc["id_credential"] == nil {
		t.Fatalf("--no-wait printed %q", r.Stdout)
	}
	return job
}

func TestNoWaitThenTwofaFromStdin(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	user := newUser(t, h, "u")
	job := jobOf(t, h, user, "56cf5728784806f72b8b4569")

	r := h.MustRun(0, "123456\n", "sync", "twofa", job, "--user", user, "--stdin", "-o", "json")
	if !strings.Contains(r.Stdout, `"code":200`) {
		t.Errorf("twofa:\n%s\n%s", r.Stdout, r.Stderr)
	}
	r = h.MustRun(0, "", "sync", "credentials", "status", job, "--user", user, "--jq", ".[].code")
	if r.Stdout != "100\n101\n410\n102\n200\n" {
		t.Errorf("status:\n%q", r.Stdout)
	}
	r = h.MustRun(1, "1\n", "sync", "twofa", job, "--user", user, "--stdin")
	if !strings.Contains(r.Stderr, "not waiting for a two-factor code") {
		t.Errorf("twofa on a finished job: %s", r.Stderr)
	}
}

func TestTwofaWithSetAndPrompt(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	user := newUser(t, h, "u")
	job := jobOf(t, h, user, "572ba390784806060f8b458b")
	h.TTY = true
	h.Prompter = prompttest.NewMock(t)
	h.Prompter.ExpectInput("characters of the image", "xK3p")
	h.MustRun(0, "", "sync", "twofa", job, "--user", user, "--set", "token=99")
}

func TestTwofaTimeout(t *testing.T) {
	// Long enough that the first watch sees 410 on a loaded machine.
	h := newHarness(t, syncemu.Timing{TwofaTimeout: time.Second})
	user := newUser(t, h, "u")
	job := jobOf(t, h, user, "56cf5728784806f72b8b4569")
	r := h.MustRun(0, "", "sync", "credentials", "status", job, "--user", user, "--watch")
	if !strings.Contains(r.Stdout, "410") || !strings.Contains(r.Stderr, "mxpay sync twofa "+job) {
		t.Errorf("watch stopping at 410:\n%s\n%s", r.Stdout, r.Stderr)
	}
	time.Sleep(1100 * time.Millisecond)
	r = h.MustRun(5, "", "sync", "credentials", "status", job, "--user", user, "--watch")
	if !strings.Contains(r.Stderr, "two-factor code timed out") || !strings.Contains(r.Stderr, "mxpay sync twofa "+job) {
		t.Errorf("timeout:\n%s", r.Stderr)
	}
	h.MustRun(1, "1\n", "sync", "twofa", job, "--user", user, "--stdin")
}

func TestTwofaWithoutTerminalStopsWithTheAnsweringCommand(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	user := newUser(t, h, "u")
	r := h.MustRun(2, "", "sync", "credentials", "create", "--user", user, "--site", "56cf5728784806f72b8b4569", "--set", "username=test", "--set", "password=test")
	if !strings.Contains(r.Stderr, "--stdin") {
		t.Errorf("stderr: %s", r.Stderr)
	}
}

func TestExpiredSessionIsRenewedTransparently(t *testing.T) {
	h := newHarness(t, syncemu.Timing{SessionTTL: 100 * time.Millisecond})
	user := newUser(t, h, "u")
	h.MustRun(0, "", "sync", "credentials", "list", "--user", user)
	time.Sleep(150 * time.Millisecond) // the cached token expires at the server
	r := h.MustRun(0, "", "--debug", "sync", "credentials", "list", "--user", user)
	first401 := strings.Index(r.Stderr, "401")
	session := strings.LastIndex(r.Stderr, "POST http://")
	if first401 < 0 || session < first401 {
		t.Errorf("expected a 401 then a new session:\n%s", r.Stderr)
	}
}

func TestBadAPIKeyExits3(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	h.Env["MXPAY_SYNC_API_KEY"] = "not-the-demo-key"
	r := h.MustRun(3, "", "sync", "users", "list")
	if !strings.Contains(r.Stderr, "Unauthorized") || !strings.Contains(r.Stderr, "mxpay auth login sync") {
		t.Errorf("stderr: %s", r.Stderr)
	}
}

func TestDebugNeverShowsSecrets(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	user := newUser(t, h, "u")
	r := h.MustRun(5, "", "--debug", "sync", "credentials", "create", "--user", user, "--site", "56cf5728784806f72b8b4568",
		"--set", "username=debug-user-71", "--set", "password=s3cret-Passw0rd")
	var token string
	files, _ := filepath.Glob(filepath.Join(filepath.Dir(h.Env["MXPAY_EMULATOR_DB"]), "sync-sessions", "*.json"))
	for _, f := range files {
		data, _ := os.ReadFile(f)
		var s struct{ Token string }
		json.Unmarshal(data, &s)
		token = s.Token
	}
	if len(token) != 64 {
		t.Fatalf("no cached token found in %v", files)
	}
	if !strings.Contains(r.Stderr, "/credentials") {
		t.Fatalf("--debug traced nothing:\n%s", r.Stderr)
	}
	job := jobOf(t, h, user, "56cf5728784806f72b8b4569")
	answer := h.MustRun(0, "98765432\n", "--debug", "sync", "twofa", job, "--user", user, "--stdin")
	if !strings.Contains(answer.Stderr, "/twofa") {
		t.Fatalf("--debug traced no two-factor answer:\n%s", answer.Stderr)
	}
	for _, secret := range []string{"s3cret-Passw0rd", "debug-user-71", token, syncemu.DemoAPIKey, "98765432"} {
		if strings.Contains(r.Stderr+r.Stdout+answer.Stderr+answer.Stdout, secret) {
			t.Errorf("output shows a secret %q:\n%s", secret, r.Stderr+answer.Stderr)
		}
	}
}

func TestTokenExpiringMidCommandIsRenewed(t *testing.T) {
	// Tokens die after 45 ms of inactivity and the job is polled every
	// 50 ms: every poll meets an expired token and must renew it.
	h := newHarness(t, syncemu.Timing{SessionTTL: 45 * time.Millisecond})
	user := newUser(t, h, "u")
	r := h.MustRun(0, "", "--debug", "sync", "credentials", "create", "--user", user, "--site", "56cf5728784806f72b8b4568", "--set", "username=test", "--set", "password=test")
	if !strings.Contains(r.Stdout, "code\t200\n") {
		t.Errorf("stdout:\n%s", r.Stdout)
	}
	if n := strings.Count(r.Stderr, "POST http://emulator.mxpay.invalid/sync/v1/sessions"); n < 2 {
		t.Errorf("%d sessions opened, want a renewal", n)
	}
}
