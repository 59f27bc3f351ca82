package config

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/spf13/pflag"
)

// testLayers binds --env, --output and --timeout (parsed from args) and the
// registered variables of env to fresh layers.
func testLayers(t *testing.T, args []string, env map[string]string) *Layers {
	t.Helper()
	fs := pflag.NewFlagSet("mxpay", pflag.ContinueOnError)
	for _, name := range []string{"env", "output", "timeout"} {
		fs.String(name, "", "")
	}
	if err := fs.Parse(args); err != nil {
		t.Fatal(err)
	}
	l := NewLayers()
	for _, name := range []string{"env", "output", "timeout"} {
		if err := l.BindFlag(name, fs.Lookup(name)); err != nil {
			t.Fatal(err)
		}
	}
	lookup := func(k string) (string, bool) { v, ok := env[k]; return v, ok }
	for _, k := range Keys() {
		l.BindEnv(k.Name, k.Env, lookup)
	}
	return l
}

// Each layer is kept apart in the run's viper instance: a flag counts only
// when given (not its default), an empty variable is present but empty, and
// the defaults are the registered ones.
func TestLayersKeepSourcesApart(t *testing.T) {
	l := testLayers(t, []string{"--output", "csv"}, map[string]string{"MXPAY_ENV": "", "MXPAY_TIMEOUT": "45s"})
	if got := l.Flag("output"); got != Some("csv") {
		t.Errorf("Flag(output) = %+v", got)
	}
	if got := l.Flag("env"); got.Set {
		t.Errorf("an unset flag reads as set: %+v", got)
	}
	if got := l.Env("env"); got != Some("") {
		t.Errorf("Env(env) = %+v, want present and empty", got)
	}
	if got := l.Env("timeout"); got != Some("45s") {
		t.Errorf("Env(timeout) = %+v", got)
	}
	if got := l.Default("timeout"); got != "30s" {
		t.Errorf("Default(timeout) = %q", got)
	}
	r := Resolver{Layers: l, Profile: map[string]string{"env": "production"}}
	if s, _ := r.Get("env"); s != (Setting{"production", SourceProfile}) {
		t.Errorf("env = %+v: an empty MXPAY_ENV must not blank the profile", s)
	}
}

// Profiles are sub-trees of the file; other top-level keys never reach a
// layer, even ones named like the layers.
func TestLoadFileReadsProfileSubTrees(t *testing.T) {
	path := filepath.Join(t.TempDir(), "config.yaml")
	os.WriteFile(path, []byte("\"@flag\": {env: production}\nprofiles:\n  Live:\n    env: production\n    facti:\n      company_id: 5\n  my.shop:\n    sync: {user: u1}\n"), 0o600)
	l := NewLayers()
	c, err := l.LoadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := c.Get("live", "facti.company_id"); v != "5" {
		t.Errorf("facti.company_id = %q", v)
	}
	if v, _ := c.Get("my.shop", "sync.user"); v != "u1" {
		t.Errorf("a profile name with a dot: sync.user = %q", v)
	}
	if got := l.Flag("env"); got.Set {
		// The file's "@flag" key is outside profiles: a flag layer that
		// read it would let the file pose as the command line.
		t.Errorf("the file's @flag key reads as the flag layer: %+v", got)
	}
}
