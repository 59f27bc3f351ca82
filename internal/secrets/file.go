package secrets

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/mxpay/mxpay/internal/i18n"
)

// fileStore keeps secrets in a JSON file readable only by its owner, for
// machines without a usable OS keyring or when the user asks for it
// (`auth login --insecure-storage`). The file holds
//
//	{"<profile>": {"<provider>": {"<key>": "<value>"}}}
//
// Its directory is created 0700 and every write replaces the file atomically
// with a fresh 0600 copy, so a file that someone loosened (say to 0644) is
// still read but gets its mode fixed on the next write. The Resolver warns
// about such a file without ever printing its contents.
//
// A mutex serialises the read-modify-write cycles of one process; two mxpay
// processes writing at the same instant can lose one update, which is
// acceptable for a file written only by `auth login` and `auth logout`.
type fileStore struct {
	mu   sync.Mutex
	path string
}

type fileContents map[string]map[string]map[string]string

// NewFileStore returns a Store over the secrets file at path.
func NewFileStore(path string) Store {
	return &fileStore{path: path}
}

func (s *fileStore) Name() string { return "file" }

// Path returns the file's location, so warnings can name it.
func (s *fileStore) Path() string { return s.path }

func (s *fileStore) Get(profile, provider, key string) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, err := s.read()
	if err != nil {
		return "", err
	}
	v, ok := c[profile][provider][key]
	if !ok {
		return "", ErrNotFound
	}
	return v, nil
}

func (s *fileStore) Set(profile, provider, key, value string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, err := s.read()
	if err != nil {
		return err
	}
	if c[profile] == nil {
		c[profile] = map[string]map[string]string{}
	}
	if c[profile][provider] == nil {
		c[profile][provider] = map[string]string{}
	}
	c[profile][provider][key] = value
	return s.write(c)
}

func (s *fileStore) Delete(profile, provider, key string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, err := s.read()
	if err != nil {
		return err
	}
	if _, ok := c[profile][provider][key]; !ok {
		return nil
	}
	delete(c[profile][provider], key)
	if len(c[profile][provider]) == 0 {
		delete(c[profile], provider)
	}
	if len(c[profile]) == 0 {
		delete(c, profile)
	}
	return s.write(c)
}

// looseMode reports whether group or others may read or write the file, with
// its mode. Windows has no such bits, so there it is always false.
func (s *fileStore) looseMode() (fs.FileMode, bool) {
	if runtime.GOOS == "windows" {
		return 0, false
	}
	info, err := os.Stat(s.path)
	if err != nil {
		return 0, false
	}
	mode := info.Mode().Perm()
	return mode, mode&0o077 != 0
}

// read loads the file; a missing file is an empty store. Errors name the
// file but never quote its contents.
func (s *fileStore) read() (fileContents, error) {
	data, err := os.ReadFile(s.path)
	if errors.Is(err, fs.ErrNotExist) {
		return fileContents{}, nil
	}
	if err != nil {
		return nil, i18n.Errorf("reading secrets file: %w", err)
	}
	c := fileContents{}
	if len(data) == 0 {
		return c, nil
	}
	if err := json.Unmarshal(data, &c); err != nil {
		// json errors describe positions and types, not values.
		return nil, i18n.Errorf("secrets file %s is not valid JSON (%v); fix or delete it and run `mxpay auth login` again", s.path, err)
	}
	return c, nil
}

// write replaces the file atomically: a temporary file in the same directory
// (so rename does not cross file systems) is made 0600 before any secret is
// written to it, synced, then renamed over the old file.
func (s *fileStore) write(c fileContents) (err error) {
	data, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		return i18n.Errorf("encoding secrets file: %w", err)
	}
	dir := filepath.Dir(s.path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return i18n.Errorf("creating directory for the secrets file: %w", err)
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(s.path)+".*.tmp")
	if err != nil {
		return i18n.Errorf("writing secrets file: %w", err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := tmp.Chmod(0o600); err != nil {
		return i18n.Errorf("protecting secrets file: %w", err)
	}
	if _, err := tmp.Write(append(data, '\n')); err != nil {
		return i18n.Errorf("writing secrets file: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		return i18n.Errorf("writing secrets file: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return i18n.Errorf("writing secrets file: %w", err)
	}
	if err := os.Rename(tmp.Name(), s.path); err != nil {
		return i18n.Errorf("replacing secrets file %s: %w", s.path, err)
	}
	return nil
}
