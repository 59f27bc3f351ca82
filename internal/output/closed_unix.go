//go:build !windows

package output

import (
	"errors"
	"os/signal"
	"syscall"
)

// ignoreSIGPIPE makes a write to a closed pipe on stdout or stderr fail with
// EPIPE instead of the Go runtime ending the process with SIGPIPE (exit
// 141), so the one rule for a closed stdout (ErrStdoutClosed) applies.
func ignoreSIGPIPE() { signal.Ignore(syscall.SIGPIPE) }

func isBrokenPipe(err error) bool { return errors.Is(err, syscall.EPIPE) }
