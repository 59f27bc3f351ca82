package output

import (
	"io"
	"os"
	"sync"
	"sync/atomic"

	"github.com/mxpay/mxpay/internal/i18n"
)

// ErrStdoutClosed is in the chain of every write error caused by the reader
// of stdout going away (`mxpay … | head -1`, or quitting the pager). That is
// not a failure: the reader has all it wanted. The root turns it into a
// silent success (cmdutil.ExitCodeOf), as gh does.
var ErrStdoutClosed = i18n.Errorf("standard output was closed by its reader")

// closedError is a broken-pipe error that is also ErrStdoutClosed.
type closedError struct{ err error }

func (e *closedError) Error() string        { return e.err.Error() }
func (e *closedError) Unwrap() error        { return e.err }
func (e *closedError) Is(target error) bool { return target == ErrStdoutClosed }

// closingWriter is stdout (a file, or the pager's pipe) noticing a reader
// that went away: the first broken-pipe error marks it closed and runs
// onClose once; every later write fails at once without a system call.
type closingWriter struct {
	f       io.Writer
	closed  atomic.Bool
	once    sync.Once
	onClose func()
}

func (w *closingWriter) Write(p []byte) (int, error) {
	if w.closed.Load() {
		return 0, &closedError{err: os.ErrClosed}
	}
	n, err := w.f.Write(p)
	if err != nil && isBrokenPipe(err) {
		w.closed.Store(true)
		w.once.Do(func() {
			if w.onClose != nil {
				w.onClose()
			}
		})
		return n, &closedError{err: err}
	}
	return n, err
}

// Fd lets survey use stdout as a terminal, as it would os.Stdout.
func (w *closingWriter) Fd() uintptr {
	if f, ok := w.f.(interface{ Fd() uintptr }); ok {
		return f.Fd()
	}
	return ^uintptr(0)
}

func (w *closingWriter) isClosed() bool { return w.closed.Load() }
