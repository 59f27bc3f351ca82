package root_test

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/prompt/prompttest"
	"github.com/mxpay/mxpay/internal/secrets"
)

// refusingStore fails the test on any use: proves a command never reads
// the keyring.
type refusingStore struct{ t *testing.T }

func (s refusingStore) Name() string { return "keyring" }
func (s refusingStore) Get(_, _, _ string) (string, error) {
	s.t.Error("keyring read")
	return "", secrets.ErrNotFound
}
func (s refusingStore) Set(_, _, _, _ string) error { s.t.Error("keyring write"); return nil }
func (s refusingStore) Delete(_, _, _ string) error { s.t.Error("keyring delete"); return nil }

func TestVersionAndHelpTouchNothing(t *testing.T) {
	h := cmdtest.New(t)
	// A config file that cannot be parsed: reading it would fail the command.
	cfg := h.Env["MXPAY_CONFIG"]
	os.MkdirAll(filepath.Dir(cfg), 0o700)
	os.WriteFile(cfg, []byte("profiles: [broken"), 0o600)
	h.Keyring = refusingStore{t}
	h.Customize = func(f *cmdutil.Factory) {
		f.Secrets = func() (*secrets.Resolver, error) { t.Error("secrets built"); return nil, nil }
	}

	r := h.MustRun(0, "", "version")
	if !strings.HasPrefix(r.Stdout, "mxpay ") {
		t.Errorf("version output %q", r.Stdout)
	}
	r = h.MustRun(0, "", "--help")
	for _, want := range []string{"auth", "config", "emulator", "--env", "--output", "--no-input"} {
		if !strings.Contains(r.Stdout, want) {
			t.Errorf("--help lacks %q", want)
		}
	}
	if _, err := os.Stat(h.Env["MXPAY_EMULATOR_DB"]); err == nil {
		t.Error("version or help opened the emulator database")
	}
}

func TestUsageErrorsExit2(t *testing.T) {
	h := cmdtest.New(t)
	cases := [][]string{
		{"nope"},
		{"version", "--bogus"},
		{"version", "extra"},
		{"config", "get"},
		{"config", "get", "no.such.key"},
		{"config", "set", "env", "staging"},
		{"--output", "yaml", "config", "list"},
		{"--jq", ".[", "config", "list"},
		{"--fields", "nope", "config", "list"},
		{"auth", "login", "paypal"},
	}
	for _, args := range cases {
		r := h.Run("", args...)
		if r.Code != 2 {
			t.Errorf("mxpay %s: exit %d, want 2\nstderr: %s", strings.Join(args, " "), r.Code, r.Stderr)
		}
		if !strings.HasPrefix(r.Stderr, "error: ") {
			t.Errorf("mxpay %s: stderr %q does not start with an error line", strings.Join(args, " "), r.Stderr)
		}
	}
	r := h.Run("", "config", "get", "no.such.key")
	if !strings.Contains(r.Stderr, "facti.from_rfc") {
		t.Errorf("unknown key error does not list valid keys: %s", r.Stderr)
	}
}

func TestConfigPrecedenceEndToEnd(t *testing.T) {
	h := cmdtest.New(t)
	h.MustRun(0, "", "config", "set", "env", "production")
	if got := h.MustRun(0, "", "config", "get", "env").Stdout; got != "production\n" {
		t.Errorf("profile value: %q", got)
	}
	h.Env["MXPAY_ENV"] = "emulator"
	if got := h.MustRun(0, "", "config", "get", "env").Stdout; got != "emulator\n" {
		t.Errorf("env beats profile: %q", got)
	}
	if got := h.MustRun(0, "", "--env", "sandbox", "config", "get", "env").Stdout; got != "sandbox\n" {
		t.Errorf("flag beats env: %q", got)
	}
	// Another profile does not see the value.
	delete(h.Env, "MXPAY_ENV")
	if got := h.MustRun(0, "", "--profile", "other", "config", "get", "env").Stdout; got != "sandbox\n" {
		t.Errorf("other profile default: %q", got)
	}
	r := h.MustRun(0, "", "config", "list", "-o", "csv")
	if !strings.Contains(r.Stdout, "env,production,profile") || !strings.Contains(r.Stdout, "timeout,30s,default") {
		t.Errorf("config list csv:\n%s", r.Stdout)
	}
	h.MustRun(0, "", "config", "unset", "env")
	if got := h.MustRun(0, "", "config", "get", "env").Stdout; got != "sandbox\n" {
		t.Errorf("after unset: %q", got)
	}
	r = h.MustRun(0, "", "--profile", "live", "config", "set", "sync.user", "u-1")
	r = h.MustRun(0, "", "config", "profiles", "-o", "json")
	if !strings.Contains(r.Stdout, `"name":"live"`) && !strings.Contains(r.Stdout, `"name": "live"`) {
		t.Errorf("profiles json lacks live: %s", r.Stdout)
	}
	info, err := os.Stat(h.Env["MXPAY_CONFIG"])
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("config file mode: %v %v", info, err)
	}
}

func TestConfigListNeverPrintsSecrets(t *testing.T) {
	h := cmdtest.New(t)
	h.Env["MXPAY_FACTI_API_KEY"] = "sk-very-secret-value-123"
	h.Env["MXPAY_SYNC_API_KEY"] = "sync-secret-456789"
	for _, format := range []string{"table", "json", "csv"} {
		r := h.MustRun(0, "", "config", "list", "-o", format)
		if strings.Contains(r.Stdout+r.Stderr, "very-secret") || strings.Contains(r.Stdout+r.Stderr, "secret-456") {
			t.Errorf("config list -o %s printed a secret", format)
		}
	}
}

func TestAuthLoginWithTokenStatusLogout(t *testing.T) {
	h := cmdtest.New(t)
	h.Env["MXPAY_ENV"] = "emulator" // login checks the pair against the provider
	in := "# Facti\nclient_id=demo-facti-client-id\napi_key = demo-facti-api-key\n\n"
	r := h.MustRun(0, in, "auth", "login", "facti", "--with-token")
	if !strings.Contains(r.Stderr, "OS keyring") {
		t.Errorf("login did not say where it stored: %s", r.Stderr)
	}
	if v, _ := h.Keyring.Get("default", "facti", "api_key"); v != "demo-facti-api-key" {
		t.Errorf("keyring api_key = %q", v)
	}
	r = h.MustRun(0, "", "auth", "status", "facti", "-o", "json")
	if strings.Contains(r.Stdout, "facti-api") || strings.Contains(r.Stdout, "facti-client") {
		t.Errorf("status printed more than the masked form: %s", r.Stdout)
	}
	if !strings.Contains(r.Stdout, `"source":"keyring"`) && !strings.Contains(r.Stdout, `"source": "keyring"`) {
		t.Errorf("status does not report the keyring: %s", r.Stdout)
	}
	if !strings.Contains(r.Stdout, "demo****ey") {
		t.Errorf("status lacks the masked api key: %s", r.Stdout)
	}
	h.MustRun(0, "", "auth", "logout", "facti")
	if _, err := h.Keyring.Get("default", "facti", "api_key"); err == nil {
		t.Error("logout left the api key in the keyring")
	}
	delete(h.Env, "MXPAY_ENV") // outside the emulator there are no demo credentials
	r = h.MustRun(3, "", "auth", "status", "facti")
	if !strings.Contains(r.Stderr, "mxpay auth login facti") {
		t.Errorf("status of a missing provider gives no next step: %s", r.Stderr)
	}
}

func TestAuthLoginRejectedCredentialsAreNotStored(t *testing.T) {
	h := cmdtest.New(t)
	h.Env["MXPAY_ENV"] = "emulator"
	for provider, in := range map[string]string{
		"facti":     "client_id=wrong-client-000111\napi_key=wrong-key-000222\n",
		"pagofacil": "sucursal=wrong-suc-000333\nusuario=wrong-usr-000444\n",
		"sync":      "api_key=wrong-sync-000555\n",
	} {
		r := h.MustRun(3, in, "auth", "login", provider, "--with-token")
		if strings.Contains(r.Stderr, "000") {
			t.Errorf("%s: the rejected secret was echoed: %s", provider, r.Stderr)
		}
		p, _ := secrets.LookupProvider(provider)
		if _, err := h.Keyring.Get("default", provider, p.Keys[0].Name); err == nil {
			t.Errorf("%s: rejected credentials were stored", provider)
		}
	}
}

func TestAuthLoginWithTokenBadInput(t *testing.T) {
	h := cmdtest.New(t)
	cases := []struct{ in, want string }{
		{"client_id=abc\n", "api_key"},                            // missing required key
		{"client_id=abc\npassword=hunter2secret\n", `"password"`}, // unknown key: named, value not shown
		{"just-a-value\n", "line 1"},
	}
	for _, c := range cases {
		r := h.MustRun(2, c.in, "auth", "login", "facti", "--with-token")
		if !strings.Contains(r.Stderr, c.want) {
			t.Errorf("input %q: stderr %q lacks %q", c.in, r.Stderr, c.want)
		}
		if strings.Contains(r.Stderr, "hunter2") || strings.Contains(r.Stderr, "just-a-value") {
			t.Errorf("error echoed a secret: %s", r.Stderr)
		}
	}
	if _, err := h.Keyring.Get("default", "facti", "client_id"); err == nil {
		t.Error("a failed login stored something")
	}
}

func TestPromptsNeedATerminal(t *testing.T) {
	h := cmdtest.New(t)
	r := h.MustRun(2, "", "auth", "login", "sync")
	if !strings.Contains(r.Stderr, "--with-token") {
		t.Errorf("no-TTY login does not name --with-token: %s", r.Stderr)
	}
	r = h.MustRun(2, "", "auth", "login")
	if !strings.Contains(r.Stderr, "mxpay auth login facti|pagofacil|sync") {
		t.Errorf("no-TTY login without provider: %s", r.Stderr)
	}
	// A terminal, but --no-input (or MXPAY_NO_INPUT) forbids prompting.
	h.TTY = true
	h.MustRun(2, "", "--no-input", "auth", "login", "sync")
	h.Env["MXPAY_NO_INPUT"] = "1"
	h.MustRun(2, "", "auth", "login", "sync")
	r = h.MustRun(2, "", "auth", "logout")
	if !strings.Contains(r.Stderr, "--yes") {
		t.Errorf("logout of everything without a prompt does not ask for --yes: %s", r.Stderr)
	}
}

func TestAuthLoginInteractive(t *testing.T) {
	h := cmdtest.New(t)
	h.Env["MXPAY_ENV"] = "emulator"
	h.TTY = true
	mock := prompttest.NewMock(t)
	h.Prompter = mock
	mock.ExpectSelect("Which provider?", "PagoFácil")
	mock.ExpectPassword("idSucursal", "demo-pagofacil-sucursal")
	mock.ExpectPassword("idUsuario", "demo-pagofacil-usuario")
	h.MustRun(0, "", "auth", "login")
	if v, _ := h.Keyring.Get("default", "pagofacil", "usuario"); v != "demo-pagofacil-usuario" {
		t.Errorf("usuario = %q", v)
	}

	// Only secrets are hidden: Facti's client id is an identifier and echoes.
	mock.ExpectInput("Facti Client ID", "demo-facti-client-id")
	mock.ExpectPassword("Facti API key", "demo-facti-api-key")
	mock.ExpectPassword("Facti IPN password", "")
	r := h.MustRun(0, "", "auth", "login", "facti")
	if strings.Contains(r.Stderr, "demo-facti-client-id") {
		t.Errorf("the client id is typed with echo, but stays masked in messages: %s", r.Stderr)
	}
}

func TestAuthLoginFallsBackToFileWhenKeyringFails(t *testing.T) {
	h := cmdtest.New(t)
	h.Env["MXPAY_ENV"] = "emulator"
	h.Keyring = brokenKeyring{}
	r := h.MustRun(0, "api_key=demo-sync-api-key\n", "auth", "login", "sync", "--with-token")
	if !strings.Contains(strings.ToLower(r.Stderr), "keyring") || !strings.Contains(r.Stderr, "secrets.json") {
		t.Errorf("no fallback warning naming the file: %s", r.Stderr)
	}
	if strings.Contains(r.Stderr, "sync-api") {
		t.Errorf("warning leaked the secret: %s", r.Stderr)
	}
	path := filepath.Join(filepath.Dir(h.Env["MXPAY_CONFIG"]), "secrets.json")
	info, err := os.Stat(path)
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("fallback file: %v %v", info, err)
	}
	r = h.MustRun(0, "", "auth", "status", "sync", "-o", "csv")
	if !strings.Contains(r.Stdout, "sync,api_key,file,") {
		t.Errorf("status does not report the file: %s", r.Stdout)
	}
}

func TestAuthStatusUsesEmulatorDemoCredentials(t *testing.T) {
	h := cmdtest.New(t)
	r := h.MustRun(0, "", "--env", "emulator", "auth", "status", "-o", "csv")
	if strings.Count(r.Stdout, "emulator demo") < 5 {
		t.Errorf("demo credentials not reported:\n%s", r.Stdout)
	}
	h.MustRun(3, "", "auth", "status")
	// An optional secret alone keeps the demo pair and wins for itself.
	h.Env["MXPAY_FACTI_IPN_PASSWORD"] = "my-own-ipn-password"
	r = h.MustRun(0, "", "--env", "emulator", "auth", "status", "facti", "-o", "csv")
	if !strings.Contains(r.Stdout, "facti,api_key,emulator demo,") || !strings.Contains(r.Stdout, "facti,ipn_password,env,") {
		t.Errorf("optional secret and demo pair:\n%s", r.Stdout)
	}
	// Explicit credentials win over the demo ones.
	h.Env["MXPAY_SYNC_API_KEY"] = "explicit-sync-key-xyz"
	r = h.MustRun(0, "", "--env", "emulator", "auth", "status", "sync", "-o", "csv")
	if !strings.Contains(r.Stdout, "sync,api_key,env,") {
		t.Errorf("env credentials did not win: %s", r.Stdout)
	}
}

func TestEmulatorServeAndReset(t *testing.T) {
	h := cmdtest.New(t)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan cmdtest.Result)
	go func() { done <- h.RunContext(ctx, "", "emulator", "serve", "--addr", addr) }()
	// Wait until it answers, however slow the machine, then stop it.
	resp, err := waitForHTTP("http://" + addr + "/sync/v1/users")
	if err != nil {
		cancel()
		t.Fatalf("serve never answered: %v", err)
	}
	if resp.StatusCode != http.StatusNotFound && resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("GET /sync/v1/users without a key: %s", resp.Status)
	}
	cancel()
	select {
	case r := <-done:
		if r.Code != 0 || !strings.Contains(r.Stdout, "http://"+addr+"/sync") {
			t.Errorf("serve: exit %d\n%s\n%s", r.Code, r.Stdout, r.Stderr)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop after cancel")
	}
	h.MustRun(0, "", "emulator", "reset")
}

func waitForHTTP(url string) (*http.Response, error) {
	var err error
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		var resp *http.Response
		if resp, err = http.Get(url); err == nil {
			resp.Body.Close()
			return resp, nil
		}
	}
	return nil, err
}

// brokenKeyring behaves like a Linux machine without a Secret Service.
type brokenKeyring struct{}

func (brokenKeyring) Name() string { return "keyring" }
func (brokenKeyring) Get(_, _, _ string) (string, error) {
	return "", fmt.Errorf("%w: no session bus", secrets.ErrUnavailable)
}
func (brokenKeyring) Set(_, _, _, _ string) error {
	return fmt.Errorf("%w: no session bus", secrets.ErrUnavailable)
}
func (brokenKeyring) Delete(_, _, _ string) error {
	return fmt.Errorf("%w: no session bus", secrets.ErrUnavailable)
}
