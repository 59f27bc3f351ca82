package config

import (
	"errors"
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/config"
)

// localized turns the config package's usage errors (an unknown key, a
// value a key does not accept) into catalog messages, so they read in the
// reader's language; their English words and their kind (usage, exit 2)
// stay the same. Any other error is returned as it is.
func localized(err error) error {
	var unknown *config.UnknownKeyError
	if errors.As(err, &unknown) {
		return cmdutil.UsageErrorf("unknown config key %q; valid keys: %s", unknown.Name, strings.Join(config.KeyNames(), ", "))
	}
	var invalid *config.InvalidValueError
	if errors.As(err, &invalid) {
		return cmdutil.UsageErrorf("invalid value for %s: %w", invalid.Key, invalid.Err)
	}
	return err
}
