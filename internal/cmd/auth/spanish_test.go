package auth_test

import (
	"strings"
	"testing"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
	"github.com/mxpay/mxpay/internal/prompt/prompttest"
)

// auth login, status and logout under MXPAY_LANG=es: the prompts (through
// the Prompter double), what login and logout say, and the confirmation
// before removing every provider's credentials, in Spanish.
func TestAuthInSpanish(t *testing.T) {
	h := cmdtest.New(t)
	h.Env["MXPAY_LANG"] = "es"
	h.Env["MXPAY_ENV"] = "emulator" // login checks the pair against the provider
	h.TTY = true
	h.Prompter = prompttest.NewMock(t)
	h.Prompter.ExpectSelect("¿Qué proveedor?", "Facti")
	h.Prompter.ExpectInput("Facti Client ID:", "demo-facti-client-id")
	h.Prompter.ExpectPassword("Facti API key:", "demo-facti-api-key")
	h.Prompter.ExpectPassword("Facti contraseña de IPN (opcional, Enter para omitir):", "")
	r := h.MustRun(0, "", "auth", "login")
	for _, want := range []string{"Facti aceptó las credenciales.", `Se guardaron las credenciales de Facti del perfil "default" en el llavero del sistema.`} {
		if !strings.Contains(r.Stderr, want) {
			t.Errorf("auth login, stderr:\n%s\nwant %q", r.Stderr, want)
		}
	}

	h.TTY = false
	h.Env["MXPAY_SYNC_API_KEY"] = "demo-sync-api-key"
	r = h.MustRun(2, "", "auth", "logout")
	if want := `¿Confirmas que se eliminen las credenciales de todos los proveedores del perfil "default"?`; !strings.Contains(r.Stderr, want) {
		t.Errorf("auth logout without --yes, stderr:\n%s\nwant %q", r.Stderr, want)
	}
	r = h.MustRun(0, "", "auth", "logout", "--yes")
	for _, want := range []string{`Se eliminaron las credenciales de Facti del perfil "default".`, "Nota: MXPAY_SYNC_API_KEY sigue definida en el entorno."} {
		if !strings.Contains(r.Stderr, want) {
			t.Errorf("auth logout --yes, stderr:\n%s\nwant %q", r.Stderr, want)
		}
	}

	r = h.MustRun(2, "client_id=x\n", "auth", "login", "facti", "--with-token")
	if want := "faltan secretos de Facti: api_key"; !strings.Contains(r.Stderr, want) {
		t.Errorf("login with a missing secret, stderr:\n%s\nwant %q", r.Stderr, want)
	}
	r = h.MustRun(2, "", "--no-input", "auth", "login", "facti")
	for _, want := range []string{"no se pueden pedir los secretos de Facti", "sa --with-token y escribe líneas key=value en la entrada estándar (claves: client_id, api_key, ipn_password)"} {
		if !strings.Contains(r.Stderr, want) {
			t.Errorf("login without a terminal, stderr:\n%s\nwant %q", r.Stderr, want)
		}
	}
}
