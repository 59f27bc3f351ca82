package pagofacil_test

import (
	"strings"
	"testing"

	"github.com/mxpay/mxpay/internal/prompt/prompttest"
)

func containsAll(t *testing.T, where, got string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("%s lacks %q:\n%s", where, w, got)
		}
	}
}

func TestSpanishDeclinedCharge(t *testing.T) {
	h := newHarness(t)
	h.Env["MXPAY_LANG"] = "es"
	r := h.MustRun(5, visaCard(), chargeArgs("100", "--order-id", "ord-es-decline")...)
	// PagoFácil's own reason is shown as it sent it; mxpay's words are Spanish.
	containsAll(t, "stderr", r.Stderr, "Id de pedido: ord-es-decline (revísalo cuando quieras con `mxpay pagofacil verify ord-es-decline`)",
		"error: la tarjeta fue declinada: Transacción inválida (pedido ord-es-decline, transacción ")
	if strings.Contains(r.Stderr, "declined") || strings.Contains(r.Stderr, "Order id") {
		t.Errorf("English in a Spanish run:\n%s", r.Stderr)
	}
}

func TestSpanishUsageErrors(t *testing.T) {
	h := newHarness(t)
	h.Env["MXPAY_LANG"] = "es"
	// Fields refused before anything is sent (exit 2): each line names the
	// flag and says what is wrong, in Spanish.
	r := h.MustRun(2, visaCard(), "pagofacil", "charge", "--yes", "--card-file", "-", "--amount", "100", "--name", "Jon", "--plan", "MSI")
	containsAll(t, "stderr", r.Stderr, "error: cargo inválido, no se envió nada:",
		"\n  apellidos (--last-name / last_name): obligatorio",
		"\n  mensualidades (--months): el plan MSI necesita mensualidades: una de 03, 06, 09, 12, 18",
		"Corrige los valores de arriba y ejecuta el comando de nuevo")
	// A card mistyped: the field named in Spanish, the number never shown.
	bad := "number=4111111111111112\ncvv=739\nexp_month=12\nexp_year=2030\n"
	r = h.MustRun(2, bad, chargeArgs("100", "--order-id", "ord-es-luhn")...)
	containsAll(t, "stderr", r.Stderr, "numeroTarjeta (número de tarjeta): el número de tarjeta está mal escrito (su dígito verificador no coincide)")
	if strings.Contains(r.Stderr, "4111111111111112") {
		t.Errorf("card number in stderr:\n%s", r.Stderr)
	}
	// No terminal and no --card-file: nothing to ask with.
	r = h.MustRun(2, "", append([]string{"pagofacil", "charge", "--yes", "--amount", "100"}, customerFlags...)...)
	containsAll(t, "stderr", r.Stderr, "se necesitan los datos de la tarjeta y no se pueden pedir", "Pasa --card-file ARCHIVO")
	if n := charges(t, h); len(n) != 0 {
		t.Errorf("%d charges sent on refused input", len(n))
	}
}

func TestSpanishChargeHelp(t *testing.T) {
	h := newHarness(t)
	h.Env["MXPAY_LANG"] = "es"
	r := h.MustRun(0, "", "pagofacil", "charge", "--help")
	containsAll(t, "help", r.Stdout,
		"Haz un cargo a una tarjeta de crédito o débito con el método transaccion de PagoFácil.",
		"Códigos de salida: 0 aprobado",
		"# Seis meses sin intereses, resultado en JSON",
		"mxpay pagofacil charge --amount 6000 --plan MSI --months 06", // commands stay as they are
		"monto en pesos mexicanos (monto)",
		"NOR (una sola exhibición) o MSI (meses sin intereses)",
		"Uso:", "Opciones:")
	for _, english := range []string{"Charge a credit or debit card", "cardholder's", "Six months without interest"} {
		if strings.Contains(r.Stdout, english) {
			t.Errorf("help shows English %q:\n%s", english, r.Stdout)
		}
	}
}

// On a terminal the card is asked for, the expiry explained in Spanish when
// mistyped, and the charge confirmed with the Spanish question.
func TestSpanishPromptedChargeAndConfirmation(t *testing.T) {
	h := newHarness(t)
	h.Env["MXPAY_LANG"] = "es"
	h.TTY = true
	h.Prompter = prompttest.NewMock(t)
	h.Prompter.ExpectPassword("Número de tarjeta", visa)
	h.Prompter.ExpectPassword("CVV (código de verificación)", visaCVV)
	h.Prompter.ExpectInput("Vencimiento (MM/AA)", "13/30")
	h.Prompter.ExpectInput("Vencimiento (MM/AA)", "12/30")
	h.Prompter.ExpectConfirm("¿Confirmas el cargo de MXN 1,599.00 a Visa ****1111?", true)
	args := append([]string{"pagofacil", "charge", "--amount", "1599", "--order-id", "ord-es-1-approve"}, customerFlags...)
	r := h.MustRun(0, "", args...)
	if got := h.Prompter.Refused(); len(got) != 1 || got[0] != "escribe el vencimiento como MM/AA, p. ej. 08/29" {
		t.Errorf("refusals %q", got)
	}
	containsAll(t, "stderr", r.Stderr, "Monto:           MXN 1,599.00", "Tarjeta:         Visa ****1111",
		"Tarjetahabiente: Jon Snow <jon@example.com>", "Id de pedido:    ord-es-1-approve")
	containsAll(t, "stdout", r.Stdout, "ord-es-1-approve", "Visa ****1111")
}

// Machine output is the same whatever the language.
func TestSpanishMachineOutputIsEnglishRunsBytes(t *testing.T) {
	h := newHarness(t)
	h.MustRun(0, visaCard(), chargeArgs("250.50", "--order-id", "ord-same-approve")...)
	h.MustRun(5, visaCard(), chargeArgs("10", "--order-id", "ord-same-decline")...)
	runs := [][]string{
		{"pagofacil", "verify", "ord-same-approve", "-o", "json"},
		{"pagofacil", "verify", "ord-same-decline", "-o", "json"},
		{"pagofacil", "charges", "list", "-o", "csv", "--fields", "id,order_id,amount,outcome,status,card,message"},
		{"pagofacil", "charges", "list", "--totals", "-o", "json"},
		{"pagofacil", "charges", "list"}, // a table to a pipe
	}
	for _, args := range runs {
		delete(h.Env, "MXPAY_LANG")
		en := h.MustRun(0, "", args...)
		h.Env["MXPAY_LANG"] = "es"
		es := h.MustRun(0, "", args...)
		if en.Stdout != es.Stdout || en.Stdout == "" {
			t.Errorf("mxpay %s differs by language:\nen:\n%s\nes:\n%s", strings.Join(args, " "), en.Stdout, es.Stdout)
		}
	}
}

// A lost reply in Spanish: what happened, the lookup, the next step; the
// charge named in Spanish inside settle's message when settle has one.
func TestSpanishLostReplyIsUnknown(t *testing.T) {
	h := newHarness(t)
	h.Env["MXPAY_LANG"] = "es"
	h.Env["MXPAY_EMULATOR_FAULTS"] = chargeFault("reset")
	r := h.MustRun(6, amexCard(), chargeArgs("100", "--order-id", "ord-es-reset")...)
	containsAll(t, "stderr", r.Stderr, "El cargo se envió pero su respuesta se perdió: ",
		"No se cobra de nuevo; preguntando a PagoFácil (verificar) qué pasó con el pedido ord-es-reset (hasta por 400ms)...",
		"No cobres de nuevo; ejecuta `mxpay pagofacil verify ord-es-reset` para ver si se aprobó")
	if !strings.Contains(r.Stderr, "was sent but its outcome is unknown") {
		containsAll(t, "stderr", r.Stderr, "el cargo del pedido ord-es-reset (MXN 100.00, American Express ****0005)")
	}
	if strings.Contains(r.Stderr, "the charge for order") && !strings.Contains(r.Stderr, "was sent but its outcome is unknown") {
		t.Errorf("the charge named in English in a Spanish message:\n%s", r.Stderr)
	}
}
