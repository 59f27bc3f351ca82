package config

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"strings"

	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"
)

// Layers are the sources of one run's settings, held by a viper instance of
// the run's own (never viper's global one), each under its own name:
//
//	profiles.<profile>.<key>  the YAML file: one sub-tree per profile
//	@flag.<key>               the global flags, bound (set only when given)
//	@env.<key>                the MXPAY_* variables, bound from the run's environment
//	@default.<key>            the registered defaults
//
// viper's own precedence is never consulted: Resolve, the one tested rule,
// decides between the layers.
//
// The environment is read through the run's lookup function rather than
// viper's BindEnv, which reads the process environment directly: tests give
// each run its own environment, and must never see the developer's shell
// (an MXPAY_ENV=production there).
type Layers struct {
	v *viper.Viper
}

const (
	flagLayer    = "@flag."
	envLayer     = "@env."
	defaultLayer = "@default."
)

// NewLayers returns empty layers over a new viper instance, with the
// registered defaults.
func NewLayers() *Layers {
	l := &Layers{v: viper.New()}
	for _, k := range Keys() {
		if k.Default != "" {
			l.v.SetDefault(defaultLayer+k.Name, k.Default)
		}
	}
	return l
}

// BindFlag binds key's flag layer to a command-line flag.
func (l *Layers) BindFlag(key string, f *pflag.Flag) error {
	if f == nil {
		return i18n.Errorf("binding %s: no such flag", key)
	}
	return l.v.BindPFlag(flagLayer+key, f)
}

// BindEnv binds key's environment layer to the variable name, as the run's
// lookup sees it now.
func (l *Layers) BindEnv(key, name string, lookup func(string) (string, bool)) {
	if v, ok := lookup(name); ok {
		l.v.Set(envLayer+key, v)
	}
}

// Flag is key's flag layer: set only when the flag was given.
func (l *Layers) Flag(key string) Optional { return l.get(flagLayer + key) }

// Env is key's environment layer.
func (l *Layers) Env(key string) Optional { return l.get(envLayer + key) }

// Default is key's default ("" when it has none).
func (l *Layers) Default(key string) string {
	if l == nil {
		k, _ := LookupKey(key)
		return k.Default
	}
	return l.v.GetString(defaultLayer + key)
}

func (l *Layers) get(path string) Optional {
	if l == nil || !l.v.IsSet(path) {
		return Optional{}
	}
	return Some(l.v.GetString(path))
}

// LoadFile reads the profile file at path into the layers and returns it.
// A missing file is an empty config.
func (l *Layers) LoadFile(path string) (*Config, error) {
	c := &Config{path: path, profiles: map[string]map[string]string{}}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return c, nil
	}
	if err != nil {
		return nil, i18n.Errorf("reading config file %s: %w", path, err)
	}
	l.v.SetConfigType("yaml")
	if err := l.v.ReadConfig(bytes.NewReader(data)); err != nil {
		return nil, i18n.Errorf("reading config file %s: %w", path, err)
	}
	raw := l.v.Get("profiles")
	profiles, ok := raw.(map[string]any)
	if !ok && raw != nil {
		return nil, i18n.Errorf("reading config file %s: profiles must be a map of profile names to settings", path)
	}
	// Only the profiles stay in the file layer: another top-level key (say
	// "@flag") must not pose as the command line or the environment.
	if err := l.v.ReadConfig(strings.NewReader("{}")); err != nil {
		return nil, err
	}
	if err := l.v.MergeConfigMap(map[string]any{"profiles": profiles}); err != nil {
		return nil, i18n.Errorf("reading config file %s: %w", path, err)
	}
	for name, tree := range profiles {
		values := map[string]string{}
		if sub, ok := tree.(map[string]any); ok {
			flatten("", sub, values)
		}
		c.profiles[strings.ToLower(name)] = values
	}
	return c, nil
}
