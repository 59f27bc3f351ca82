package facti

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/money"
	"github.com/mxpay/mxpay/internal/settle"
)

func mxn(t *testing.T, s string) money.Amount {
	t.Helper()
	a, err := money.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// The client's errors read in English exactly as their Error() (logs,
// journals and ledger messages keep it), and in Spanish through the
// catalog, every part of them included.
func TestMessagesInBothLanguages(t *testing.T) {
	r := &NewRequest{Serie: "A", Folio: "1001", TotalAmount: mxn(t, "1500.01"), ToEmails: []string{"pagos@cliente.mx"}}
	lost := errors.New("connection reset")
	bad := &NewRequest{ToEmails: []string{"no-es-correo"}}
	bad.Normalize()
	cases := []struct {
		name  string
		err   error
		wants []string // in Spanish
	}{
		{"refusal", &Error{Op: "get the payment", Msg: "El pago no existe"}, []string{"Facti se negó a obtener el pago: El pago no existe"}},
		{"refusal without a reason", &Error{Op: "delete the payment"}, []string{"Facti se negó a eliminar el pago: sin motivo indicado"}},
		{"unreadable reply", &ReplyError{Op: "list the payments", HTTPStatus: 502, Problem: "it is not Facti's JSON", Excerpt: "<html>"},
			[]string{`No se pudo leer la respuesta de Facti al intentar listar los pagos: no es el JSON de Facti (HTTP 502); empieza con "<html>"`}},
		{"reply types", typesError("create the payment request", errors.New("json: cannot unmarshal")), []string{"sus campos no tienen los tipos documentados: json: cannot unmarshal"}},
		{"validation", bad.Validate(), []string{"la solicitud no es válida:\n  - el folio es obligatorio", `to_email: "no-es-correo" no es una dirección de correo`, "total_amount debe ser mayor que 0"}},
		{"one problem", func() error { var p problems; p.add("folio is required"); return p.err() }(), []string{"el folio es obligatorio"}},
		{"duplicate", NewDuplicateError(r, []Seen{{ID: 38, Serie: "A", Folio: "1001", ToEmail: "pagos@cliente.mx", Total: mxn(t, "1500.01")}}),
			[]string{"ya existe la solicitud de pago de la serie A, folio 1001 (1,500.01): pago 38 (serie A, folio 1001, 1,500.01 para pagos@cliente.mx, pendiente); no se envió nada"}},
		{"unknown outcome", &UnsettledError{Request: r, Err: &settle.UnknownError{What: Describe(r), Cause: lost, Lookup: settle.Result{Attempts: 3, Waited: 61 * time.Second}}},
			[]string{"la solicitud de pago de la serie A, folio 1001 (1,500.01) se envió pero se desconoce su resultado (connection reset); con 3 consultas durante 1m1s no apareció"}},
		{"one lookup failed", &UnsettledError{Request: r, Err: &settle.UnknownError{What: Describe(r), Cause: lost, Lookup: settle.Result{Attempts: 1, Waited: time.Second, Err: errors.New("timeout")}}},
			[]string{"la consulta falló (1 consulta durante 1s): timeout"}},
		{"no lookup", &UnsettledError{Request: r, Err: &settle.UnknownError{What: Describe(r), Cause: lost, Lookup: settle.Result{Err: errors.New("refused")}}},
			[]string{"no se pudo consultar: refused"}},
		{"many matches", &UnsettledError{Request: r, Err: &ManyMatchesError{What: Describe(r), Cause: lost, Payments: []Payment{{ID: "38"}, {ID: "39"}}, request: r}},
			[]string{"se envió y se perdió su respuesta (connection reset); los pagos 38, 39 coinciden todos con ella"}},
		{"change unknown", &ChangeUnknownError{UnknownError: &settle.UnknownError{What: "the request to mark payment 38 paid", Cause: lost, Lookup: settle.Result{Attempts: 2, Waited: 3 * time.Second}},
			Now: &Payment{ID: "38", Status: "0"}, what: i18n.Errorf("the request to mark payment %s paid", "38")},
			[]string{"la solicitud para marcar como pagado el pago 38 se envió pero se desconoce su resultado", "; el pago 38 ahora está pendiente"}},
		{"not sent", notSent(&settle.NotSentError{What: Describe(r), Cause: lost}, Description(r)), []string{"connection reset; la solicitud de pago de la serie A, folio 1001 (1,500.01) no se envió, no se hizo nada"}},
		{"rfc", CheckRFC("to_rfc", "BAD"), []string{`to_rfc "BAD" no es un RFC`}},
		{"id", CheckID("payment way", "x"), []string{`forma de pago "x" no es un id (un número entero mayor que 0)`}},
		{"cents", CheckCents("total_amount", mxn(t, "1.001")), []string{"total_amount 1.001 tiene más de dos decimales"}},
	}
	english, spanish := i18n.New(i18n.English), i18n.New(i18n.Spanish)
	for _, c := range cases {
		if got, want := i18n.Localize(c.err, english), c.err.Error(); got != want {
			t.Errorf("%s: English reads\n%q\nnot, as Error(),\n%q", c.name, got, want)
		}
		es := i18n.Localize(c.err, spanish)
		for _, w := range c.wants {
			if !strings.Contains(es, w) {
				t.Errorf("%s: Spanish lacks %q:\n%s", c.name, w, es)
			}
		}
	}
}
