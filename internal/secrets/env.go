package secrets

import (
	"os"

	"github.com/mxpay/mxpay/internal/i18n"
)

// envStore reads secrets from environment variables. The variable names come
// from Providers(); they override every profile, because a script that
// exports MXPAY_FACTI_API_KEY means "use this key", whatever the profile.
type envStore struct {
	getenv func(string) string
}

// NewEnvStore returns a read-only Store over the environment. getenv is
// usually os.Getenv (nil means os.Getenv); tests pass a map lookup. The
// profile argument of Get is ignored. An empty variable counts as unset.
func NewEnvStore(getenv func(string) string) Store {
	if getenv == nil {
		getenv = os.Getenv
	}
	return &envStore{getenv: getenv}
}

func (s *envStore) Name() string { return "env" }

func (s *envStore) Get(_, provider, key string) (string, error) {
	name, ok := envName(provider, key)
	if !ok {
		return "", ErrNotFound
	}
	if v := s.getenv(name); v != "" {
		return v, nil
	}
	return "", ErrNotFound
}

func (s *envStore) Set(_, provider, key, _ string) error {
	return readOnlyError(provider, key)
}

func (s *envStore) Delete(_, provider, key string) error {
	return readOnlyError(provider, key)
}

func readOnlyError(provider, key string) error {
	if name, ok := envName(provider, key); ok {
		return i18n.Errorf("cannot change %s: %w; set or unset it in your shell", name, ErrReadOnly)
	}
	return i18n.Errorf("cannot change %s %s: %w", provider, key, ErrReadOnly)
}

// envName returns the environment variable that holds provider's key.
func envName(provider, key string) (string, bool) {
	p, ok := LookupProvider(provider)
	if !ok {
		return "", false
	}
	for _, k := range p.Keys {
		if k.Name == key {
			return k.Env, true
		}
	}
	return "", false
}
