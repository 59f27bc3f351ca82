package pagofacil_test

import (
	"strings"
	"testing"
)

func TestVerify(t *testing.T) {
	h := newHarness(t)
	h.MustRun(0, visaCard(), chargeArgs("42.10", "--order-id", "v-approve")...)
	h.MustRun(5, visaCard(), chargeArgs("42.10", "--order-id", "v-decline")...)

	r := h.MustRun(0, "", "pagofacil", "verify", "v-approve")
	for _, want := range []string{"outcome\tapproved\n", "42.10", "Visa", "S-PFE"} {
		if !strings.Contains(r.Stdout, want) {
			t.Errorf("verify lacks %q:\n%s", want, r.Stdout)
		}
	}
	r = h.MustRun(0, "", "pagofacil", "verify", "v-decline", "-o", "json")
	if !strings.Contains(r.Stdout, `"autorizado":"0"`) {
		t.Errorf("json: %s", r.Stdout)
	}
	r = h.MustRun(0, "", "pagofacil", "verify", "v-approve", "-o", "json", "--fields", "outcome,autorizado")
	if strings.TrimSpace(r.Stdout) != `{"outcome":"approved","autorizado":"1"}` {
		t.Errorf("json fields: %s", r.Stdout)
	}
	r = h.MustRun(0, "", "pagofacil", "verify", "v-decline", "-o", "csv", "--fields", "outcome,idPedido")
	if r.Stdout != "outcome,idPedido\ndeclined,v-decline\n" {
		t.Errorf("csv: %q", r.Stdout)
	}
	r = h.MustRun(1, "", "pagofacil", "verify", "nobody")
	if !strings.Contains(r.Stderr, "no transaction for order nobody") {
		t.Errorf("stderr: %s", r.Stderr)
	}
	h.MustRun(2, "", "pagofacil", "verify")
	h.MustRun(2, "", "pagofacil", "verify", "bad id")
}
