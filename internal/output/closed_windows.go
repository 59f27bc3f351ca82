//go:build windows

package output

import (
	"errors"
	"os"
	"syscall"
)

// Windows has no SIGPIPE: a write to a closed pipe just fails.
func processStreams() (stdout, stderr *os.File) { return os.Stdout, os.Stderr }

// ERROR_BROKEN_PIPE and ERROR_NO_DATA are what a closed pipe's writer sees.
func isBrokenPipe(err error) bool {
	return errors.Is(err, syscall.EPIPE) || errors.Is(err, syscall.Errno(109)) || errors.Is(err, syscall.Errno(232))
}
