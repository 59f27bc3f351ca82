// Package demo holds the emulator's demo account: the credentials it
// accepts and the ids it starts with. They are documented in the README, so
// they must never look like, or be, real ones. This is the one place they
// live: the emulators read them, and of the CLI only cmdutil does (to use
// them under --env emulator when nothing is configured).
package demo

// Facti: credentials and the one company, with an STP and a bank payment
// way. The company is the default facti.company_id and --from-rfc under
// --env emulator.
const (
	FactiClientID    = "demo-facti-client-id"
	FactiAPIKey      = "demo-facti-api-key"
	FactiIPNPassword = "demo-facti-ipn-password"
	FactiCompanyID   = "1"
	FactiCompanyRFC  = "EMU190101AB1"
)

// PagoFácil credentials (idSucursal, idUsuario).
const (
	PagoFacilSucursal = "demo-pagofacil-sucursal"
	PagoFacilUsuario  = "demo-pagofacil-usuario"
)

// Sync's API key.
const SyncAPIKey = "demo-sync-api-key"

// Credentials returns the demo credentials of provider keyed by mxpay's
// secret names (as internal/secrets names them), or nil for an unknown
// provider.
func Credentials(provider string) map[string]string {
	switch provider {
	case "facti":
		return map[string]string{"client_id": FactiClientID, "api_key": FactiAPIKey, "ipn_password": FactiIPNPassword}
	case "pagofacil":
		return map[string]string{"sucursal": PagoFacilSucursal, "usuario": PagoFacilUsuario}
	case "sync":
		return map[string]string{"api_key": SyncAPIKey}
	}
	return nil
}

// Settings returns the value a profile setting takes under --env emulator
// when nothing sets it: the demo company for Facti's company id and RFC.
func Settings(key string) string {
	switch key {
	case "facti.company_id":
		return FactiCompanyID
	case "facti.from_rfc":
		return FactiCompanyRFC
	}
	return ""
}
