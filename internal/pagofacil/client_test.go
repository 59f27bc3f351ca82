package pagofacil

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/errs"

	"github.com/mxpay/mxpay/internal/httpx"
	"github.com/mxpay/mxpay/internal/money"
)

// server answers every request with reply and records the last body.
func server(t *testing.T, reply string) (*Client, *string) {
	t.Helper()
	var got string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost || r.URL.Path != Path {
			t.Errorf("request %s %s, want POST %s", r.Method, r.URL.Path, Path)
		}
		if ct := r.Header.Get("Content-Type"); ct != "application/x-www-form-urlencoded" {
			t.Errorf("Content-Type %q", ct)
		}
		b, _ := io.ReadAll(r.Body)
		got = string(b)
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, reply)
	}))
	t.Cleanup(srv.Close)
	return &Client{HTTP: httpx.NewClient(httpx.Options{}), BaseURL: srv.URL + "/", Sucursal: "suc1", Usuario: "usr1"}, &got
}

func testRequest(t *testing.T) *ChargeRequest {
	t.Helper()
	card, err := NewCard("5513 5509 9409 2123", "271", "08", "99", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	amt, _ := money.Parse("1599")
	return &ChargeRequest{
		Amount: amt, OrderID: "TEST_TX", Card: card, ServiceID: "3",
		Customer: Customer{Name: "Jon", LastName: "Snow", Email: "jon@example.com", Phone: "55751875", Mobile: "5530996234",
			Street: "Valle del Don", Colonia: "Del Valle", Municipio: "Tecamac", State: "Sonora", Country: "México", Zip: "48219"},
		Plan: "MSI", Months: "06", Params: [5]string{"p1", "", "", "", "p5"}, NoMail: true,
		IP: "1.1.1.1", UserAgent: "Mozilla/5.0",
	}
}

func TestChargeSendsExactBody(t *testing.T) {
	c, got := server(t, approvedReply)
	if _, err := c.Charge(context.Background(), testRequest(t)); err != nil {
		t.Fatal(err)
	}
	want := "data%5Banyo" + "Expiracion%5D=99&data%5Bapellidos%5D=Snow&data%5BcalleyNumero%5D=Valle+del+Don&data%5Bcelular%5D=5530996234" +
		"&data%5Bcolonia%5D=Del+Valle&data%5Bcp%5D=48219&data%5Bcvt%5D=271&data%5Bemail%5D=jon%40example.com&data%5Bestado%5D=Sonora" +
		"&data%5BhttpUserAgent%5D=Mozilla%2F5.0&data%5BidPedido%5D=TEST_TX&data%5BidServicio%5D=3&data%5BidSucursal%5D=suc1&data%5BidUsuario%5D=usr1" +
		"&data%5Bip%5D=1.1.1.1&data%5Bmensualidades%5D=06&data%5BmesExpiracion%5D=08&data%5Bmonto%5D=1599.00&data%5Bmunicipio%5D=Tecamac" +
		"&data%5BnoMail%5D=1&data%5Bnombre%5D=Jon&data%5BnumeroTarjeta%5D=5513550994092123&data%5Bpais%5D=M%C3%A9xico" +
		"&data%5Bparam1%5D=p1&data%5Bparam5%5D=p5&data%5Bplan%5D=MSI&data%5Btelefono%5D=55751875&method=transaccion"
	if *got != want {
		t.Errorf("body\n got %s\nwant %s", *got, want)
	}
	// Decoded, for a readable second opinion: no empty optional keys.
	v, _ := url.ParseQuery(*got)
	if v.Has("data[param2]") || len(v) != 28 {
		t.Errorf("keys: %d %v", len(v), v)
	}
}

func TestVerifySendsExactBody(t *testing.T) {
	c, got := server(t, verifyFoundReply)
	if _, err := c.Verify(context.Background(), "TEST_TX"); err != nil {
		t.Fatal(err)
	}
	want := "data%5BidPedido%5D=TEST_TX&data%5BidSucursal%5D=suc1&data%5BidUsuario%5D=usr1&method=verificar"
	if *got != want {
		t.Errorf("body\n got %s\nwant %s", *got, want)
	}
}

func TestChargeApproved(t *testing.T) {
	c, _ := server(t, approvedReply)
	r, err := c.Charge(context.Background(), testRequest(t))
	if err != nil {
		t.Fatal(err)
	}
	if r.Outcome != OutcomeApproved || r.Authorization != "1" || r.Transaction != "S-PFE2692S2720I1141743" ||
		r.CardType != "Master Card" || r.MaskedCard != "(16) **** **** ****2123" || r.Amount != "1599" ||
		r.TransIni != "11:07:27 am 19/09/2018" || r.OrderID != "TEST_TX" {
		t.Errorf("result %+v", r)
	}
	if strings.Contains(string(r.Raw), "e147ee31") || !strings.Contains(string(r.Raw), `"idSucursal":"***"`) {
		t.Errorf("echoed credentials not masked in raw: %s", r.Raw)
	}
	if !strings.HasPrefix(string(r.Raw), `{"autorizado":"1"`) {
		t.Errorf("raw is not the inner object as sent: %.40s", r.Raw)
	}
}

func TestChargeDeclinedDecodesURLEncodedReason(t *testing.T) {
	c, _ := server(t, declinedReply)
	r, err := c.Charge(context.Background(), testRequest(t))
	var d *DeclinedError
	if !errors.As(err, &d) || errs.KindOf(d) != errs.Declined {
		t.Fatalf("err = %v, want DeclinedError", err)
	}
	if d.Reason != "Transacción inválida" || r.Outcome != OutcomeDeclined || r.Transaction != "PFE8287S8591I863341" {
		t.Errorf("reason %q result %+v", d.Reason, r)
	}
}

func TestChargeValidationObject(t *testing.T) {
	c, _ := server(t, validationReply)
	_, err := c.Charge(context.Background(), testRequest(t))
	var v *ValidationError
	if !errors.As(err, &v) || errs.KindOf(v) != errs.Rejected {
		t.Fatalf("err = %v, want ValidationError", err)
	}
	want := FieldErrors{{Field: "cp", Message: "Código postal inválido"}, {Field: "mesExpiracion", Message: "Falta el campo: 'mesExpiracion'"}}
	if len(v.Fields) != 2 || v.Fields[0] != want[0] || v.Fields[1] != want[1] {
		t.Errorf("fields %v", v.Fields)
	}
	if !strings.Contains(err.Error(), "mesExpiracion: Falta el campo") {
		t.Errorf("message %q", err)
	}
}

func TestCredentialRejectionIsAuthError(t *testing.T) {
	c, _ := server(t, `{"WebServices_Transacciones":{"verificar":{"autorizado":"0","transaccion":"n/a","texto":"Error en las Validaciones","error":{"idUsuario":"El usuario no existe"}}}}`)
	_, err := c.Verify(context.Background(), "X1")
	var a *AuthError
	if !errors.As(err, &a) || errs.KindOf(a) != errs.Auth {
		t.Fatalf("err = %v, want AuthError", err)
	}
}

func TestVerifyFoundAndNotFound(t *testing.T) {
	c, _ := server(t, verifyFoundReply)
	r, err := c.Verify(context.Background(), "TEST_TX")
	if err != nil || r.Outcome != OutcomeApproved || r.Amount != "1599.00" || r.TransFin != "2018-09-19 11:07:29" || r.CardType != "Master Card" {
		t.Fatalf("found: %v %+v", err, r)
	}
	c, _ = server(t, `{"WebServices_Transacciones":{"verificar":{"autorizado":"0","status":"0","error":"No+existe+la+transacci%C3%B3n","data":{"idPedido":"NOPE"}}}}`)
	_, err = c.Verify(context.Background(), "NOPE")
	var nf *NotFoundError
	if !errors.As(err, &nf) || !strings.Contains(err.Error(), "No existe la transacción") {
		t.Fatalf("not found: %v", err)
	}
}

func TestUnexpectedReplies(t *testing.T) {
	for _, reply := range []string{`<html>`, `{"WebServices_Transacciones":{}}`, `{"WebServices_Transacciones":{"transaccion":{"autorizado":"1"}}}`} {
		c, _ := server(t, reply)
		_, err := c.Charge(context.Background(), testRequest(t))
		var u *UnexpectedResponseError
		if !errors.As(err, &u) {
			t.Errorf("%s: err = %v, want UnexpectedResponseError (never approved)", reply, err)
		}
	}
}

const approvedReply = `{"WebServices_Transacciones":{"transaccion":{"autorizado":"1","autorizacion":"1","transaccion":"S-PFE2692S2720I1141743","texto":"Transaction has been successful!-staging","mode":"S","totalAttempts":"1","idTransaccion":"1141743","tipoTarjetaBancaria":"DEBIT","empresa":"PagoFacil Demo","TransIni":"11:07:27 am 19/09/2018","TransFin":"11:07:30 am 19/09/2018","param1":"","TipoTC":"Master Card","data":{"idSucursal":"e147ee31531d815e2308d","nombre":"Jon","numeroTarjeta":"","cvt":"","monto":"1599","idPedido":"TEST_TX","bin":"5513 5"},"dataVal":{"numeroTarjeta":"(16) **** **** ****2123","cvt":"(3) ***","monto":"1599","plan":"NOR","tipoTarjeta":"Master Card","settingsTransaction":{"noMontoMes":"300"}},"pf_message":"Transaccion exitosa","status":"success"}}}`

const declinedReply = `{"WebServices_Transacciones":{"transaccion":{"autorizado":"0","transaccion":"PFE8287S8591I863341","texto":"Transaction has been denied!","mode":"PRD","error":"Transacci%C3%B3n+inv%C3%A1lida","TransIni":"12:32:17 pm 25\/03\/2019","TipoTC":"Visa","data":{"monto":"1.00","idPedido":"TEST_TX","bin":"492941"},"dataVal":{"numeroTarjeta":"(16) **** **** ****9384"},"pf_message":"Transaccion denegada","status":"success"}}}`

const validationReply = `{"WebServices_Transacciones":{"transaccion":{"autorizado":"0","transaccion":"n/a","texto":"Error en las Validaciones - ","error":{"mesExpiracion":"Falta el campo: 'mesExpiracion'","cp":"C%C3%B3digo+postal+inv%C3%A1lido"},"status":"error"}}}`

const verifyFoundReply = `{"WebServices_Transacciones":{"verificar":{"autorizado":"1","autorizacion":"1","transaccion":"S-PFE2692S2720I1141743","texto":"staging","mode":"S","TransIni":"2018-09-19 11:07:27","TransFin":"2018-09-19 11:07:29","TipoTC":"Master Card","dataVal":{"nombre":"Jon Snow","monto":"1599.00","idPedido":"TEST_TX","tipoTarjeta":"Master Card"},"status":"1","data":{"idPedido":"TEST_TX","idUsuario":"f541","idSucursal":"e147"}}}}`

// TestVerifyNeverTakesAChargeReplyForAnAnswer: only errors come under the
// wrong method name; a transaction there is not a verificar answer.
func TestVerifyNeverTakesAChargeReplyForAnAnswer(t *testing.T) {
	c, _ := server(t, approvedReply)
	_, err := c.Verify(context.Background(), "TEST_TX")
	var u *UnexpectedResponseError
	if !errors.As(err, &u) {
		t.Fatalf("err = %v, want UnexpectedResponseError", err)
	}
}
