package secrets

import (
	"errors"
	"time"

	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/zalando/go-keyring"
)

// KeyringService is the service name under which every mxpay secret is kept
// in the OS keyring.
const KeyringService = "mxpay"

// DefaultKeyringTimeout bounds each keyring call when NewKeyringStore is
// given no timeout.
const DefaultKeyringTimeout = 3 * time.Second

// keyringBackend is the OS keyring as three functions, so tests can replace
// it with one that hangs.
type keyringBackend struct {
	get    func(service, user string) (string, error)
	set    func(service, user, password string) error
	delete func(service, user string) error
}

func osKeyring() keyringBackend {
	return keyringBackend{get: keyring.Get, set: keyring.Set, delete: keyring.Delete}
}

// keyringStore keeps secrets in the OS keyring (Keychain on macOS, Credential
// Manager on Windows, the Secret Service over D-Bus on Linux).
//
// Each secret is stored under service "mxpay" and user
// "<profile>/<provider>/<key>", for example "default/facti/api_key", so
// other tools find it the same way:
//
//	secret-tool lookup service mxpay username default/facti/api_key
//	security find-generic-password -s mxpay -a default/facti/api_key -w
type keyringStore struct {
	timeout time.Duration
	backend keyringBackend
}

// NewKeyringStore returns a Store over the OS keyring in which every call
// gives up after timeout (DefaultKeyringTimeout when timeout <= 0) with an
// error wrapping ErrTimeout. Other failures wrap ErrUnavailable.
func NewKeyringStore(timeout time.Duration) Store {
	return newKeyringStore(timeout, osKeyring())
}

func newKeyringStore(timeout time.Duration, backend keyringBackend) *keyringStore {
	if timeout <= 0 {
		timeout = DefaultKeyringTimeout
	}
	return &keyringStore{timeout: timeout, backend: backend}
}

func (s *keyringStore) Name() string { return "keyring" }

// keyringUser is the keyring "user" (account) of a secret.
func keyringUser(profile, provider, key string) string {
	return profile + "/" + provider + "/" + key
}

func (s *keyringStore) Get(profile, provider, key string) (string, error) {
	user := keyringUser(profile, provider, key)
	v, err := s.call(func() (string, error) { return s.backend.get(KeyringService, user) })
	if err != nil {
		return "", s.describe("reading", user, err)
	}
	return v, nil
}

func (s *keyringStore) Set(profile, provider, key, value string) error {
	user := keyringUser(profile, provider, key)
	_, err := s.call(func() (string, error) { return "", s.backend.set(KeyringService, user, value) })
	if err != nil {
		return s.describe("storing", user, err)
	}
	return nil
}

func (s *keyringStore) Delete(profile, provider, key string) error {
	user := keyringUser(profile, provider, key)
	_, err := s.call(func() (string, error) { return "", s.backend.delete(KeyringService, user) })
	if err != nil && !errors.Is(err, ErrNotFound) {
		return s.describe("deleting", user, err)
	}
	return nil
}

// call runs fn in a goroutine and waits at most s.timeout for it. A keyring
// that hangs (a D-Bus service waiting on an unlock dialog nobody will see on
// a headless machine) cannot be cancelled: go-keyring takes no context. The
// goroutine is therefore left behind on timeout; that leak is acceptable
// because mxpay is a short-lived process and the Resolver stops calling a
// keyring once it has timed out, so at most a few goroutines are abandoned.
// The channel is buffered so the late goroutine can still finish and exit.
func (s *keyringStore) call(fn func() (string, error)) (string, error) {
	type result struct {
		value string
		err   error
	}
	done := make(chan result, 1)
	go func() {
		v, err := fn()
		done <- result{v, err}
	}()
	timer := time.NewTimer(s.timeout)
	defer timer.Stop()
	select {
	case r := <-done:
		if errors.Is(r.err, keyring.ErrNotFound) {
			return "", ErrNotFound
		}
		return r.value, r.err
	case <-timer.C:
		return "", i18n.Errorf("%w (waited %s)", ErrTimeout, s.timeout)
	}
}

// describe adds what was being done ("reading default/sync/api_key from") to
// err and classifies it: not found and timeouts keep their sentinel, anything
// else wraps ErrUnavailable.
func (s *keyringStore) describe(action, user string, err error) error {
	known := errors.Is(err, ErrNotFound) || errors.Is(err, ErrTimeout)
	switch {
	case action == "reading" && known:
		return i18n.Errorf("reading %s from the OS keyring: %w", user, err)
	case action == "reading":
		return i18n.Errorf("reading %s from the OS keyring: %w: %w", user, ErrUnavailable, err)
	case action == "storing" && known:
		return i18n.Errorf("storing %s in the OS keyring: %w", user, err)
	case action == "storing":
		return i18n.Errorf("storing %s in the OS keyring: %w: %w", user, ErrUnavailable, err)
	case known:
		return i18n.Errorf("deleting %s from the OS keyring: %w", user, err)
	default:
		return i18n.Errorf("deleting %s from the OS keyring: %w: %w", user, ErrUnavailable, err)
	}
}
