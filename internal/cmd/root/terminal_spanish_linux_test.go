//go:build linux

package root_test

import (
	"strings"
	"testing"

	"github.com/mxpay/mxpay/internal/i18n"
)

// At a real terminal under LANG=es_MX.UTF-8, a confirmation is asked in
// Spanish ("(s/N)"), `s` is a yes (survey's own Confirm refused it with
// "Sorry, your reply was invalid"), and the action happens.
func TestASpanishConfirmationAnsweredSAtARealTerminal(t *testing.T) {
	s := newSandbox(t)
	s.run(0, "facti", "payments", "new", "--folio", "88", "--to-name", "Cliente SA", "--to-email", "pagos@cliente.mx", "--amount", "1500.00", "--no-email")
	s.env["LANG"] = "es_MX.UTF-8"

	term := s.inTerminal(100, "facti", "payments", "pay", "1")
	at := term.waitFor(0, "88") // the question names the folio
	at = term.waitFor(at, "(s/N)")
	term.typeKeys("s\r")
	if code := term.exit(); code != 0 {
		t.Fatalf("exit %d:\n%s", code, term.screen())
	}
	screen := strings.Join(plainLines(term.screen()), "\n")
	if strings.Contains(screen, "Sorry, your reply was invalid") || strings.Contains(screen, "(y/N)") {
		t.Errorf("the confirmation was not in Spanish, or refused `s`:\n%s", screen)
	}
	if i18n.Has("Mark payment %s (folio %s, %s) as paid?") && !strings.Contains(screen, "¿") {
		t.Errorf("the question is not in Spanish:\n%s", screen)
	}
	if !strings.Contains(term.screen()[at:], "Sí") {
		t.Errorf("the answer is not shown as Sí:\n%s", screen)
	}
	if out, _ := s.run(0, "facti", "payments", "list", "-o", "json", "--jq", ".[0].status"); out != "1\n" {
		t.Errorf("the payment is not paid after `s`: status %q\n%s", out, screen)
	}

	// An answer that is neither is explained in Spanish and asked again;
	// `no` then cancels (exit 7) and nothing changes.
	s.run(0, "facti", "payments", "new", "--folio", "89", "--to-name", "Cliente SA", "--to-email", "pagos@cliente.mx", "--amount", "10.00", "--no-email")
	term = s.inTerminal(100, "facti", "payments", "pay", "2")
	at = term.waitFor(0, "(s/N)")
	term.typeKeys("quizá\r")
	at = term.waitFor(at, "no es sí ni no")
	term.waitFor(at, "(s/N)")
	term.typeKeys("no\r")
	if code := term.exit(); code != 7 {
		t.Fatalf("a no: exit %d, want 7\n%s", code, term.screen())
	}
	if !strings.Contains(term.screen(), "cancelado: no se envió nada") {
		t.Errorf("a no should say, in Spanish, that nothing was sent:\n%s", term.screen())
	}
	if out, _ := s.run(0, "facti", "payments", "list", "-o", "json", "--jq", "[.[] | .status]"); strings.Join(strings.Fields(out), "") != "[1,0]" {
		t.Errorf("statuses after the no: %s", out)
	}
}
