package output

import (
	"github.com/mxpay/mxpay/internal/errs"
	"github.com/mxpay/mxpay/internal/i18n"
)

// UsageError reports a bad --output, --fields or --jq value.
type UsageError struct {
	Err error
}

func (e *UsageError) Error() string   { return e.Err.Error() }
func (e *UsageError) Unwrap() error   { return e.Err }
func (e *UsageError) Kind() errs.Kind { return errs.Usage }

func usageErrorf(format string, args ...any) error {
	return &UsageError{Err: i18n.Errorf(format, args...)}
}
