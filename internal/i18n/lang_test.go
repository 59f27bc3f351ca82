package i18n

import "testing"

func env(vars map[string]string) func(string) (string, bool) {
	return func(k string) (string, bool) { v, ok := vars[k]; return v, ok }
}

func TestFromLocale(t *testing.T) {
	tests := []struct {
		name string
		vars map[string]string
		want Lang
	}{
		{"nothing set", nil, English},
		{"LANG Spanish", map[string]string{"LANG": "es_MX.UTF-8"}, Spanish},
		{"LANG C", map[string]string{"LANG": "C"}, English},
		{"LC_ALL wins over LANG", map[string]string{"LC_ALL": "en_US.UTF-8", "LANG": "es_MX.UTF-8"}, English},
		{"LC_MESSAGES before LANG", map[string]string{"LC_MESSAGES": "es_ES.UTF-8", "LANG": "C"}, Spanish},
		{"empty LC_ALL counts as unset", map[string]string{"LC_ALL": "", "LANG": "es_MX"}, Spanish},
		{"C.UTF-8 is English", map[string]string{"LANG": "C.UTF-8"}, English},
		{"plain es", map[string]string{"LANG": "es"}, Spanish},
	}
	for _, tt := range tests {
		if got := FromLocale(env(tt.vars)); got != tt.want {
			t.Errorf("%s: FromLocale = %s, want %s", tt.name, got, tt.want)
		}
	}
}

func TestChooseOverrideWins(t *testing.T) {
	spanishLocale := env(map[string]string{"LANG": "es_MX.UTF-8"})
	if got := Choose("en", spanishLocale); got != English {
		t.Errorf("MXPAY_LANG=en under es_MX: %s", got)
	}
	if got := Choose("es", env(nil)); got != Spanish {
		t.Errorf("MXPAY_LANG=es under no locale: %s", got)
	}
	if got := Choose("klingon", spanishLocale); got != Spanish {
		t.Errorf("an unknown override falls back to the locale: %s", got)
	}
}
