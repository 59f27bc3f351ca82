package config

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/mxpay/mxpay/internal/errs"
	"github.com/mxpay/mxpay/internal/i18n"

	"github.com/mxpay/mxpay/internal/rfc"
)

// Key is a non-secret setting that may live in a profile.
type Key struct {
	Name        string // dotted name used by `mxpay config`, e.g. "facti.from_rfc"
	Env         string // environment variable that overrides the profile
	Default     string
	Description string
	Validate    func(string) error
}

// Keys returns every setting a profile may hold. Secrets are not settings:
// they live in internal/secrets.
func Keys() []Key {
	return []Key{
		{Name: "env", Env: "MXPAY_ENV", Default: "sandbox", Description: "provider environment: sandbox, production or emulator", Validate: oneOf("sandbox", "production", "emulator")},
		{Name: "output", Env: "MXPAY_OUTPUT", Default: "table", Description: "default output format: table, json, jsonl or csv", Validate: oneOf("table", "json", "jsonl", "csv")},
		{Name: "timeout", Env: "MXPAY_TIMEOUT", Default: "30s", Description: "per-request timeout, whole exchange, e.g. 30s or 2m", Validate: validDuration},
		{Name: "verify_window", Env: "MXPAY_VERIFY_WINDOW", Description: "how long to look up a create or charge whose reply was lost (default: twice the timeout, at least 1m)", Validate: validDuration},
		{Name: "lang", Env: "MXPAY_LANG", Description: "language people read: es or en (default: from LC_ALL, LC_MESSAGES or LANG)", Validate: oneOf("es", "en")},
		{Name: "facti.base_url", Env: "MXPAY_FACTI_BASE_URL", Description: "override the Facti API base URL", Validate: validURL},
		{Name: "facti.company_id", Env: "MXPAY_FACTI_COMPANY_ID", Description: "Facti company id used by default"},
		{Name: "facti.from_rfc", Env: "MXPAY_FACTI_FROM_RFC", Description: "RFC that issues payment requests by default", Validate: validRFC},
		{Name: "pagofacil.base_url", Env: "MXPAY_PAGOFACIL_BASE_URL", Description: "override the PagoFácil API base URL", Validate: validURL},
		{Name: "sync.base_url", Env: "MXPAY_SYNC_BASE_URL", Description: "override the Paybook Sync API base URL", Validate: validURL},
		{Name: "sync.user", Env: "MXPAY_SYNC_USER", Description: "Sync user id used by user-scoped commands"},
		{Name: "ledger", Env: "MXPAY_LEDGER", Description: "where mxpay records every request that creates something or moves money: a SQLite file path, or a postgres:// URL shared by several machines (put its password in PGPASSWORD or ~/.pgpass, not in the URL) (default <user data dir>/mxpay/ledger.db)", Validate: validLedger},
	}
}

// KeyNames returns the names of every setting, in display order.
func KeyNames() []string {
	var names []string
	for _, k := range Keys() {
		names = append(names, k.Name)
	}
	return names
}

// LookupKey returns the setting named name, or an error listing the valid names.
func LookupKey(name string) (Key, error) {
	for _, k := range Keys() {
		if k.Name == name {
			return k, nil
		}
	}
	return Key{}, &UnknownKeyError{Name: name}
}

// UnknownKeyError is a usage error that lists the valid keys.
type UnknownKeyError struct{ Name string }

func (e *UnknownKeyError) Error() string {
	key, args := e.MessageKey()
	return fmt.Sprintf(key, args...)
}

// MessageKey is the message as a catalog id and its arguments.
func (e *UnknownKeyError) MessageKey() (string, []any) {
	return "unknown config key %q; valid keys: %s", []any{e.Name, strings.Join(KeyNames(), ", ")}
}
func (e *UnknownKeyError) Kind() errs.Kind { return errs.Usage }

// InvalidValueError is a usage error for a value a key does not accept.
type InvalidValueError struct {
	Key string
	Err error
}

func (e *InvalidValueError) Error() string {
	return fmt.Sprintf("invalid value for %s: %v", e.Key, e.Err)
}

// MessageKey is the message as a catalog id and its arguments (the cause
// is an error: it is translated too).
func (e *InvalidValueError) MessageKey() (string, []any) {
	return "invalid value for %s: %v", []any{e.Key, e.Err}
}
func (e *InvalidValueError) Unwrap() error   { return e.Err }
func (e *InvalidValueError) Kind() errs.Kind { return errs.Usage }

// ValidateValue checks value against key's rule.
func ValidateValue(key Key, value string) error {
	if key.Validate == nil {
		return nil
	}
	if err := key.Validate(value); err != nil {
		return &InvalidValueError{Key: key.Name, Err: err}
	}
	return nil
}

func oneOf(values ...string) func(string) error {
	return func(v string) error {
		for _, ok := range values {
			if v == ok {
				return nil
			}
		}
		return i18n.Errorf("%q is not one of %s", v, strings.Join(values, ", "))
	}
}

func validDuration(v string) error {
	d, err := time.ParseDuration(v)
	if err != nil {
		if n, nerr := strconv.Atoi(v); nerr == nil && n > 0 {
			return i18n.Errorf("%q has no unit; write %ss", v, strconv.Itoa(n))
		}
		return i18n.Errorf("%q is not a duration like 30s or 2m", v)
	}
	if d <= 0 {
		return i18n.Errorf("%q must be positive", v)
	}
	return nil
}

func validURL(v string) error {
	u, err := url.Parse(v)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return i18n.Errorf("%q is not an http(s) URL", v)
	}
	return nil
}

// validLedger accepts a file path or a postgres:// (postgresql://) URL.
func validLedger(v string) error {
	if strings.TrimSpace(v) == "" {
		return i18n.Errorf("the ledger needs a file path or a postgres:// URL")
	}
	if scheme, _, ok := strings.Cut(v, "://"); ok {
		if s := strings.ToLower(scheme); s != "postgres" && s != "postgresql" {
			return i18n.Errorf("a ledger URL must be postgres:// or postgresql://, not %s://", scheme)
		}
		if _, err := url.Parse(v); err != nil {
			return i18n.Errorf("the ledger URL is not a URL")
		}
	}
	return nil
}

// validRFC applies the one RFC rule (internal/rfc).
func validRFC(v string) error {
	return rfc.Check("RFC", strings.ToUpper(v))
}
