package api_test

import (
	"net/http"
	"strings"
	"testing"
)

// mxpay api under MXPAY_LANG=es: the summary before a charge, the refusal
// without --yes and the check after an unknown outcome read in Spanish;
// what was sent and printed on stdout is the same as in English.
func TestMoneyCallInSpanish(t *testing.T) {
	const pfOK = `{"WebServices_Transacciones":{"transaccion":{"autorizado":"1","status":"success"}}}`
	rec := &recorder{}
	h := production(t, "pagofacil", rec, pfOK, http.StatusOK)
	h.Env["MXPAY_LANG"] = "es"
	r := h.MustRun(2, chargeForm, "api", "pagofacil", "POST", pfPath, "--input", "-")
	if len(rec.reqs) != 0 {
		t.Fatalf("sent %d requests without --yes in production", len(rec.reqs))
	}
	if want := "PagoFácil transaccion: MXN 150.00, tarjeta terminada en 1111, pedido ORD-77"; !strings.Contains(r.Stderr, want) {
		t.Errorf("stderr lacks the Spanish summary %q:\n%s", want, r.Stderr)
	}
	es := h.MustRun(0, chargeForm, "api", "pagofacil", "POST", pfPath, "--input", "-", "--yes")
	h.Env["MXPAY_LANG"] = "en"
	en := h.MustRun(0, chargeForm, "api", "pagofacil", "POST", pfPath, "--input", "-", "--yes")
	if es.Stdout != en.Stdout {
		t.Errorf("stdout differs across languages:\nes:\n%s\nen:\n%s", es.Stdout, en.Stdout)
	}
	if len(rec.reqs) != 2 || rec.reqs[0].body != rec.reqs[1].body {
		t.Errorf("the language changed what was sent: %d requests", len(rec.reqs))
	}

	lost := production(t, "pagofacil", &recorder{}, "<html>bad gateway</html>", http.StatusBadGateway)
	lost.Env["MXPAY_LANG"] = "es"
	r = lost.MustRun(6, chargeForm, "api", "pagofacil", "POST", pfPath, "--input", "-", "--yes")
	for _, want := range []string{"la solicitud se envió y se desconoce su resultado: ", "erifica con `mxpay pagofacil verify ORD-77` antes de volver a enviarla"} {
		if !strings.Contains(r.Stderr, want) {
			t.Errorf("unknown outcome: stderr lacks %q:\n%s", want, r.Stderr)
		}
	}
}
