package root_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/secrets"
)

// TestRealKeyring runs auth login/status/logout against a real Secret
// Service and checks the stored items with secret-tool, an independent
// reader. It only runs inside scripts/keyring-integration.sh, which gives it
// a private D-Bus session and a throw-away keyring: it must never touch the
// keyring of the person running the tests.
func TestRealKeyring(t *testing.T) {
	if os.Getenv("MXPAY_KEYRING_TEST") != "1" {
		t.Skip("real-keyring test: run scripts/keyring-integration.sh (CI does) for a private D-Bus session and keyring")
	}
	h := cmdtest.New(t)
	h.Env["MXPAY_ENV"] = "emulator" // login validates against the emulator's demo account
	h.Customize = func(f *cmdutil.Factory) {
		f.KeyringStore = func() secrets.Store { return secrets.NewKeyringStore(3 * time.Second) }
	}
	logins := map[string]string{
		"facti":     "client_id=demo-facti-client-id\napi_key=demo-facti-api-key\nipn_password=demo-facti-ipn-password\n",
		"pagofacil": "sucursal=demo-pagofacil-sucursal\nusuario=demo-pagofacil-usuario\n",
		"sync":      "api_key=demo-sync-api-key\n",
	}
	for provider, in := range logins {
		r := h.MustRun(0, in, "auth", "login", provider, "--with-token")
		if !strings.Contains(r.Stderr, "OS keyring") {
			t.Errorf("%s stored elsewhere: %s", provider, r.Stderr)
		}
	}
	// secret-tool, not mxpay, reads them back.
	for _, item := range []struct{ user, want string }{
		{"default/facti/api_key", "demo-facti-api-key"},
		{"default/pagofacil/usuario", "demo-pagofacil-usuario"},
		{"default/sync/api_key", "demo-sync-api-key"},
	} {
		if got, err := secretTool(item.user); err != nil || got != item.want {
			t.Errorf("secret-tool lookup %s = %q, %v; want %q", item.user, got, err, item.want)
		}
	}
	r := h.MustRun(0, "", "auth", "status", "-o", "csv")
	if strings.Count(r.Stdout, ",keyring,") != 6 {
		t.Errorf("status does not show six secrets in the keyring:\n%s", r.Stdout)
	}
	h.MustRun(0, "", "auth", "logout", "--yes")
	if got, err := secretTool("default/facti/api_key"); err == nil {
		t.Errorf("logout left %q in the keyring", got)
	}

	// With the daemon stopped, login falls back to the 0600 file with a
	// warning, and nothing waits longer than the keyring timeout.
	pid, _ := strconv.Atoi(os.Getenv("MXPAY_KEYRING_TEST_DAEMON_PID"))
	if pid <= 0 {
		t.Fatal("MXPAY_KEYRING_TEST_DAEMON_PID is not set")
	}
	if home := os.Getenv("HOME"); !strings.HasPrefix(home, os.TempDir()) {
		t.Fatalf("HOME %s is not a temporary directory: the script must move it before the session starts", home)
	}
	if err := syscall.Kill(pid, syscall.SIGTERM); err != nil {
		t.Fatalf("stopping gnome-keyring-daemon: %v", err)
	}
	// Really no Secret Service: its name has no owner on the bus, and the
	// bus starts nothing on demand (the script gives it no service files).
	deadline := time.Now().Add(15 * time.Second)
	for hasSecretService(t) {
		if time.Now().After(deadline) {
			t.Fatal("the Secret Service is still on the bus after the daemon was stopped")
		}
		time.Sleep(50 * time.Millisecond)
	}
	start := time.Now()
	r = h.MustRun(0, logins["sync"], "auth", "login", "sync", "--with-token")
	if took := time.Since(start); took > 8*time.Second {
		t.Errorf("login with the daemon stopped took %v", took)
	}
	if !strings.Contains(r.Stderr, "secrets.json") {
		t.Errorf("no fallback warning naming the file: %s", r.Stderr)
	}
	info, err := os.Stat(filepath.Join(filepath.Dir(h.Env["MXPAY_CONFIG"]), "secrets.json"))
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("fallback file: %v, %v", info, err)
	}
	start = time.Now()
	r = h.MustRun(0, "", "auth", "status", "sync", "-o", "csv")
	if took := time.Since(start); took > 8*time.Second {
		t.Errorf("status with the daemon stopped took %v", took)
	}
	if !strings.Contains(r.Stdout, "sync,api_key,file,") {
		t.Errorf("status does not find the secret in the file: %s", r.Stdout)
	}
	if hasSecretService(t) {
		t.Error("a Secret Service came back during the fallback check: it did not run without one")
	}
}

// hasSecretService asks the session bus whether anything owns
// org.freedesktop.secrets.
func hasSecretService(t *testing.T) bool {
	t.Helper()
	out, err := exec.Command("dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
		"org.freedesktop.DBus.NameHasOwner", "string:org.freedesktop.secrets").Output()
	if err != nil {
		t.Fatalf("dbus-send: %v", err)
	}
	return strings.Contains(string(out), "boolean true")
}

func secretTool(user string) (string, error) {
	out, err := exec.Command("secret-tool", "lookup", "service", "mxpay", "username", user).Output()
	return strings.TrimSpace(string(out)), err
}
