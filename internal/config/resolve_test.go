package config

import (
	"errors"
	"strings"
	"testing"

	"github.com/mxpay/mxpay/internal/errs"
)

func TestResolvePrecedence(t *testing.T) {
	none := Optional{}
	tests := []struct {
		name               string
		flag, env, profile Optional
		def                string
		want               string
		wantSrc            Source
	}{
		{"default only", none, none, none, "sandbox", "sandbox", SourceDefault},
		{"profile beats default", none, none, Some("production"), "sandbox", "production", SourceProfile},
		{"env beats profile", none, Some("emulator"), Some("production"), "sandbox", "emulator", SourceEnv},
		{"flag beats env", Some("sandbox"), Some("emulator"), Some("production"), "x", "sandbox", SourceFlag},
		{"flag set to empty still wins", Some(""), Some("emulator"), none, "x", "", SourceFlag},
		{"empty env counts as unset", none, Some(""), Some("production"), "sandbox", "production", SourceProfile},
		{"empty env falls to default", none, Some(""), none, "sandbox", "sandbox", SourceDefault},
		{"profile set to empty wins over default", none, none, Some(""), "sandbox", "", SourceProfile},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Resolve(tt.flag, tt.env, tt.profile, tt.def)
			if got.Value != tt.want || got.Source != tt.wantSrc {
				t.Errorf("Resolve = %+v, want %q from %s", got, tt.want, tt.wantSrc)
			}
		})
	}
}

func TestResolverGet(t *testing.T) {
	env := map[string]string{"MXPAY_OUTPUT": "csv", "MXPAY_TIMEOUT": "soon"}
	r := Resolver{
		Layers:  testLayers(t, []string{"--env", "emulator"}, env),
		Profile: map[string]string{"env": "production", "output": "json", "sync.user": "u1"},
	}
	cases := map[string]Setting{
		"env":            {"emulator", SourceFlag},
		"output":         {"csv", SourceEnv},
		"sync.user":      {"u1", SourceProfile},
		"facti.from_rfc": {"", SourceDefault},
		"timeout":        {"30s", SourceDefault}, // MXPAY_TIMEOUT is checked below
	}
	delete(cases, "timeout")
	for key, want := range cases {
		got, err := r.Get(key)
		if err != nil || got != want {
			t.Errorf("Get(%q) = %+v, %v; want %+v", key, got, err, want)
		}
	}
	_, err := r.Get("timeout")
	var iv *InvalidValueError
	if !errors.As(err, &iv) || errs.KindOf(iv) != errs.Usage || !strings.Contains(err.Error(), "MXPAY_TIMEOUT") {
		t.Errorf("bad env value: got %v, want an InvalidValueError naming MXPAY_TIMEOUT", err)
	}
	_, err = r.Get("nope")
	var uk *UnknownKeyError
	if !errors.As(err, &uk) || !strings.Contains(err.Error(), "facti.from_rfc") {
		t.Errorf("unknown key: got %v, want an error listing valid keys", err)
	}
}

func TestValidators(t *testing.T) {
	tests := []struct {
		key, value string
		ok         bool
	}{
		{"env", "sandbox", true}, {"env", "prod", false},
		{"output", "jsonl", true}, {"output", "yaml", false},
		{"timeout", "45s", true}, {"timeout", "45", false}, {"timeout", "-1s", false},
		{"facti.base_url", "http://localhost:9000", true}, {"facti.base_url", "localhost:9000", false},
		{"facti.from_rfc", "XAXX010101000", true}, {"facti.from_rfc", "ACM010101ABC", true},
		{"facti.from_rfc", "ÑAND010101AB1", true}, {"facti.from_rfc", "XAXX0101", false},
	}
	for _, tt := range tests {
		key, err := LookupKey(tt.key)
		if err != nil {
			t.Fatal(err)
		}
		err = ValidateValue(key, tt.value)
		if (err == nil) != tt.ok {
			t.Errorf("%s=%q: err=%v, want ok=%v", tt.key, tt.value, err, tt.ok)
		}
	}
}
