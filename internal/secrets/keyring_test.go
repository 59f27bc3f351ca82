package secrets

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/zalando/go-keyring"
)

// Tests in this file replace go-keyring's package-level provider through
// MockInit, so none of them runs in parallel.

const testTimeout = 50 * time.Millisecond

func TestKeyringStore(t *testing.T) {
	keyring.MockInit()
	s := NewKeyringStore(testTimeout)
	if s.Name() != "keyring" {
		t.Errorf("Name = %q", s.Name())
	}
	testStoreContract(t, s)
}

func TestKeyringStoreAddressesSecretsByServiceAndUser(t *testing.T) {
	keyring.MockInit()
	if err := NewKeyringStore(testTimeout).Set("work", "pagofacil", "usuario", "u-42"); err != nil {
		t.Fatal(err)
	}
	// This is how secret-tool and other programs will find it.
	got, err := keyring.Get("mxpay", "work/pagofacil/usuario")
	if err != nil || got != "u-42" {
		t.Errorf("keyring.Get(mxpay, work/pagofacil/usuario) = %q, %v", got, err)
	}
}

func TestKeyringStoreFailuresWrapErrUnavailable(t *testing.T) {
	cause := errors.New("org.freedesktop.DBus.Error.ServiceUnknown")
	keyring.MockInitWithError(cause)
	s := NewKeyringStore(testTimeout)
	checks := map[string]error{
		"Get":    func() error { _, err := s.Get("default", "facti", "api_key"); return err }(),
		"Set":    s.Set("default", "facti", "api_key", "sk_secret"),
		"Delete": s.Delete("default", "facti", "api_key"),
	}
	for op, err := range checks {
		if !errors.Is(err, ErrUnavailable) || !errors.Is(err, cause) {
			t.Errorf("%s: err = %v, want it to wrap ErrUnavailable and the cause", op, err)
		}
		if err != nil && strings.Contains(err.Error(), "sk_secret") {
			t.Errorf("%s: error reveals the secret: %q", op, err)
		}
	}
}

func TestKeyringStoreTimesOut(t *testing.T) {
	release := make(chan struct{})
	t.Cleanup(func() { close(release) }) // let the abandoned goroutines finish
	hang := keyringBackend{
		get:    func(_, _ string) (string, error) { <-release; return "late", nil },
		set:    func(_, _, _ string) error { <-release; return nil },
		delete: func(_, _ string) error { <-release; return nil },
	}
	s := newKeyringStore(testTimeout, hang)
	ops := map[string]func() error{
		"Get":    func() error { _, err := s.Get("default", "sync", "api_key"); return err },
		"Set":    func() error { return s.Set("default", "sync", "api_key", "v") },
		"Delete": func() error { return s.Delete("default", "sync", "api_key") },
	}
	for op, call := range ops {
		start := time.Now()
		err := call()
		elapsed := time.Since(start)
		if !errors.Is(err, ErrTimeout) {
			t.Errorf("%s: err = %v, want ErrTimeout", op, err)
		}
		if elapsed < testTimeout || elapsed > 20*testTimeout {
			t.Errorf("%s returned after %s, want about %s", op, elapsed, testTimeout)
		}
	}
}

func TestKeyringStoreDefaultTimeout(t *testing.T) {
	if got := newKeyringStore(0, osKeyring()).timeout; got != DefaultKeyringTimeout {
		t.Errorf("timeout = %s, want %s", got, DefaultKeyringTimeout)
	}
}
