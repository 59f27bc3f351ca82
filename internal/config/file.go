// Package config reads and writes the YAML profile file and resolves
// settings with the one precedence rule: flag > environment > profile > default.
package config

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/mxpay/mxpay/internal/i18n"
	"go.yaml.in/yaml/v3"
)

// DefaultProfile is used when neither --profile nor MXPAY_PROFILE is set.
const DefaultProfile = "default"

// Config is the profile file: profiles of non-secret settings.
type Config struct {
	path     string
	profiles map[string]map[string]string // profile → dotted key → value
}

// DefaultPath is <user config dir>/mxpay/config.yaml.
func DefaultPath() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", i18n.Errorf("finding the user config directory: %w (set MXPAY_CONFIG)", err)
	}
	return filepath.Join(dir, "mxpay", "config.yaml"), nil
}

// Load reads the profile file at path into layers of its own. A missing
// file is an empty config.
func Load(path string) (*Config, error) {
	return NewLayers().LoadFile(path)
}

func flatten(prefix string, m map[string]any, out map[string]string) {
	for k, v := range m {
		name := k
		if prefix != "" {
			name = prefix + "." + k
		}
		if sub, ok := v.(map[string]any); ok {
			flatten(name, sub, out)
			continue
		}
		out[name] = fmt.Sprint(v)
	}
}

// Path is the file this config is read from and written to.
func (c *Config) Path() string { return c.path }

// Profile returns a copy of a profile's values (empty when it does not exist).
func (c *Config) Profile(name string) map[string]string {
	out := map[string]string{}
	for k, v := range c.profiles[strings.ToLower(name)] {
		out[k] = v
	}
	return out
}

// Profiles returns the profile names in the file, sorted.
func (c *Config) Profiles() []string {
	var names []string
	for n := range c.profiles {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Get returns a profile's value for key.
func (c *Config) Get(profile, key string) (string, bool) {
	v, ok := c.profiles[strings.ToLower(profile)][key]
	return v, ok
}

// Set validates and stores a value in memory; call Save to write it.
func (c *Config) Set(profile, name, value string) error {
	key, err := LookupKey(name)
	if err != nil {
		return err
	}
	if err := ValidateValue(key, value); err != nil {
		return err
	}
	profile = strings.ToLower(profile)
	if c.profiles[profile] == nil {
		c.profiles[profile] = map[string]string{}
	}
	c.profiles[profile][name] = value
	return nil
}

// Unset removes a key from a profile; it reports whether it was there.
func (c *Config) Unset(profile, name string) (bool, error) {
	if _, err := LookupKey(name); err != nil {
		return false, err
	}
	values := c.profiles[strings.ToLower(profile)]
	_, ok := values[name]
	delete(values, name)
	return ok, nil
}

// Save writes the file atomically with mode 0600: a temp file in the same
// directory, fsync, rename. viper's own writer can do neither, hence yaml.
func (c *Config) Save() error {
	doc := map[string]any{"profiles": c.nested()}
	data, err := yaml.Marshal(doc)
	if err != nil {
		return i18n.Errorf("encoding config: %w", err)
	}
	header := []byte("# mxpay profiles; secrets are not stored here (see `mxpay auth status`).\n")
	return WriteFileAtomic(c.path, append(header, data...))
}

func (c *Config) nested() map[string]any {
	out := map[string]any{}
	for name, values := range c.profiles {
		prof := map[string]any{}
		for key, v := range values {
			parts := strings.Split(key, ".")
			m := prof
			for _, p := range parts[:len(parts)-1] {
				sub, ok := m[p].(map[string]any)
				if !ok {
					sub = map[string]any{}
					m[p] = sub
				}
				m = sub
			}
			m[parts[len(parts)-1]] = v
		}
		out[name] = prof
	}
	return out
}

// WriteFileAtomic writes data to path with mode 0600 so that readers see
// either the old file or the new one, never half of it.
func WriteFileAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return i18n.Errorf("creating %s: %w", dir, err)
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return i18n.Errorf("writing %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // no-op after a successful rename
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return i18n.Errorf("writing %s: %w", path, err)
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return i18n.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return i18n.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return i18n.Errorf("writing %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return i18n.Errorf("writing %s: %w", path, err)
	}
	return nil
}
