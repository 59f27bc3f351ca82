package cmdutil

import (
	"net/http"

	"os"
	"path/filepath"

	"github.com/mxpay/mxpay/internal/httpx"

	"github.com/mxpay/mxpay/internal/emulator"
	"github.com/mxpay/mxpay/internal/facti"
	"github.com/mxpay/mxpay/internal/pagofacil"
	syncapi "github.com/mxpay/mxpay/internal/sync"
)

// The provider clients are built here, once, from the active profile's
// endpoint and settings; commands ask the Factory for them.

func (f *Factory) newFacti() (*facti.Client, error) {
	ep, err := f.Endpoint("facti")
	if err != nil {
		return nil, err
	}
	return FactiClientFor(f, ep)
}

// FactiClientFor builds a Facti client over an endpoint (auth login checks
// credentials that are not stored yet this way).
func FactiClientFor(f *Factory, ep *Endpoint) (*facti.Client, error) {
	s, err := f.Settings()
	if err != nil {
		return nil, err
	}
	c := facti.New(ep.Client, ep.BaseURL, ep.Credentials["client_id"], ep.Credentials["api_key"])
	c.Settle = s.SettlePolicy()
	return c, nil
}

func (f *Factory) newPagoFacil() (*pagofacil.Client, error) {
	ep, err := f.Endpoint("pagofacil")
	if err != nil {
		return nil, err
	}
	return PagoFacilClientFor(f, ep)
}

// PagoFacilClientFor builds a PagoFácil client over an endpoint.
func PagoFacilClientFor(f *Factory, ep *Endpoint) (*pagofacil.Client, error) {
	s, err := f.Settings()
	if err != nil {
		return nil, err
	}
	return &pagofacil.Client{
		HTTP:     ep.Client,
		BaseURL:  ep.BaseURL,
		Sucursal: ep.Credentials["sucursal"],
		Usuario:  ep.Credentials["usuario"],
		Settle:   s.SettlePolicy(),
	}, nil
}

func (f *Factory) newSync() (*syncapi.Client, error) {
	ep, err := f.Endpoint("sync")
	if err != nil {
		return nil, err
	}
	return SyncClientFor(f, ep)
}

// SyncClientFor builds a Sync client over an endpoint. Session tokens are
// cached per profile (0600 files); under the emulator they live next to its
// state, since they mean nothing anywhere else.
func SyncClientFor(f *Factory, ep *Endpoint) (*syncapi.Client, error) {
	s, err := f.Settings()
	if err != nil {
		return nil, err
	}
	var store syncapi.SessionStore
	if dir, err := f.syncSessionDir(s.Env); err == nil {
		store = syncapi.FileSessions{Dir: dir, Profile: s.Profile}
	}
	c := syncapi.New(ep.Client, ep.BaseURL, ep.Credentials["api_key"], store)
	c.Settle = s.SettlePolicy()
	return c, nil
}

func (f *Factory) syncSessionDir(env string) (string, error) {
	if env == EnvEmulator {
		db, err := emulator.DefaultDBPath(f.Getenv)
		if err != nil {
			return "", err
		}
		return filepath.Join(filepath.Dir(db), "sync-sessions"), nil
	}
	if dir := f.Getenv("XDG_CACHE_HOME"); filepath.IsAbs(dir) {
		return filepath.Join(dir, "mxpay", "sync-sessions"), nil
	}
	dir, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "mxpay", "sync-sessions"), nil
}

func (f *Factory) newPlainHTTPClient() (*http.Client, error) {
	s, err := f.Settings()
	if err != nil {
		return nil, err
	}
	opts := httpx.Options{UserAgent: "mxpay/" + f.version(), Timeout: s.Timeout, Redactor: f.Redactor(), MaxRetries: -1}
	if s.Debug {
		opts.Debug = f.IOStreams.ErrOut
	}
	return httpx.NewClient(opts), nil
}

// Redactor is the run's redactor type, so that command options can hold one
// without importing httpx.
type Redactor = httpx.Redactor

// IsAmbiguous, NeverSent and Unwrap re-export httpx's delivery rules for
// the command layer, which does not import httpx.
var (
	IsAmbiguous = httpx.IsAmbiguous
	NeverSent   = httpx.NeverSent
	// ReportError is the error to show for a failed exchange: http.Client's
	// *url.Error repeats the URL unmasked, so its inner error is shown.
	ReportError = httpx.UnwrapURLError
	// AllowRetry marks a request that only reads (a search sent as a POST)
	// as safe to repeat. Never use it on a request that creates or moves money.
	AllowRetry = httpx.AllowRetry
)
