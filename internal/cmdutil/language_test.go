package cmdutil

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/output"
)

func TestLanguageChoice(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "config.yaml")
	tests := []struct {
		name    string
		env     map[string]string
		profile string // the config file's content; "" for none
		want    i18n.Lang
	}{
		{"the locale", map[string]string{"LANG": "es_MX.UTF-8"}, "", i18n.Spanish},
		{"C is English", map[string]string{"LANG": "C"}, "", i18n.English},
		{"MXPAY_LANG over the locale", map[string]string{"LANG": "es_MX.UTF-8", "MXPAY_LANG": "en"}, "", i18n.English},
		{"the profile over the locale", map[string]string{"LANG": "C"}, "profiles:\n  default:\n    lang: es\n", i18n.Spanish},
		{"MXPAY_LANG over the profile", map[string]string{"MXPAY_LANG": "en"}, "profiles:\n  default:\n    lang: es\n", i18n.English},
		{"a broken config falls back to the locale", map[string]string{"LANG": "es_MX"}, "profiles: [\n", i18n.Spanish},
	}
	for _, tt := range tests {
		os.Remove(cfg)
		if tt.profile != "" {
			if err := os.WriteFile(cfg, []byte(tt.profile), 0o600); err != nil {
				t.Fatal(err)
			}
		}
		env := map[string]string{"MXPAY_CONFIG": cfg}
		for k, v := range tt.env {
			env[k] = v
		}
		ios, _, _, _ := output.Test()
		f := NewFactory("test", ios, func(k string) (string, bool) { v, ok := env[k]; return v, ok })
		if got := f.Printer().Lang(); got != tt.want {
			t.Errorf("%s: %s, want %s", tt.name, got, tt.want)
		}
	}
}
