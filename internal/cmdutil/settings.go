package cmdutil

import (
	"path/filepath"
	"time"

	"github.com/mxpay/mxpay/internal/config"
	"github.com/mxpay/mxpay/internal/output"
)

// Environments a profile can target.
const (
	EnvSandbox    = "sandbox"
	EnvProduction = "production"
	EnvEmulator   = "emulator"
)

// Settings are the global settings after applying flag > env > profile > default.
type Settings struct {
	Profile string
	Env     string
	Output  output.Options
	Timeout time.Duration
	Debug   bool
	NoInput bool
	Yes     bool

	resolver config.Resolver
}

// Get resolves any registered config key (e.g. "facti.from_rfc") for the
// active profile with the same precedence.
func (s *Settings) Get(key string) (config.Setting, error) {
	return s.resolver.Get(key)
}

func (f *Factory) resolveSettings() (*Settings, error) {
	cfg, err := f.Config()
	if err != nil {
		return nil, err
	}
	g := f.Flags
	flags := map[string]string{}
	for key, flag := range map[string]string{"env": "env", "output": "output", "timeout": "timeout"} {
		if g.Changed(flag) {
			flags[key] = map[string]string{"env": g.Env, "output": g.Output, "timeout": g.Timeout}[flag]
		}
	}
	s := &Settings{Profile: f.ProfileName(), Yes: g.Yes}
	s.resolver = config.Resolver{Flags: flags, LookupEnv: f.LookupEnv, Profile: cfg.Profile(s.Profile)}

	env, err := s.Get("env")
	if err != nil {
		return nil, err
	}
	s.Env = env.Value
	format, err := s.Get("output")
	if err != nil {
		return nil, err
	}
	s.Output = output.Options{Format: format.Value, JQ: g.JQ, Fields: g.FieldList()}
	if err := s.Output.Validate(); err != nil {
		return nil, err
	}
	timeout, err := s.Get("timeout")
	if err != nil {
		return nil, err
	}
	s.Timeout, _ = time.ParseDuration(timeout.Value) // validated by the key's rule
	s.Debug = g.Debug || (!g.Changed("debug") && Truthy(f.Getenv("MXPAY_DEBUG")))
	s.NoInput = g.NoInput || (!g.Changed("no-input") && Truthy(f.Getenv("MXPAY_NO_INPUT")))
	return s, nil
}

// secretsPathFor puts the fallback secrets file beside the config file.
func secretsPathFor(configPath string) string {
	return filepath.Join(filepath.Dir(configPath), "secrets.json")
}
