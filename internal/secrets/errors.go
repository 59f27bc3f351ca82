package secrets

import "github.com/mxpay/mxpay/internal/i18n"

// Errors a Store may return besides ErrNotFound. Callers match them with
// errors.Is; the messages never contain a secret value.
var (
	// ErrReadOnly is returned when writing to a store that cannot be
	// written, such as the environment.
	ErrReadOnly = i18n.Errorf("environment variables are read-only")
	// ErrTimeout is returned when the OS keyring did not answer in time.
	ErrTimeout = i18n.Errorf("the OS keyring did not answer in time")
	// ErrUnavailable is returned when the OS keyring cannot be used at all
	// (no Secret Service on D-Bus, a locked or missing keychain, ...).
	ErrUnavailable = i18n.Errorf("the OS keyring is unavailable")
)
