package cmdutil

import (
	"path/filepath"
	"time"

	"github.com/mxpay/mxpay/internal/config"
	"github.com/mxpay/mxpay/internal/emulator/demo"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/mxpay/mxpay/internal/settle"
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
	// VerifyWindow is how long a create or charge whose reply was lost is
	// looked up before its outcome is reported unknown.
	VerifyWindow time.Duration
	Debug        bool
	NoInput      bool
	Yes          bool

	resolver config.Resolver
}

// Get resolves any registered config key (e.g. "facti.from_rfc") for the
// active profile with the same precedence. Under --env emulator a key that
// nothing sets takes the emulator's demo value (the demo company), with
// source "emulator".
func (s *Settings) Get(key string) (config.Setting, error) {
	v, err := s.resolver.Get(key)
	if err == nil && v.Value == "" && s.Env == EnvEmulator {
		if d := demo.Settings(key); d != "" {
			return config.Setting{Value: d, Source: SourceEmulator}, nil
		}
	}
	return v, err
}

// SourceEmulator marks a setting that only the emulator's demo account
// supplies.
const SourceEmulator config.Source = "emulator"

// Production reports whether commands act on real money and customers.
func (s *Settings) Production() bool { return s.Env == EnvProduction }

// SettlePolicy is how this run looks up a request whose reply was lost.
func (s *Settings) SettlePolicy() settle.Policy {
	return settle.Policy{Window: s.VerifyWindow}
}

func (f *Factory) resolveSettings() (*Settings, error) {
	cfg, err := f.Config()
	if err != nil {
		return nil, err
	}
	g := f.Flags
	s := &Settings{Profile: f.ProfileName(), Yes: g.Yes}
	s.resolver = config.Resolver{Layers: f.Layers(), Profile: cfg.Profile(s.Profile)}

	env, err := s.Get("env")
	if err != nil {
		return nil, err
	}
	s.Env = env.Value
	format, err := s.Get("output")
	if err != nil {
		return nil, err
	}
	s.Output = f.outputOptions(format.Value)
	if err := s.Output.Validate(); err != nil {
		return nil, err
	}
	timeout, err := s.Get("timeout")
	if err != nil {
		return nil, err
	}
	s.Timeout, _ = time.ParseDuration(timeout.Value) // validated by the key's rule
	window, err := s.Get("verify_window")
	if err != nil {
		return nil, err
	}
	s.VerifyWindow = settle.DefaultWindow(s.Timeout)
	if window.Value != "" {
		s.VerifyWindow, _ = time.ParseDuration(window.Value)
	}
	s.Debug = g.Debug || (!g.Changed("debug") && Truthy(f.Getenv("MXPAY_DEBUG")))
	s.NoInput = g.NoInput || (!g.Changed("no-input") && Truthy(f.Getenv("MXPAY_NO_INPUT")))
	return s, nil
}

// secretsPathFor puts the fallback secrets file beside the config file.
func secretsPathFor(configPath string) string {
	return filepath.Join(filepath.Dir(configPath), "secrets.json")
}
