package emulator

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

func TestDefaultDBPathPrecedence(t *testing.T) {
	home := t.TempDir()
	var platformDefault string
	switch runtime.GOOS {
	case "darwin", "windows":
		t.Setenv("HOME", home)
		t.Setenv("AppData", home)
		dir, err := os.UserConfigDir()
		if err != nil {
			t.Fatal(err)
		}
		platformDefault = filepath.Join(dir, "mxpay", "emulator.db")
	default:
		platformDefault = filepath.Join(home, ".local", "share", "mxpay", "emulator.db")
	}
	tests := []struct {
		name, db, xdg, want string
	}{
		{"MXPAY_EMULATOR_DB wins", "/tmp/x/state.db", "/data", "/tmp/x/state.db"},
		{"XDG_DATA_HOME next", "", "/data", filepath.Join("/data", "mxpay", "emulator.db")},
		{"relative XDG_DATA_HOME is ignored", "", "data", platformDefault},
		{"platform default last", "", "", platformDefault},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("HOME", home)
			t.Setenv("MXPAY_EMULATOR_DB", tt.db)
			t.Setenv("XDG_DATA_HOME", tt.xdg)
			got, err := DefaultDBPath(os.Getenv)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("DefaultDBPath = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestOpenUsesDefaultDBPath(t *testing.T) {
	path := filepath.Join(t.TempDir(), "from-env.db")
	t.Setenv("MXPAY_EMULATOR_DB", path)
	e, err := Open(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	if e.DBPath() != path {
		t.Errorf("DBPath() = %q, want %q", e.DBPath(), path)
	}
	if _, err := os.Stat(path); err != nil {
		t.Errorf("state file not created: %v", err)
	}
}
