// Package secrets stores provider credentials: the environment, the OS
// keyring (every call bounded by a timeout), a 0600 fallback file, and memory
// for tests. Secrets are never accepted as flags.
package secrets

import "github.com/mxpay/mxpay/internal/i18n"

// ErrNotFound is returned by Get when a store holds no such secret.
var ErrNotFound = i18n.Errorf("secret not found")

// Store holds secrets addressed by profile, provider and key.
type Store interface {
	// Name says where secrets live: "env", "keyring", "file" or "memory".
	Name() string
	Get(profile, provider, key string) (string, error)
	Set(profile, provider, key, value string) error
	// Delete removes a secret; deleting a missing one is not an error.
	Delete(profile, provider, key string) error
}

// Key describes one secret of a provider.
type Key struct {
	Name  string // stable key used in stores and `--with-token` input
	Label string // shown in prompts and `auth status`
	Env   string // environment variable that overrides every store
	// Optional secrets are not required for the provider's API calls.
	Optional bool
	// Echo marks an identifier that is stored with the secrets but is not
	// one itself (Facti's client id): its prompt shows what is typed. It is
	// still masked in output like the others.
	Echo bool
}

// Provider lists the secrets one provider needs.
type Provider struct {
	Name  string
	Label string
	Keys  []Key
}

// Providers returns the secrets of every provider, in display order.
func Providers() []Provider {
	return []Provider{
		{Name: "facti", Label: "Facti", Keys: []Key{
			{Name: "client_id", Label: "Client ID", Env: "MXPAY_FACTI_CLIENT_ID", Echo: true},
			{Name: "api_key", Label: "API key", Env: "MXPAY_FACTI_API_KEY"},
			{Name: "ipn_password", Label: "IPN password", Env: "MXPAY_FACTI_IPN_PASSWORD", Optional: true},
		}},
		{Name: "pagofacil", Label: "PagoFácil", Keys: []Key{
			{Name: "sucursal", Label: "idSucursal", Env: "MXPAY_PAGOFACIL_SUCURSAL"},
			{Name: "usuario", Label: "idUsuario", Env: "MXPAY_PAGOFACIL_USUARIO"},
		}},
		{Name: "sync", Label: "Paybook Sync", Keys: []Key{
			{Name: "api_key", Label: "API key", Env: "MXPAY_SYNC_API_KEY"},
		}},
	}
}

// LookupProvider returns the provider named name.
func LookupProvider(name string) (Provider, bool) {
	for _, p := range Providers() {
		if p.Name == name {
			return p, true
		}
	}
	return Provider{}, false
}

// ProviderNames returns the provider names in display order.
func ProviderNames() []string {
	var names []string
	for _, p := range Providers() {
		names = append(names, p.Name)
	}
	return names
}

// Mask shows at most the first 4 and last 2 characters of a secret, and
// less for short ones, so a masked value never reveals most of the secret.
func Mask(s string) string {
	r := []rune(s)
	switch {
	case len(r) == 0:
		return ""
	case len(r) < 8:
		return "****"
	case len(r) < 12:
		return string(r[:2]) + "****" + string(r[len(r)-1:])
	default:
		return string(r[:4]) + "****" + string(r[len(r)-2:])
	}
}
