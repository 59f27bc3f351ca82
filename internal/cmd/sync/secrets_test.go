package sync_test

import (
	"strings"
	"testing"

	syncemu "github.com/mxpay/mxpay/internal/emulator/sync"
	"github.com/mxpay/mxpay/internal/prompt/prompttest"
)

// A WAF page that reflects the request (the credentials JSON, the
// two-factor answer) must not bring any of those values to stderr, with
// or without --debug, however the values were given.
func TestEchoedRequestShowsNoSecret(t *testing.T) {
	const user, password = "echo-user-5521", "Ech0-Passw0rd-77"
	cases := map[string]struct {
		stdin string
		args  []string
	}{
		"--set":   {"", []string{"--set", "username=" + user, "--set", "password=" + password}},
		"--stdin": {"username=" + user + "\npassword=" + password + "\n", []string{"--stdin"}},
	}
	for name, tc := range cases {
		for _, debug := range []bool{false, true} {
			t.Run(name+map[bool]string{true: " --debug"}[debug], func(t *testing.T) {
				h := newHarness(t, syncemu.Timing{})
				id := newUser(t, h, "u")
				h.Env["MXPAY_VERIFY_WINDOW"] = "300ms"
				h.Env["MXPAY_EMULATOR_FAULTS"] = "sync:POST:/v1/credentials:echo=403"
				args := append([]string{"sync", "credentials", "create", "--user", id, "--site", syncemu.SiteNormal}, tc.args...)
				if debug {
					args = append([]string{"--debug"}, args...)
				}
				r := h.Run(tc.stdin, args...)
				for _, secret := range []string{user, password} {
					if strings.Contains(r.Stderr+r.Stdout, secret) {
						t.Errorf("%q shown:\n%s", secret, r.Stderr)
					}
				}
				// Not applied, and nothing finds it: unknown, with the page quoted (masked).
				if r.Code != 6 || !strings.Contains(r.Stderr, "Request blocked") {
					t.Errorf("exit %d, want 6 quoting the page:\n%s", r.Code, r.Stderr)
				}
			})
		}
	}
}

func TestEchoedTwofaAnswerShowsNoSecret(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	user := newUser(t, h, "u")
	job := jobOf(t, h, user, syncemu.SiteTokenCaptcha)
	h.Env["MXPAY_EMULATOR_FAULTS"] = "sync:POST:/v1/jobs:echo=403"
	h.TTY = true
	h.Prompter = prompttest.NewMock(t)
	h.Prompter.ExpectInput("characters of the image", "Capt-xK3p")
	r := h.Run("", "--debug", "sync", "twofa", job, "--user", user, "--set", "token=98765431")
	if r.Code == 0 || !strings.Contains(r.Stderr, "Request blocked") {
		t.Fatalf("exit %d:\n%s", r.Code, r.Stderr)
	}
	for _, secret := range []string{"Capt-xK3p", "98765431"} {
		if strings.Contains(r.Stderr, secret) {
			t.Errorf("%q shown:\n%s", secret, r.Stderr)
		}
	}
}

func TestPasswordOnTheCommandLineWarns(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	user := newUser(t, h, "u")
	r := h.MustRun(0, "", "sync", "credentials", "create", "--user", user, "--site", syncemu.SiteNormal, "--set", "username=test", "--set", "password=test")
	if !strings.Contains(r.Stderr, "password field is a password, and --set puts it on the command line") {
		t.Errorf("no warning:\n%s", r.Stderr)
	}
	r = h.MustRun(0, "username=test\npassword=test\n", "sync", "credentials", "create", "--user", user, "--site", syncemu.SiteNormal, "--stdin")
	if strings.Contains(r.Stderr, "warning") || !strings.Contains(r.Stdout, "code\t200\n") {
		t.Errorf("--stdin:\n%s\n%s", r.Stdout, r.Stderr)
	}
}

func TestStdinFieldLinesAreChecked(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	user := newUser(t, h, "u")
	for stdin, want := range map[string]string{
		"username=test\n":                        "missing credential fields for Normal: password",
		"username=test\nSecretWithoutEquals\n":   "--stdin line 2: want FIELD=VALUE",
		"username=test\npin=S3cretPin\n":         "--stdin line 2 names a field this form does not have",
		"username=test\nusername=again\n":        "--stdin line 2: field username is given twice",
		"password=S3cretPin\npassword=S3cretP\n": "field password is given twice",
	} {
		r := h.MustRun(2, stdin, "sync", "credentials", "create", "--user", user, "--site", syncemu.SiteNormal, "--stdin")
		if !strings.Contains(r.Stderr, want) || strings.Contains(r.Stderr, "S3cret") || strings.Contains(r.Stderr, "SecretWithout") {
			t.Errorf("stdin %q:\n%s", stdin, r.Stderr)
		}
	}
	r := h.MustRun(2, "password=x1\n", "sync", "credentials", "create", "--user", user, "--site", syncemu.SiteNormal, "--set", "password=x2", "--stdin")
	if !strings.Contains(r.Stderr, "given with --set too") {
		t.Errorf("--set and --stdin: %s", r.Stderr)
	}
}
