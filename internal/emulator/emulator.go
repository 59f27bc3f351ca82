// Package emulator runs faithful, stateful emulations of the Facti, PagoFácil
// and Sync APIs: in-process for tests and --env emulator (see Transport), or
// over loopback HTTP for other programs (see ListenAndServe). Each provider
// lives in its own sub-package under its path prefix: /facti, /pagofacil and
// /sync. State persists in a bbolt file; faults are injected only on request.
package emulator

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"strings"
	"sync"

	"github.com/mxpay/mxpay/internal/emulator/facti"
	"github.com/mxpay/mxpay/internal/emulator/pagofacil"
	"github.com/mxpay/mxpay/internal/emulator/state"
	syncemu "github.com/mxpay/mxpay/internal/emulator/sync"
)

// Host is the host name of in-process requests. The .invalid top-level
// domain never resolves, so a request that escapes the in-process transport
// fails instead of reaching someone's server.
const Host = "emulator.mxpay.invalid"

// Provider names, as used in paths, fault specs and mxpay's configuration.
const (
	Facti     = "facti"
	PagoFacil = "pagofacil"
	Sync      = "sync"
)

// Providers lists the emulated providers.
func Providers() []string { return []string{Facti, PagoFacil, Sync} }

// BaseURL is the base URL a provider client uses to reach the in-process
// emulator (through Transport), e.g. "http://emulator.mxpay.invalid/facti".
func BaseURL(provider string) string { return ProviderBaseURL("http://"+Host, provider) }

// ProviderBaseURL is the base URL of provider on an emulator served at root
// (as reported by ListenAndServe). It is shaped like that provider's real
// base URL: Sync's includes the /v1 that its hosts carry, the others do not.
// It returns "" for an unknown provider.
func ProviderBaseURL(root, provider string) string {
	root = strings.TrimSuffix(root, "/")
	switch provider {
	case Facti, PagoFacil:
		return root + "/" + provider
	case Sync:
		return root + "/sync/v1"
	}
	return ""
}

// Options configures Open.
type Options struct {
	DBPath string  // state file; "" means DefaultDBPath(os.Getenv)
	Faults []Fault // injected faults; none by default
}

// Emulator serves the three emulated APIs over one state store.
type Emulator struct {
	store     *state.Store
	providers []provider // fixed by Open; tests may swap a handler before use
	fallback  provider   // answers paths outside the providers
	faults    faultInjector

	// Requests that faults apply later run on the emulator's lifetime.
	lifetime   context.Context
	end        context.CancelFunc
	background sync.WaitGroup
}

// provider is one mounted API: its handler and how it words an error.
type provider struct {
	name       string
	handler    http.Handler
	writeError func(w http.ResponseWriter, status int, message string)
}

// Open opens the state file and builds the emulator. Only one process can
// hold the file at a time; the error says so when another one does.
func Open(opts Options) (*Emulator, error) {
	for _, f := range opts.Faults {
		if err := f.validate(); err != nil {
			return nil, fmt.Errorf("fault %s: %w", f, err)
		}
	}
	path := opts.DBPath
	if path == "" {
		var err error
		if path, err = DefaultDBPath(os.Getenv); err != nil {
			return nil, err
		}
	}
	st, err := state.Open(path)
	if err != nil {
		return nil, err
	}
	e := &Emulator{
		store: st,
		providers: []provider{
			{name: Facti, handler: facti.New(st), writeError: facti.WriteError},
			{name: PagoFacil, handler: pagofacil.New(st), writeError: pagofacil.WriteError},
			{name: Sync, handler: syncemu.New(st), writeError: syncemu.WriteError},
		},
		fallback: provider{handler: http.HandlerFunc(notEmulated), writeError: writeRootError},
	}
	e.faults.set(opts.Faults)
	e.lifetime, e.end = context.WithCancel(context.Background())
	return e, nil
}

// Close drops the late applications that have not started, waits for those
// that have, and releases the state file.
func (e *Emulator) Close() error {
	e.end()
	e.background.Wait()
	return e.store.Close()
}

// DBPath is the state file in use.
func (e *Emulator) DBPath() string { return e.store.Path() }

// Reset clears all emulated state. Faults are configuration, not state, and
// stay as they are.
func (e *Emulator) Reset() error {
	if err := e.store.Reset(); err != nil {
		return fmt.Errorf("clearing the emulator state in %s: %w", e.store.Path(), err)
	}
	return nil
}

// SetFaults replaces the injected faults and restarts their counts. It is
// safe to call while requests are being served. A fault whose Kind is not
// one of the Fault* constants never matches.
func (e *Emulator) SetFaults(faults []Fault) { e.faults.set(faults) }
