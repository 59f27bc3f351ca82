package secrets

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/zalando/go-keyring"
)

// Like keyring_test.go, these tests use go-keyring's package-level mock, so
// none of them runs in parallel.

type resolverFixture struct {
	r    *Resolver
	warn *bytes.Buffer
	env  map[string]string
	path string
}

func newResolverFixture(t *testing.T, kr Store) *resolverFixture {
	t.Helper()
	f := &resolverFixture{
		warn: &bytes.Buffer{},
		env:  map[string]string{},
		path: filepath.Join(t.TempDir(), "mxpay", "secrets.json"),
	}
	f.r = &Resolver{
		Env:     NewEnvStore(func(k string) string { return f.env[k] }),
		Keyring: kr,
		File:    NewFileStore(f.path),
		Warn:    f.warn,
	}
	return f
}

// hangingKeyring returns a keyring store whose calls block until the test ends.
func hangingKeyring(t *testing.T) Store {
	release := make(chan struct{})
	t.Cleanup(func() { close(release) })
	return newKeyringStore(testTimeout, keyringBackend{
		get:    func(_, _ string) (string, error) { <-release; return "", nil },
		set:    func(_, _, _ string) error { <-release; return nil },
		delete: func(_, _ string) error { <-release; return nil },
	})
}

func assertNoSecret(t *testing.T, warnings string, secrets ...string) {
	t.Helper()
	for _, s := range secrets {
		if strings.Contains(warnings, s) {
			t.Errorf("warnings reveal the secret %q:\n%s", s, warnings)
		}
	}
}

func TestResolverLookupOrder(t *testing.T) {
	keyring.MockInit()
	f := newResolverFixture(t, NewKeyringStore(testTimeout))
	f.env["MXPAY_FACTI_API_KEY"] = "from-env"
	must(t, f.r.Keyring.Set("default", "facti", "api_key", "from-keyring"))
	must(t, f.r.Keyring.Set("default", "facti", "client_id", "from-keyring"))
	must(t, f.r.File.Set("default", "facti", "api_key", "from-file"))
	must(t, f.r.File.Set("default", "facti", "client_id", "from-file"))
	must(t, f.r.File.Set("default", "facti", "ipn_password", "from-file"))

	tests := []struct{ key, wantValue, wantSource string }{
		{"api_key", "from-env", "env"},
		{"client_id", "from-keyring", "keyring"},
		{"ipn_password", "from-file", "file"},
	}
	for _, tc := range tests {
		v, src, err := f.r.Lookup("default", "facti", tc.key)
		if err != nil || v != tc.wantValue || src != tc.wantSource {
			t.Errorf("Lookup(%s) = %q, %q, %v; want %q from %q", tc.key, v, src, err, tc.wantValue, tc.wantSource)
		}
	}
	if _, _, err := f.r.Lookup("default", "sync", "api_key"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Lookup of a missing secret: err = %v, want ErrNotFound", err)
	}
	if f.warn.Len() != 0 {
		t.Errorf("unexpected warnings: %s", f.warn)
	}
}

// An absent keyring is skipped quietly on reads (a headless box would
// otherwise warn on every command); a hanging one is worth one warning,
// since the user waited. Storing in the file always says so, once.
func TestResolverLookupSkipsFailingKeyringWithOneWarning(t *testing.T) {
	tests := []struct {
		name         string
		keyring      func(t *testing.T) Store
		readWarnings int
	}{
		{"unavailable", func(*testing.T) Store {
			keyring.MockInitWithError(errors.New("no D-Bus session bus"))
			return NewKeyringStore(testTimeout)
		}, 0},
		{"hanging", hangingKeyring, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newResolverFixture(t, tc.keyring(t))
			must(t, f.r.File.Set("default", "facti", "client_id", "cid-secret-1"))
			must(t, f.r.File.Set("default", "facti", "api_key", "key-secret-2"))

			start := time.Now()
			for _, key := range []string{"client_id", "api_key", "client_id"} {
				v, src, err := f.r.Lookup("default", "facti", key)
				if err != nil || src != "file" || v == "" {
					t.Fatalf("Lookup(%s) = %q, %q, %v; want the file's value", key, v, src, err)
				}
			}
			// Only the first lookup may wait for the keyring.
			if elapsed := time.Since(start); elapsed > 20*testTimeout {
				t.Errorf("three lookups took %s with a %s keyring timeout", elapsed, testTimeout)
			}
			warnings := f.warn.String()
			if strings.Count(warnings, "warning:") != tc.readWarnings {
				t.Errorf("reads: want %d warning(s), got:\n%s", tc.readWarnings, warnings)
			}
			if _, err := f.r.Save("default", "sync", "api_key", "sync-secret-3", false); err != nil {
				t.Fatal(err)
			}
			warnings = f.warn.String()
			if strings.Count(warnings, "warning:") != 1 || !strings.Contains(warnings, f.path) {
				t.Errorf("after a save: want exactly one warning naming %s, got:\n%s", f.path, warnings)
			}
			assertNoSecret(t, warnings, "cid-secret-1", "key-secret-2", "sync-secret-3")
		})
	}
}

func TestResolverLookupWithHangingKeyringReturnsWithinTimeout(t *testing.T) {
	f := newResolverFixture(t, hangingKeyring(t))
	start := time.Now()
	_, _, err := f.r.Lookup("default", "sync", "api_key")
	elapsed := time.Since(start)
	if !errors.Is(err, ErrNotFound) {
		t.Errorf("err = %v, want ErrNotFound", err)
	}
	if elapsed < testTimeout || elapsed > 20*testTimeout {
		t.Errorf("Lookup returned after %s, want about %s", elapsed, testTimeout)
	}
	if !strings.Contains(f.warn.String(), "did not answer in time") {
		t.Errorf("warning should say the keyring timed out: %q", f.warn)
	}
}

func TestResolverSave(t *testing.T) {
	const secret = "sk_test_9f8e7d6c5b4a"
	tests := []struct {
		name        string
		keyring     func(t *testing.T) Store
		insecure    bool
		wantSource  string
		wantWarning bool
	}{
		{"keyring works", func(*testing.T) Store { keyring.MockInit(); return NewKeyringStore(testTimeout) }, false, "keyring", false},
		{"insecure chosen", func(*testing.T) Store { keyring.MockInit(); return NewKeyringStore(testTimeout) }, true, "file", false},
		{"keyring unavailable", func(*testing.T) Store {
			keyring.MockInitWithError(errors.New("no D-Bus session bus"))
			return NewKeyringStore(testTimeout)
		}, false, "file", true},
		{"keyring hangs", hangingKeyring, false, "file", true},
		{"no keyring", func(*testing.T) Store { return nil }, false, "file", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newResolverFixture(t, tc.keyring(t))
			src, err := f.r.Save("default", "sync", "api_key", secret, tc.insecure)
			if err != nil || src != tc.wantSource {
				t.Fatalf("Save = %q, %v; want %q", src, err, tc.wantSource)
			}
			v, got, err := f.r.Lookup("default", "sync", "api_key")
			if err != nil || v != secret || got != tc.wantSource {
				t.Errorf("Lookup after Save = %q from %q, %v", v, got, err)
			}
			warnings := f.warn.String()
			if tc.wantWarning != (warnings != "") {
				t.Errorf("warnings = %q, want a warning: %v", warnings, tc.wantWarning)
			}
			if tc.wantWarning && (!strings.Contains(warnings, f.path) || !strings.Contains(warnings, "0600")) {
				t.Errorf("warning should name %s and its mode: %q", f.path, warnings)
			}
			assertNoSecret(t, warnings, secret)
			if tc.wantSource == "file" && runtime.GOOS != "windows" {
				assertMode(t, f.path, 0o600)
				assertMode(t, filepath.Dir(f.path), 0o700)
			}
		})
	}
}

func TestResolverSaveReplacesTheOtherCopy(t *testing.T) {
	keyring.MockInit()
	f := newResolverFixture(t, NewKeyringStore(testTimeout))

	// A file copy left from an earlier insecure login must not linger.
	must(t, f.r.File.Set("default", "facti", "api_key", "old-file"))
	if _, err := f.r.Save("default", "facti", "api_key", "new-keyring", false); err != nil {
		t.Fatal(err)
	}
	if _, err := f.r.File.Get("default", "facti", "api_key"); !errors.Is(err, ErrNotFound) {
		t.Errorf("file copy survived a keyring save: err = %v", err)
	}

	// A keyring copy would shadow a new insecure save, since the keyring is read first.
	if _, err := f.r.Save("default", "facti", "api_key", "new-file", true); err != nil {
		t.Fatal(err)
	}
	if v, src, _ := f.r.Lookup("default", "facti", "api_key"); v != "new-file" || src != "file" {
		t.Errorf("Lookup = %q from %q, want new-file from file", v, src)
	}
}

func TestResolverSaveWithoutFile(t *testing.T) {
	keyring.MockInitWithError(errors.New("no D-Bus session bus"))
	r := &Resolver{Keyring: NewKeyringStore(testTimeout), Warn: &bytes.Buffer{}}
	if _, err := r.Save("default", "sync", "api_key", "v", false); err == nil {
		t.Error("Save with neither keyring nor file succeeded")
	}
	if _, err := r.Save("default", "sync", "api_key", "v", true); err == nil {
		t.Error("insecure Save without a file succeeded")
	}
}

func TestResolverRemove(t *testing.T) {
	keyring.MockInit()
	f := newResolverFixture(t, NewKeyringStore(testTimeout))
	must(t, f.r.Keyring.Set("default", "facti", "api_key", "k"))
	must(t, f.r.File.Set("default", "facti", "api_key", "f"))
	if err := f.r.Remove("default", "facti", "api_key"); err != nil {
		t.Fatalf("Remove: %v", err)
	}
	if _, _, err := f.r.Lookup("default", "facti", "api_key"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Lookup after Remove: err = %v, want ErrNotFound", err)
	}
	if err := f.r.Remove("default", "facti", "api_key"); err != nil {
		t.Errorf("Remove of a missing secret: %v", err)
	}
	if f.warn.Len() != 0 {
		t.Errorf("unexpected warnings: %s", f.warn)
	}
}

func TestResolverRemoveWithUnavailableKeyringWarns(t *testing.T) {
	keyring.MockInitWithError(errors.New("no D-Bus session bus"))
	f := newResolverFixture(t, NewKeyringStore(testTimeout))
	must(t, f.r.File.Set("default", "facti", "api_key", "f"))
	if err := f.r.Remove("default", "facti", "api_key"); err != nil {
		t.Fatalf("Remove: %v, want only a warning", err)
	}
	if _, err := f.r.File.Get("default", "facti", "api_key"); !errors.Is(err, ErrNotFound) {
		t.Errorf("file copy not removed: err = %v", err)
	}
	if !strings.Contains(f.warn.String(), "no D-Bus session bus") {
		t.Errorf("warning should give the keyring's failure: %q", f.warn)
	}

	r := &Resolver{Keyring: f.r.Keyring}
	if err := r.Remove("default", "facti", "api_key"); !errors.Is(err, ErrUnavailable) {
		t.Errorf("Remove with only a failing keyring: err = %v, want ErrUnavailable", err)
	}
}

func TestResolverRemoveWarnsAboutEnvironment(t *testing.T) {
	f := newResolverFixture(t, NewMemoryStore())
	f.env["MXPAY_SYNC_API_KEY"] = "sk_env_secret"
	if err := f.r.Remove("default", "sync", "api_key"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(f.warn.String(), "MXPAY_SYNC_API_KEY") {
		t.Errorf("want a warning naming MXPAY_SYNC_API_KEY, got %q", f.warn)
	}
	assertNoSecret(t, f.warn.String(), "sk_env_secret")
}

func TestResolverWarnsOnceAboutLooseFile(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Windows has no Unix permission bits")
	}
	f := newResolverFixture(t, nil)
	must(t, f.r.File.Set("default", "facti", "client_id", "cid-secret"))
	must(t, os.Chmod(f.path, 0o644))
	for range 2 {
		if v, _, err := f.r.Lookup("default", "facti", "client_id"); err != nil || v != "cid-secret" {
			t.Fatalf("Lookup = %q, %v", v, err)
		}
	}
	warnings := f.warn.String()
	if strings.Count(warnings, "warning:") != 1 || !strings.Contains(warnings, "chmod 600 "+f.path) {
		t.Errorf("want one warning suggesting chmod, got %q", warnings)
	}
	assertNoSecret(t, warnings, "cid-secret")
}

func TestResolverWithNoStores(t *testing.T) {
	var r Resolver
	if _, _, err := r.Lookup("default", "facti", "api_key"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Lookup: err = %v, want ErrNotFound", err)
	}
	if err := r.Remove("default", "facti", "api_key"); err != nil {
		t.Errorf("Remove: %v", err)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
