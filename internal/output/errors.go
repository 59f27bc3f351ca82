package output

import (
	"fmt"

	"github.com/mxpay/mxpay/internal/errs"
)

// UsageError reports a bad --output, --fields or --jq value.
type UsageError struct {
	Err error
}

func (e *UsageError) Error() string   { return e.Err.Error() }
func (e *UsageError) Unwrap() error   { return e.Err }
func (e *UsageError) Kind() errs.Kind { return errs.Usage }

func usageErrorf(format string, args ...any) error {
	return &UsageError{Err: fmt.Errorf(format, args...)}
}
