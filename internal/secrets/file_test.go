package secrets

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func TestFileStore(t *testing.T) {
	s := NewFileStore(filepath.Join(t.TempDir(), "secrets.json"))
	if s.Name() != "file" {
		t.Errorf("Name = %q", s.Name())
	}
	testStoreContract(t, s)
}

func TestFileStorePermissionsAndLayout(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Windows has no Unix permission bits")
	}
	dir := filepath.Join(t.TempDir(), "mxpay")
	path := filepath.Join(dir, "secrets.json")
	s := NewFileStore(path)
	if err := s.Set("default", "facti", "client_id", "cid"); err != nil {
		t.Fatal(err)
	}
	assertMode(t, dir, 0o700)
	assertMode(t, path, 0o600)

	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]map[string]map[string]string
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatalf("file is not JSON: %v", err)
	}
	if got["default"]["facti"]["client_id"] != "cid" {
		t.Errorf("file contents = %s, want {default: {facti: {client_id: cid}}}", data)
	}
}

func TestFileStoreWriteFixesLooseMode(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Windows has no Unix permission bits")
	}
	path := filepath.Join(t.TempDir(), "secrets.json")
	if err := os.WriteFile(path, []byte(`{"default":{"sync":{"api_key":"old"}}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Chmod(path, 0o644) // WriteFile's mode is subject to umask
	s := NewFileStore(path)
	if v, err := s.Get("default", "sync", "api_key"); err != nil || v != "old" {
		t.Fatalf("a loose file should still be read: Get = %q, %v", v, err)
	}
	if err := s.Set("default", "sync", "api_key", "new"); err != nil {
		t.Fatal(err)
	}
	assertMode(t, path, 0o600)
}

func TestFileStoreLeavesNoTemporaryFiles(t *testing.T) {
	dir := t.TempDir()
	s := NewFileStore(filepath.Join(dir, "secrets.json"))
	for _, v := range []string{"a", "b", "c"} {
		if err := s.Set("default", "facti", "api_key", v); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Delete("default", "facti", "api_key"); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].Name() != "secrets.json" {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("directory holds %v, want only secrets.json", names)
	}
}

func TestFileStoreDeleteOnMissingFileCreatesNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "secrets.json")
	if err := NewFileStore(path).Delete("default", "facti", "api_key"); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Delete created the file (stat err = %v)", err)
	}
}

func TestFileStoreCorruptFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "secrets.json")
	if err := os.WriteFile(path, []byte(`{"default": {"facti": {"api_key": "sk_live_secret"`), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := NewFileStore(path).Get("default", "facti", "api_key")
	if err == nil || errors.Is(err, ErrNotFound) {
		t.Fatalf("Get on a corrupt file: err = %v, want a read error", err)
	}
	if !strings.Contains(err.Error(), path) || strings.Contains(err.Error(), "sk_live_secret") {
		t.Errorf("error should name the file and not quote it: %q", err)
	}
}

func TestFileStorePath(t *testing.T) {
	s := NewFileStore("/x/secrets.json")
	p, ok := s.(interface{ Path() string })
	if !ok || p.Path() != "/x/secrets.json" {
		t.Errorf("file store should report its path")
	}
}

func assertMode(t *testing.T, path string, want os.FileMode) {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := info.Mode().Perm(); got != want {
		t.Errorf("mode of %s = %04o, want %04o", path, got, want)
	}
}
