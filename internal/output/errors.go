package output

import "fmt"

// exitUsage mirrors cmdutil.ExitUsage; cmdutil imports this package, so the
// value is repeated here instead of imported.
const exitUsage = 2

// UsageError reports a bad --output, --fields or --jq value. It maps to exit
// code 2 through its ExitCode method.
type UsageError struct {
	Err error
}

func (e *UsageError) Error() string { return e.Err.Error() }
func (e *UsageError) Unwrap() error { return e.Err }
func (e *UsageError) ExitCode() int { return exitUsage }

func usageErrorf(format string, args ...any) error {
	return &UsageError{Err: fmt.Errorf(format, args...)}
}
