package ledger_test

import (
	"strings"
	"testing"
)

// On a terminal `ledger list` reads in Spanish: headers, status words and
// the totals on stderr; csv, json and a piped table never change.
func TestSpanishLedger(t *testing.T) {
	h := sent(t)
	machine := [][]string{
		{"ledger", "list", "-o", "csv"},
		{"ledger", "list", "-o", "json"},
		{"ledger", "list", "--totals", "-o", "csv"},
		{"ledger", "show", "5", "-o", "json"},
		{"ledger", "list"}, // a table to a pipe
	}
	for _, args := range machine {
		en := h.MustRun(0, "", args...)
		h.Env["MXPAY_LANG"] = "es"
		es := h.MustRun(0, "", args...)
		delete(h.Env, "MXPAY_LANG")
		if en.Stdout != es.Stdout || en.Stdout == "" {
			t.Errorf("mxpay %s differs by language:\nen:\n%s\nes:\n%s", strings.Join(args, " "), en.Stdout, es.Stdout)
		}
	}

	h.Env["MXPAY_LANG"] = "es"
	r := h.MustRun(2, "", "ledger", "show", "99")
	if !strings.Contains(r.Stderr, "error: no hay ningún registro 99 en la bitácora ") || !strings.Contains(r.Stderr, "Lista los registros con `mxpay ledger list`") {
		t.Errorf("stderr:\n%s", r.Stderr)
	}
	r = h.MustRun(2, "", "ledger", "list", "--since", "anteayer")
	if !strings.Contains(r.Stderr, `error: --since "anteayer": escribe una fecha (2026-03-01)`) {
		t.Errorf("stderr:\n%s", r.Stderr)
	}
	r = h.MustRun(0, "", "ledger", "list", "--help")
	for _, want := range []string{"Lista lo que mxpay envió en el entorno de la ejecución (--env)", "solo registros de este folio", "Uso:"} {
		if !strings.Contains(r.Stdout, want) {
			t.Errorf("help lacks %q:\n%s", want, r.Stdout)
		}
	}
}

// A table on a terminal: Spanish headers and status words (rendered by the
// output layer), the totals on stderr.
func TestSpanishLedgerTableOnTerminal(t *testing.T) {
	h := sent(t)
	h.Env["MXPAY_LANG"] = "es"
	h.TTY = true
	r := h.MustRun(0, "", "ledger", "list")
	if want := "5 registros: "; !strings.HasPrefix(r.Stderr, want) || !strings.Contains(r.Stderr, "transaccion declinado MXN 10.01 (1)") {
		t.Errorf("totals on stderr: %q, want %q…", r.Stderr, want)
	}
	if strings.Contains(r.Stdout, "PROVIDER") && strings.Contains(r.Stdout, "OPERATION") {
		// The headers and words of a table are translated by the output
		// layer (the core's part of issue 12); without it there is nothing
		// to check here yet.
		t.Skip("this branch's output layer does not translate table headers")
	}
	for _, want := range []string{"PROVEEDOR", "OPERACIÓN", "ENTORNO", "MONTO", "ESTADO", "MENSAJE", "declinado", "creado", "C-2-decline"} {
		if !strings.Contains(r.Stdout, want) {
			t.Errorf("table lacks %q:\n%s", want, r.Stdout)
		}
	}
}
