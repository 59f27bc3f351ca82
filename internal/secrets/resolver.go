package secrets

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sync"

	"github.com/mxpay/mxpay/internal/i18n"
)

// Resolver finds and stores secrets across the stores the CLI uses, in the
// order environment, OS keyring, file. Any store may be nil. Warnings go to
// Warn (usually stderr) and never include a secret value.
//
// Once the keyring has failed (timed out or unavailable) the Resolver stops
// calling it: `auth status` reads half a dozen secrets and should not wait
// for the timeout on each. It warns about that once, not per secret, and
// only where it matters: when a secret is stored in the file instead, or a
// read had to wait for the timeout.
type Resolver struct {
	Env, Keyring, File Store
	Warn               io.Writer
	// Printer, when set, gives the warnings in the reader's language.
	Printer func() *i18n.Printer

	mu            sync.Mutex
	keyringDown   bool  // set on the first keyring failure
	keyringErr    error // that failure, for the warning
	keyringWarned bool  // the fallback warning has been printed
	fileModeWarn  bool  // the loose-permissions warning has been printed
}

// pather is implemented by stores that live in a file, so warnings can name it.
type pather interface{ Path() string }

// Lookup finds a secret: environment first, then keyring, then file. It
// returns the value and the Name of the store that held it, or an error
// wrapping ErrNotFound when no store has it.
func (r *Resolver) Lookup(profile, provider, key string) (value, source string, err error) {
	if r.Env != nil {
		if v, err := r.Env.Get(profile, provider, key); err == nil {
			return v, r.Env.Name(), nil
		} else if !errors.Is(err, ErrNotFound) {
			return "", "", err
		}
	}
	if r.keyringUsable() {
		v, err := r.Keyring.Get(profile, provider, key)
		switch {
		case err == nil:
			return v, r.Keyring.Name(), nil
		case !errors.Is(err, ErrNotFound):
			// Reading quietly falls back to the file when the keyring is
			// simply absent (a headless box): warning on every command would
			// be noise. A timeout is worth a word, since the user waited.
			r.keyringFailed(err, errors.Is(err, ErrTimeout))
		}
	}
	if r.File != nil {
		v, err := r.File.Get(profile, provider, key)
		switch {
		case err == nil:
			r.checkFileMode()
			return v, r.File.Name(), nil
		case !errors.Is(err, ErrNotFound):
			return "", "", err
		}
	}
	return "", "", i18n.Errorf("%s %s for profile %q: %w", provider, key, profile, ErrNotFound)
}

// Save stores a secret in the keyring, or in the file when insecure is true
// or the keyring fails (then it warns once that the file is used). It
// returns the Name of the store used.
//
// The copy in the other store is removed so an old value cannot shadow the
// new one (the keyring is read before the file) or linger in plain text.
func (r *Resolver) Save(profile, provider, key, value string, insecure bool) (source string, err error) {
	if !insecure && r.keyringUsable() {
		err := r.Keyring.Set(profile, provider, key, value)
		if err == nil {
			r.removeFileCopy(profile, provider, key)
			return r.Keyring.Name(), nil
		}
		r.keyringFailed(err, true)
	} else if !insecure {
		r.warnKeyringDown() // it failed quietly during an earlier read
	}
	if r.File == nil {
		if insecure {
			return "", i18n.Errorf("cannot store the secret insecurely: no secrets file is configured")
		}
		return "", i18n.Errorf("cannot store the secret: no OS keyring and no secrets file are available")
	}
	if err := r.File.Set(profile, provider, key, value); err != nil {
		return "", i18n.Errorf("storing %s %s: %w", provider, key, err)
	}
	if r.keyringUsable() {
		if err := r.Keyring.Delete(profile, provider, key); err != nil {
			r.keyringFailed(err, false)
		}
	}
	return r.File.Name(), nil
}

// Remove deletes a secret from the keyring and the file; a secret that is
// missing is fine. A keyring that fails is only a warning when the file
// delete worked. It warns when the environment still provides the secret,
// since that copy cannot be removed and keeps overriding the stores.
func (r *Resolver) Remove(profile, provider, key string) error {
	var keyringErr error
	if r.keyringUsable() {
		if keyringErr = r.Keyring.Delete(profile, provider, key); keyringErr != nil {
			r.keyringFailed(keyringErr, true)
		}
	}
	if r.File != nil {
		if err := r.File.Delete(profile, provider, key); err != nil {
			return i18n.Errorf("removing %s %s: %w", provider, key, errors.Join(err, keyringErr))
		}
	} else if keyringErr != nil {
		return i18n.Errorf("removing %s %s: %w", provider, key, keyringErr)
	}
	if r.Env != nil {
		if _, err := r.Env.Get(profile, provider, key); err == nil {
			name, _ := envName(provider, key)
			r.warnf("warning: %s is still set in the environment and overrides stored secrets; unset it in your shell\n", name)
		}
	}
	return nil
}

func (r *Resolver) keyringUsable() bool {
	if r.Keyring == nil {
		return false
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	return !r.keyringDown
}

// keyringFailed marks the keyring as unusable for the rest of this Resolver
// and, when warn is set, prints the one warning about it.
func (r *Resolver) keyringFailed(err error, warn bool) {
	r.mu.Lock()
	if !r.keyringDown {
		r.keyringDown, r.keyringErr = true, err
	}
	r.mu.Unlock()
	if warn {
		r.warnKeyringDown()
	}
}

// warnKeyringDown prints, once, why the keyring is not used and which file
// is used instead.
func (r *Resolver) warnKeyringDown() {
	r.mu.Lock()
	if !r.keyringDown || r.keyringWarned {
		r.mu.Unlock()
		return
	}
	r.keyringWarned = true
	err := r.keyringErr
	r.mu.Unlock()
	if p := r.filePath(); p != "" {
		r.warnf("warning: %v; secrets are read from and stored in %s (mode 0600) instead\n", err, p)
	} else {
		r.warnf("warning: %v; secrets kept in the OS keyring cannot be used\n", err)
	}
}

// removeFileCopy deletes the plain-text copy of a secret that now lives in
// the keyring. Failing to do so is worth a warning, not a failed login.
func (r *Resolver) removeFileCopy(profile, provider, key string) {
	if r.File == nil {
		return
	}
	if err := r.File.Delete(profile, provider, key); err != nil {
		r.warnf("warning: could not remove the old copy of %s %s from %s: %v\n", provider, key, r.filePath(), err)
	}
}

// checkFileMode warns once when the secrets file is readable by others. The
// value was still returned: refusing would break scripts over a fixable mode.
func (r *Resolver) checkFileMode() {
	lm, ok := r.File.(interface {
		looseMode() (fs.FileMode, bool)
	})
	if !ok {
		return
	}
	mode, loose := lm.looseMode()
	if !loose {
		return
	}
	r.mu.Lock()
	warned := r.fileModeWarn
	r.fileModeWarn = true
	r.mu.Unlock()
	if !warned {
		p := r.filePath()
		r.warnf("warning: %s can be read by other users (mode %04o); run `chmod 600 %s`\n", p, uint32(mode), p)
	}
}

func (r *Resolver) filePath() string {
	if p, ok := r.File.(pather); ok {
		return p.Path()
	}
	return ""
}

func (r *Resolver) warnf(format string, args ...any) {
	if r.Warn == nil {
		return
	}
	var p *i18n.Printer
	if r.Printer != nil {
		p = r.Printer()
	}
	for i, a := range args {
		if err, ok := a.(error); ok {
			args[i] = i18n.Localize(err, p)
		}
	}
	fmt.Fprint(r.Warn, p.T(format, args...))
}
