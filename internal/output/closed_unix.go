//go:build !windows

package output

import (
	"errors"
	"os"
	"syscall"
)

// processStreams returns the files mxpay writes its stdout and stderr to:
// duplicates of descriptors 1 and 2. The Go runtime ends the process with
// SIGPIPE (exit 141) when a write to descriptor 1 or 2 meets a closed pipe;
// a write to any other descriptor just fails with EPIPE, which
// closingWriter turns into ErrStdoutClosed. (signal.Ignore(SIGPIPE) has
// the same effect, but costs `mxpay version` most of a millisecond of
// start-up, measured.) A descriptor that cannot be duplicated is used as is.
func processStreams() (stdout, stderr *os.File) {
	return duplicate(os.Stdout), duplicate(os.Stderr)
}

func duplicate(f *os.File) *os.File {
	fd, err := syscall.Dup(int(f.Fd()))
	if err != nil {
		return f
	}
	syscall.CloseOnExec(fd) // a pager or hook gets 1 and 2, not these
	return os.NewFile(uintptr(fd), f.Name())
}

func isBrokenPipe(err error) bool { return errors.Is(err, syscall.EPIPE) }
