package cmdutil

import (
	"context"
	"errors"
	"net/http"

	"github.com/mxpay/mxpay/internal/build"
	"github.com/mxpay/mxpay/internal/emulator"
	"github.com/mxpay/mxpay/internal/emulator/demo"
	"github.com/mxpay/mxpay/internal/httpx"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/secrets"
)

// DefaultBaseURL is the documented host of a provider in an environment.
// Sync decides sandbox vs production by the API key, so both are the same
// host: the newest one in api-notes.md.
func DefaultBaseURL(provider, env string) string {
	prod := env == EnvProduction
	switch provider {
	case "facti":
		if prod {
			return "https://api.facti.mx"
		}
		return "http://api.sandbox.facti.mx"
	case "pagofacil":
		if prod {
			return "https://api.pagofacil.tech"
		}
		return "https://sandbox.pagofacil.tech"
	case "sync":
		return "https://opendata-api.syncfy.com/v1"
	}
	return ""
}

// Endpoint is what a provider client needs: where, how, and with which secrets.
type Endpoint struct {
	Provider    string
	Env         string
	BaseURL     string
	Client      *http.Client
	Credentials map[string]string // secret key name → value; never print
	// CredentialSource says where the credentials came from ("emulator demo"
	// when the emulator's built-in ones are used).
	CredentialSource string

	httpOptions httpx.Options // what Client was built with, for OnceClient
}

// OnceClient is Client that never repeats a request, not even a GET: for a
// raw call that may create something or move money whatever its method (a
// PagoFácil charge can be sent as a GET).
func (ep *Endpoint) OnceClient() *http.Client {
	o := ep.httpOptions
	o.MaxRetries = -1
	return httpx.NewClient(o)
}

// Endpoint resolves the base URL, HTTP client and stored credentials of a
// provider for the active profile and environment.
func (f *Factory) Endpoint(provider string) (*Endpoint, error) {
	creds, source, err := f.Credentials(provider)
	if err != nil {
		return nil, err
	}
	return f.EndpointWith(provider, creds, source)
}

// EndpointWith is Endpoint with the given credentials, e.g. ones typed at
// `auth login` that must be checked before they are stored.
func (f *Factory) EndpointWith(provider string, creds map[string]string, source string) (*Endpoint, error) {
	s, err := f.Settings()
	if err != nil {
		return nil, err
	}
	ep := &Endpoint{Provider: provider, Env: s.Env, Credentials: creds, CredentialSource: source}
	for _, v := range creds {
		f.Redactor().Add(v)
	}
	var transport http.RoundTripper
	if s.Env == EnvEmulator {
		e, err := f.Emulator()
		if err != nil {
			return nil, err
		}
		transport = e.Transport()
		ep.BaseURL = emulator.BaseURL(provider)
	} else {
		override, err := s.Get(provider + ".base_url")
		if err != nil {
			return nil, err
		}
		ep.BaseURL = override.Value
		if ep.BaseURL == "" {
			ep.BaseURL = DefaultBaseURL(provider, s.Env)
		}
	}
	opts := httpx.Options{
		UserAgent: "mxpay/" + f.version(),
		Timeout:   s.Timeout,
		Transport: transport,
		Redactor:  f.Redactor(),
	}
	if s.Debug {
		opts.Debug = f.IOStreams.ErrOut
	}
	ep.Client = httpx.NewClient(opts)
	ep.httpOptions = opts
	return ep, nil
}

// version is the binary's version, read from the build info only when a
// request needs it: start-up stays cheap.
func (f *Factory) version() string {
	if f.Version == "" {
		f.Version = build.Current().Version
	}
	return f.Version
}

// CredentialValidator checks credentials against the provider before
// `auth login` stores them; each provider's package supplies one.
type CredentialValidator func(ctx context.Context, ep *Endpoint) error

// Credentials finds every secret of a provider for the active profile.
// Under --env emulator a provider with none of its required secrets
// configured uses the emulator's demo credentials, so the emulator works with zero set-up;
// anything configured explicitly still wins (that is how tests exercise
// bad credentials).
func (f *Factory) Credentials(provider string) (map[string]string, string, error) {
	p, ok := secrets.LookupProvider(provider)
	if !ok {
		return nil, "", i18n.Errorf("unknown provider %q", provider)
	}
	s, err := f.Settings()
	if err != nil {
		return nil, "", err
	}
	store, err := f.Secrets()
	if err != nil {
		return nil, "", err
	}
	creds := map[string]string{}
	sources := map[string]bool{}
	var missing []string
	requiredFound := 0
	for _, k := range p.Keys {
		v, src, err := store.Lookup(s.Profile, provider, k.Name)
		switch {
		case err == nil:
			creds[k.Name] = v
			sources[src] = true
			if !k.Optional {
				requiredFound++
			}
		case errors.Is(err, secrets.ErrNotFound):
			if !k.Optional {
				missing = append(missing, k.Label)
			}
		default:
			return nil, "", err
		}
	}
	if requiredFound == 0 && s.Env == EnvEmulator {
		// Optional secrets set explicitly (Facti's IPN password) still win.
		creds := mergeCredentials(demo.Credentials(provider), creds)
		return creds, "emulator demo", nil
	}
	if len(missing) > 0 {
		return nil, "", AuthErrorf(provider, "no %s %v found for profile %q", p.Label, andList(missing), s.Profile)
	}
	return creds, sourceList(sources), nil
}

// mergeCredentials lays explicit values over the demo ones.
func mergeCredentials(demo, explicit map[string]string) map[string]string {
	for k, v := range explicit {
		demo[k] = v
	}
	return demo
}

// DemoCredentials are the emulator's built-in credentials for provider, for
// `mxpay auth status` and `mxpay emulator serve` to show.
func DemoCredentials(provider string) map[string]string { return demo.Credentials(provider) }
