package pagofacil_test

import (
	"strings"
	"testing"
)

// TestCardNeverLeaks runs every charge path with --debug in every output
// format and checks that the full card number and CVV appear nowhere in
// stdout, stderr or any file under the test's directory (config, secrets,
// emulator state).
func TestCardNeverLeaks(t *testing.T) {
	paths := []struct {
		name   string
		faults string
		card   string
		number string
		cvv    string
		args   []string
		code   int
	}{
		{"approved", "", visaCard(), visa, visaCVV, []string{"--order-id", "s-approve"}, 0},
		{"declined", "", visaCard(), visa, visaCVV, []string{"--order-id", "s-decline"}, 5},
		{"provider validation", "", visaCard(), visa, visaCVV, []string{"--order-id", "s-min-approve", "--amount", "0.5"}, 1},
		{"local validation", "", strings.Replace(visaCard(), "exp_year=2030", "exp_year=2001", 1), visa, visaCVV, nil, 2},
		{"lost reply resolved", "pagofacil:POST:/Wsrtransaccion:timeout-after-write:1", amexCard(), amex, amexCVV, nil, 0},
		{"unknown outcome", "pagofacil:POST:/Wsrtransaccion:timeout-after-write", amexCard(), amex, amexCVV, nil, 6},
		{"bad credentials", "", amexCard(), amex, amexCVV, nil, 3},
	}
	for _, format := range []string{"table", "json", "jsonl", "csv"} {
		for _, p := range paths {
			t.Run(format+"/"+p.name, func(t *testing.T) {
				h := newHarness(t)
				if p.faults != "" {
					h.Env["MXPAY_EMULATOR_FAULTS"] = p.faults
				}
				if p.code == 3 {
					h.Env["MXPAY_PAGOFACIL_SUCURSAL"] = "wrong-sucursal"
					h.Env["MXPAY_PAGOFACIL_USUARIO"] = "wrong-usuario"
				}
				args := append([]string{"--debug", "-o", format}, chargeArgs("100", p.args...)...)
				r := h.MustRun(p.code, p.card, args...)
				if p.code != 2 && !strings.Contains(r.Stderr, "POST") {
					t.Errorf("--debug traced nothing:\n%s", r.Stderr)
				}
				assertNoCardData(t, h, p.number, p.cvv, r.Stdout, r.Stderr)
			})
		}
	}
}
