package emulator

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
)

// DefaultDBPath is where the emulator keeps its state unless told otherwise:
// $MXPAY_EMULATOR_DB if set; else emulator.db in DataDir. getenv is
// os.Getenv outside tests.
func DefaultDBPath(getenv func(string) string) (string, error) {
	if p := getenv("MXPAY_EMULATOR_DB"); p != "" {
		return p, nil
	}
	dir, err := DataDir(getenv)
	if err != nil {
		return "", fmt.Errorf("finding a directory for the emulator state (set MXPAY_EMULATOR_DB to choose a file): %w", err)
	}
	return filepath.Join(dir, "emulator.db"), nil
}

// DataDir is mxpay's directory for data it keeps (the emulator state, the
// ledger): $XDG_DATA_HOME/mxpay (only an absolute XDG_DATA_HOME counts, as
// the XDG specification says); else the platform's data directory:
// ~/.local/share/mxpay on Linux and other Unix systems,
// os.UserConfigDir()/mxpay on macOS and Windows.
func DataDir(getenv func(string) string) (string, error) {
	if dir := getenv("XDG_DATA_HOME"); filepath.IsAbs(dir) {
		return filepath.Join(dir, "mxpay"), nil
	}
	switch runtime.GOOS {
	case "darwin", "windows":
		dir, err := os.UserConfigDir()
		if err != nil {
			return "", err
		}
		return filepath.Join(dir, "mxpay"), nil
	default:
		home, err := os.UserHomeDir()
		if err != nil {
			return "", err
		}
		return filepath.Join(home, ".local", "share", "mxpay"), nil
	}
}
