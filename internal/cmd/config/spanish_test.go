package config_test

import (
	"strings"
	"testing"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
)

// The setup commands under MXPAY_LANG=es, end to end: refusals, messages
// and help in Spanish, machine output byte-identical to English, and the
// profile's lang key choosing the language below MXPAY_LANG.
func TestSetupCommandsInSpanish(t *testing.T) {
	h := cmdtest.New(t)
	h.Env["MXPAY_LANG"] = "es"

	r := h.MustRun(2, "", "config", "set", "nosuch", "x")
	if want := `clave de configuración desconocida "nosuch"; claves válidas: env, output`; !strings.Contains(r.Stderr, want) {
		t.Errorf("config set of an unknown key, stderr:\n%s\nwant %q", r.Stderr, want)
	}
	for _, args := range [][]string{{"config", "get", "nosuch"}, {"config", "unset", "nosuch"}} {
		if r := h.MustRun(2, "", args...); !strings.Contains(r.Stderr, `clave de configuración desconocida "nosuch"`) {
			t.Errorf("mxpay %s, stderr:\n%s", strings.Join(args, " "), r.Stderr)
		}
	}
	r = h.MustRun(2, "", "config", "set", "env", "moon")
	if !strings.Contains(r.Stderr, "valor no válido para env: ") {
		t.Errorf("config set of a bad value, stderr:\n%s", r.Stderr)
	}
	r = h.MustRun(0, "", "config", "set", "facti.company_id", "7")
	if want := `Se guardó facti.company_id en el perfil "default"`; !strings.Contains(r.Stderr, want) {
		t.Errorf("config set, stderr:\n%s\nwant %q", r.Stderr, want)
	}
	r = h.MustRun(0, "", "config", "unset", "sync.user")
	if want := `sync.user no estaba definido en el perfil "default".`; !strings.Contains(r.Stderr, want) {
		t.Errorf("config unset, stderr:\n%s\nwant %q", r.Stderr, want)
	}

	r = h.MustRun(0, "", "--env", "emulator", "auth", "status")
	if want := `Perfil "default", entorno emulator`; !strings.Contains(r.Stderr, want) {
		t.Errorf("auth status, stderr:\n%s\nwant %q", r.Stderr, want)
	}
	r = h.MustRun(3, "", "auth", "status", "facti")
	for _, want := range []string{`no hay credenciales completas de facti en el perfil "default"`, "Ejecuta `mxpay auth login facti`"} {
		if !strings.Contains(r.Stderr, want) {
			t.Errorf("auth status without credentials, stderr:\n%s\nwant %q", r.Stderr, want)
		}
	}
	r = h.MustRun(2, "", "auth", "login", "nadie")
	if want := `proveedor desconocido "nadie"; elige uno de facti, pagofacil, sync`; !strings.Contains(r.Stderr, want) {
		t.Errorf("auth login of an unknown provider, stderr:\n%s\nwant %q", r.Stderr, want)
	}
	r = h.MustRun(2, "", "api", "sync", "BREW", "/users")
	if want := `método no admitido "BREW"`; !strings.Contains(r.Stderr, want) {
		t.Errorf("api with a bad method, stderr:\n%s\nwant %q", r.Stderr, want)
	}
	r = h.MustRun(2, "", "--env", "emulator", "emulator", "pay", "facti", "1", "--via", "cash")
	if want := `--via "cash": usa stp o bank`; !strings.Contains(r.Stderr, want) {
		t.Errorf("emulator pay --via cash, stderr:\n%s\nwant %q", r.Stderr, want)
	}
	r = h.MustRun(0, "", "emulator", "reset")
	if !strings.Contains(r.Stderr, "Se borró el estado del emulador") {
		t.Errorf("emulator reset, stderr:\n%s", r.Stderr)
	}

	r = h.MustRun(0, "", "help", "environment")
	for _, want := range []string{"Idioma (de lo que lee la gente):", "MXPAY_LANG", "mxpay config set lang es", "LC_ALL, LC_MESSAGES, LANG"} {
		if !strings.Contains(r.Stdout, want) {
			t.Errorf("help environment in Spanish lacks %q:\n%s", want, r.Stdout)
		}
	}
	for _, topic := range []string{"exit-codes", "formats"} {
		r = h.MustRun(0, "", "help", topic)
		if strings.Contains(r.Stdout, "Example") || !strings.Contains(r.Stdout, "Ejemplo") {
			t.Errorf("help %s is not in Spanish:\n%s", topic, r.Stdout)
		}
	}
	r = h.MustRun(0, "", "config", "--help")
	if !strings.Contains(r.Stdout, "Los ajustes viven en un archivo YAML") || !strings.Contains(r.Stdout, "Guarda un ajuste en el perfil activo") {
		t.Errorf("config --help is not in Spanish:\n%s", r.Stdout)
	}
	r = h.MustRun(0, "", "auth", "login", "--help")
	if !strings.Contains(r.Stdout, "lee los secretos de la entrada estándar como líneas key=value") {
		t.Errorf("auth login --help is not in Spanish:\n%s", r.Stdout)
	}

	// Machine output never changes with the language: the locale chooses
	// it here (MXPAY_LANG would show in config list as a setting).
	delete(h.Env, "MXPAY_LANG")
	for _, args := range [][]string{
		{"config", "list", "-o", "json"},
		{"config", "list", "-o", "csv"},
		{"config", "list"}, // a table to a pipe
		{"config", "profiles", "-o", "json"},
		{"--env", "emulator", "auth", "status", "-o", "json"},
		{"--env", "emulator", "auth", "status", "-o", "csv"},
		{"version", "-o", "json"},
	} {
		h.Env["LANG"] = "es_MX.UTF-8"
		es := h.MustRun(0, "", args...)
		h.Env["LANG"] = "C"
		en := h.MustRun(0, "", args...)
		if es.Stdout != en.Stdout {
			t.Errorf("mxpay %s: stdout differs across languages\nes:\n%s\nen:\n%s", strings.Join(args, " "), es.Stdout, en.Stdout)
		}
	}
	h.Env["LANG"] = "es_MX.UTF-8"
	if r := h.MustRun(0, "", "config", "list", "-o", "json"); !strings.Contains(r.Stdout, `"source":"default"`) {
		t.Errorf("config list -o json lost its source values:\n%s", r.Stdout)
	}

	// The profile's lang speaks Spanish without MXPAY_LANG (and under
	// LANG=C), and MXPAY_LANG (above the profile) speaks English over it.
	h.Env["LANG"] = "C"
	h.MustRun(0, "", "config", "set", "lang", "es")
	r = h.MustRun(2, "", "config", "set", "nosuch", "x")
	if !strings.Contains(r.Stderr, "clave de configuración desconocida") {
		t.Errorf("with lang es in the profile, stderr:\n%s", r.Stderr)
	}
	h.Env["MXPAY_LANG"] = "en"
	r = h.MustRun(2, "", "config", "set", "nosuch", "x")
	if !strings.Contains(r.Stderr, `unknown config key "nosuch"`) {
		t.Errorf("MXPAY_LANG=en over the profile's lang es, stderr:\n%s", r.Stderr)
	}
	delete(h.Env, "MXPAY_LANG")
	r = h.MustRun(0, "", "config", "get", "lang")
	if r.Stdout != "es\n" {
		t.Errorf("config get lang = %q", r.Stdout)
	}
}
