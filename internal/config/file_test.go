package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadMissingFileIsEmpty(t *testing.T) {
	c, err := Load(filepath.Join(t.TempDir(), "none", "config.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Profiles()) != 0 {
		t.Errorf("profiles = %v, want none", c.Profiles())
	}
}

func TestSaveRoundTripAndMode(t *testing.T) {
	path := filepath.Join(t.TempDir(), "mxpay", "config.yaml")
	c, _ := Load(path)
	must(t, c.Set("default", "env", "production"))
	must(t, c.Set("default", "facti.from_rfc", "XAXX010101000"))
	must(t, c.Set("Work", "sync.user", "5f0c"))
	must(t, c.Save())

	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Errorf("mode = %v, want 0600", info.Mode().Perm())
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("directory holds %d entries, want only the config (no temp files left)", len(entries))
	}

	again, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := again.Get("default", "facti.from_rfc"); v != "XAXX010101000" {
		t.Errorf("facti.from_rfc = %q", v)
	}
	if v, _ := again.Get("work", "sync.user"); v != "5f0c" {
		t.Errorf("profile names are case-insensitive: sync.user = %q", v)
	}
	if got := strings.Join(again.Profiles(), ","); got != "default,work" {
		t.Errorf("profiles = %s", got)
	}
	if ok, _ := again.Unset("default", "env"); !ok {
		t.Error("Unset(env) reported the key absent")
	}
	if _, ok := again.Get("default", "env"); ok {
		t.Error("env still set after Unset")
	}
}

func TestSetRejectsUnknownAndInvalid(t *testing.T) {
	c, _ := Load(filepath.Join(t.TempDir(), "c.yaml"))
	if err := c.Set("default", "facti.api_key", "x"); err == nil || !strings.Contains(err.Error(), "valid keys") {
		t.Errorf("secret-like unknown key accepted or unhelpful: %v", err)
	}
	if err := c.Set("default", "env", "staging"); err == nil {
		t.Error("invalid env accepted")
	}
}

func TestLoadRejectsBrokenYAML(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.yaml")
	os.WriteFile(path, []byte("profiles: [unclosed"), 0o600)
	if _, err := Load(path); err == nil || !strings.Contains(err.Error(), path) {
		t.Errorf("err = %v, want one naming the file", err)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
