package sync_test

import (
	"strings"
	"testing"

	syncemu "github.com/mxpay/mxpay/internal/emulator/sync"
	"github.com/mxpay/mxpay/internal/prompt/prompttest"
)

// Under MXPAY_LANG=es a person reads Spanish: the two-factor question, the
// job's progress, the result, refusals, usage errors and help. The labels
// of the site's form are Sync's and are asked as Sync sends them.
func TestSpanishCredentialWithTwofa(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	user := newUser(t, h, "Místico")
	h.Env["MXPAY_LANG"] = "es"
	h.TTY = true
	h.Prompter = prompttest.NewMock(t)
	h.Prompter.ExpectSelect("Banco o institución (escribe para filtrar)", "ACME Bank (sandbox) (3 sitios)")
	h.Prompter.ExpectSelect("Sitio de ACME Bank (sandbox) (escribe para filtrar)", "Token ("+syncemu.SiteToken+")")
	h.Prompter.ExpectInput("Username", "test")
	h.Prompter.ExpectPassword("Password", "test")
	h.Prompter.ExpectInput("Enter any number sequence as a token", "918273")
	r := h.MustRun(0, "", "sync", "credentials", "create", "--user", user)
	for _, want := range []string{
		"El sitio pide un código de verificación.",
		"esperando el código de verificación",
		"Se conectó Token. Consulta las cuentas que encontró: `mxpay sync accounts list --user " + user + "`.",
	} {
		if !strings.Contains(r.Stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.Stderr)
		}
	}
	for _, english := range []string{"asks for a two-factor code", "waiting for the two-factor code", "Connected Token"} {
		if strings.Contains(r.Stderr, english) {
			t.Errorf("stderr has English %q:\n%s", english, r.Stderr)
		}
	}
	if !strings.Contains(r.Stdout, "200") {
		t.Errorf("stdout:\n%s", r.Stdout)
	}
}

func TestSpanishRefusalsAndUsageErrors(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	user := newUser(t, h, "u")
	h.Env["MXPAY_LANG"] = "es"

	r := h.MustRun(5, "", "sync", "credentials", "create", "--user", user, "--site", "56cf5728784806f72b8b4568", "--set", "username=test", "--set", "password=wrong")
	if !strings.Contains(r.Stderr, "se detuvo con el código 401: el sitio rechazó el usuario o la contraseña; revísalos e inténtalo de nuevo") {
		t.Errorf("declined credential: %s", r.Stderr)
	}

	r = h.MustRun(2, "", "sync", "sites", "list", "--user", user, "--type", "gobierno")
	if !strings.Contains(r.Stderr, `--type debe ser business o personal, no "gobierno"`) {
		t.Errorf("usage error: %s", r.Stderr)
	}
	r = h.MustRun(2, "", "sync", "credentials", "create", "--user", user, "--site", "5da784f1f9de2a06483abec1")
	if !strings.Contains(r.Stderr, "faltan campos de la credencial para SAT CIEC: rfc, password") ||
		!strings.Contains(r.Stderr, "Pásalos como líneas FIELD=VALUE con --stdin") {
		t.Errorf("missing fields: %s", r.Stderr)
	}
	r = h.MustRun(2, "", "sync", "credentials", "create", "--user", user, "--site", "56cf5728784806f72b8b4569", "--set", "username=test", "--set", "password=test")
	if !strings.Contains(r.Stderr, "espera un código de verificación y no hay terminal para preguntarlo") ||
		!strings.Contains(r.Stderr, "--stdin` (un valor por línea)") {
		t.Errorf("two-factor without a terminal: %s", r.Stderr)
	}
}

func TestSpanishHelp(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	h.Env["MXPAY_LANG"] = "es"
	r := h.MustRun(0, "", "sync", "credentials", "create", "--help")
	for _, want := range []string{
		"Registra las credenciales de un usuario en un sitio y sigue el proceso de",
		"Cuando el sitio pide un código de",
		"Códigos de salida: 0 cuando la sincronización terminó",
		"muestra id_credential e id_job y termina sin seguir el proceso",
		"lee líneas FIELD=VALUE de la entrada estándar, un campo por línea",
		"mxpay sync credentials create --site 56cf5728784806f72b8b4569 --no-wait -o json",
	} {
		if !strings.Contains(r.Stdout, want) {
			t.Errorf("help lacks %q:\n%s", want, r.Stdout)
		}
	}
	if strings.Contains(r.Stdout, "Register a user's credentials") || strings.Contains(r.Stdout, "standard input") {
		t.Errorf("help has English:\n%s", r.Stdout)
	}
}

// Machine output never changes with the language.
func TestSpanishMachineOutputIsIdentical(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	user := newUser(t, h, "Octagón")
	newUser(t, h, "Atlantis")
	h.MustRun(0, "", "sync", "credentials", "create", "--user", user, "--site", "56cf5728784806f72b8b4568", "--set", "username=test", "--set", "password=test")
	h.MustRun(5, "", "sync", "credentials", "create", "--user", user, "--site", "56cf5728784806f72b8b4568", "--set", "username=otro", "--set", "password=wrong")
	for _, args := range [][]string{
		{"sync", "credentials", "list", "--user", user, "-o", "json"},
		{"sync", "credentials", "list", "--user", user, "-o", "csv"},
		{"sync", "credentials", "list", "--user", user},
		{"sync", "users", "list", "-o", "csv"},
		{"sync", "users", "list"},
	} {
		delete(h.Env, "MXPAY_LANG")
		en := h.MustRun(0, "", args...)
		h.Env["MXPAY_LANG"] = "es"
		es := h.MustRun(0, "", args...)
		if en.Stdout != es.Stdout || en.Stdout == "" {
			t.Errorf("mxpay %s differs across languages:\nen:\n%s\nes:\n%s", strings.Join(args, " "), en.Stdout, es.Stdout)
		}
	}
}
