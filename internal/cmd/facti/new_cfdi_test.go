package facti_test

import (
	"strings"
	"testing"
)

// TestNewFromCFDI40And33: the request takes the serie, folio, receiver,
// total and concepts of the invoice; --to-email is still required.
func TestNewFromCFDI40And33(t *testing.T) {
	h := emulator(t)
	r := h.MustRun(0, "", "facti", "payments", "new", "--from-cfdi", "testdata/cfdi40.xml", "--to-email", "laura@example.mx", "--dry-run")
	for _, want := range []string{"serie=F\n", "folio=1024\n", "from_rfc=EMU190101AB1\n", "to_rfc=COAL800101QZ7\n", "to_client_name=LAURA CONTRERAS ALVAREZ\n",
		"to_email=laura@example.mx\n", "total_amount=6024.37\n", "conceptos[0][quantity]=2\n", "conceptos[0][unit]=PIEZA\n",
		"conceptos[0][description]=Monitor de 25 pulgadas\n", "conceptos[0][pu]=2500.00\n", "conceptos[0][total]=5000.00\n",
		"conceptos[1][quantity]=3\n", "conceptos[1][pu]=166.666667\n", "conceptos[1][total]=500.00\n"} {
		if !strings.Contains(r.Stdout, want) {
			t.Errorf("4.0 dry run lacks %q:\n%s", want, r.Stdout)
		}
	}
	h.MustRun(0, "", "facti", "payments", "new", "--from-cfdi", "testdata/cfdi40.xml", "--to-email", "laura@example.mx", "--no-email")
	r = h.MustRun(0, "", "facti", "payments", "get", "1", "-o", "json")
	contains(t, "4.0 request", r.Stdout, `"serie":"F"`, `"folio":1024`, `"to_rfc":"COAL800101QZ7"`, `"total_amount":6024.37`)

	r = h.MustRun(0, "", "facti", "payments", "new", "--from-cfdi", "testdata/cfdi33.xml", "--to-email", "cxp@kemper.example.mx", "--to-name", "Escuela Kemper", "-o", "json")
	contains(t, "3.3 request", r.Stdout, `"request_id":2`, `"total_amount":1451.16`)
	r = h.MustRun(0, "", "facti", "payments", "new", "--from-cfdi", "testdata/cfdi33.xml", "--to-email", "x@y.mx", "--dry-run")
	contains(t, "3.3 dry run", r.Stdout, "serie=C\n", "folio=78\n", "to_client_name=ESCUELA KEMPER URGATE SA DE CV\n", "conceptos[0][unit]=PZA\n", "conceptos[1][unit]=H87\n")

	// The same invoice again is refused: it has a request.
	r = h.MustRun(2, "", "facti", "payments", "new", "--from-cfdi", "testdata/cfdi40.xml", "--to-email", "laura@example.mx")
	contains(t, "again", r.Stderr, "already exists: payment 1")

	r = h.MustRun(2, "", "facti", "payments", "new", "--from-cfdi", "testdata/cfdi40.xml")
	contains(t, "no e-mail", r.Stderr, "--to-email is required")
	for _, flags := range [][]string{{"--folio", "9"}, {"--amount", "10"}, {"--to-rfc", "XAXX010101000"}, {"--concept", "quantity=1,unit=P,description=x,pu=1"}, {"--invoice"}} {
		r = h.MustRun(2, "", append([]string{"facti", "payments", "new", "--from-cfdi", "testdata/cfdi40.xml", "--to-email", "a@b.mx"}, flags...)...)
		contains(t, flags[0], r.Stderr, flags[0], "the invoice gives that")
	}
	if n := countPayments(t, h); n != 2 {
		t.Errorf("%d payments, want 2", n)
	}
}

// TestNewFromInvalidCFDIIsAUsageError: an invoice that is not one, is cut
// short, of another version or namespace, not income, with totals that do
// not add up, or issued by another company: exit 2, a clear message,
// nothing sent.
func TestNewFromInvalidCFDIIsAUsageError(t *testing.T) {
	h := emulator(t)
	cases := map[string][]string{
		"not-xml.xml":         {"it is not", "XML"},
		"truncated.xml":       {"cut short"},
		"wrong-namespace.xml": {`Version "4.0" does not belong to namespace http://www.sat.gob.mx/cfd/3`},
		"credit-note.xml":     {`TipoDeComprobante is "E"`, "only income invoices"},
		"wrong-total.xml":     {"Total is 6124.37"},
		"other-issuer.xml":    {"was issued by MXP150101AB1, not by EMU190101AB1", "--from-rfc MXP150101AB1"},
		"missing.xml":         {"--from-cfdi", "no such file"},
	}
	for file, wants := range cases {
		r := h.MustRun(2, "", "facti", "payments", "new", "--from-cfdi", "testdata/"+file, "--to-email", "a@b.mx")
		contains(t, file, r.Stderr, wants...)
		if file != "missing.xml" {
			contains(t, file, r.Stderr, "testdata/"+file, "nothing was sent")
		}
	}
	if n := countPayments(t, h); n != 0 {
		t.Errorf("%d payments sent", n)
	}
}
