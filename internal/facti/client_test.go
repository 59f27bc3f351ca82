package facti

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/mxpay/mxpay/internal/errs"

	"github.com/mxpay/mxpay/internal/httpx"
	"github.com/mxpay/mxpay/internal/money"
)

// recorder is a Facti stand-in that records the last request and answers reply.
type recorder struct {
	method, path, query, body, contentType string
	status                                 int
	reply                                  string
}

func (r *recorder) server(t *testing.T) *Client {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		b, _ := io.ReadAll(req.Body)
		r.method, r.path, r.query, r.body = req.Method, req.URL.Path, req.URL.RawQuery, string(b)
		r.contentType = req.Header.Get("Content-Type")
		if r.status != 0 {
			w.WriteHeader(r.status)
		}
		io.WriteString(w, r.reply)
	}))
	t.Cleanup(srv.Close)
	return New(httpx.NewClient(httpx.Options{MaxRetries: -1}), srv.URL, "cid", "key")
}

func amt(s string) money.Amount {
	a, err := money.Parse(s)
	if err != nil {
		panic(err)
	}
	return a
}

const createdReply = `{"result":1,"msg":"","request_id":38,"total_amount":55.20,"limit_payment_date":"2013-11-21","send_to":"CT01109078C1@facti.mx","references":[{"payment_way_id":"1","payment_way_alias":"STP Prepago","payment_type":"stp","reference":"38","stp_cuenta_clabe":"646180109301000010"},{"payment_way_id":9,"payment_type":"bank","reference":"380010000000096306229","bank_name":"Santander","bank_agreement_number":"4381"}],"References_errors":[{"type":"paypal","error":"not configured"}]}`

func TestCreateSingleExactBody(t *testing.T) {
	rec := &recorder{reply: createdReply}
	c := rec.server(t)
	r := &NewRequest{Serie: "A", Folio: "38", FromRFC: "cgm011210s72", ToRFC: "XAXX010101000", ToClientName: "Cliente SA", ToEmails: []string{"a@b.mx", "c@d.mx"}, TotalAmount: amt("55.2"), LimitPaymentDate: "2013-11-21", NoEmail: true, PaymentWayIDs: []string{"1", "9"}}
	r.Normalize()
	if err := r.Validate(); err != nil {
		t.Fatal(err)
	}
	got, err := c.CreatePayment(context.Background(), r)
	if err != nil {
		t.Fatal(err)
	}
	want := "client_id=cid&api_key=key&serie=A&folio=38&from_rfc=CGM011210S72&to_rfc=XAXX010101000&to_client_name=Cliente+SA&to_email=a%40b.mx%3Bc%40d.mx&total_amount=55.20&limit_payment_date=2013-11-21&send_email_to_client=0&payment_ways_ids%5B0%5D=1&payment_ways_ids%5B1%5D=9"
	if rec.body != want {
		t.Errorf("body\n got %s\nwant %s", rec.body, want)
	}
	if rec.method != "POST" || rec.path != "/v1/payments/new_request" || rec.contentType != "application/x-www-form-urlencoded" {
		t.Errorf("%s %s %s", rec.method, rec.path, rec.contentType)
	}
	if got.RequestID != "38" || got.TotalAmount.String() != "55.20" || got.DueDate() != "2013-11-21" || len(got.References) != 2 || got.References[1].PaymentWayID != "9" || len(got.ReferencesErrors) != 1 {
		t.Errorf("decoded %+v", got)
	}
	if string(got.Raw) != createdReply {
		t.Error("raw reply not kept byte for byte")
	}
}

func TestCreateGroupedExactBody(t *testing.T) {
	rec := &recorder{reply: createdReply}
	c := rec.server(t)
	r := &NewRequest{FromRFC: "CGM011210S72", ToClientName: "X", ToEmails: []string{"a@b.mx"}, TotalAmount: amt("300.50"), Paid: true, PaymentDate: "2024-01-02",
		Group: []GroupItem{{Serie: "A", Folio: "10", Amount: amt("100.25")}, {Folio: "11", Amount: amt("200.25")}}}
	r.Normalize()
	if err := r.Validate(); err != nil {
		t.Fatal(err)
	}
	if _, err := c.CreatePayment(context.Background(), r); err != nil {
		t.Fatal(err)
	}
	want := "client_id=cid&api_key=key&folio=1&from_rfc=CGM011210S72&to_client_name=X&status=1&payment_date=2024-01-02&to_email=a%40b.mx&total_amount=300.50&folios%5B0%5D=10&folios%5B1%5D=11&series%5B0%5D=A&series%5B1%5D=&total_amounts%5B0%5D=100.25&total_amounts%5B1%5D=200.25"
	if rec.body != want {
		t.Errorf("body\n got %s\nwant %s", rec.body, want)
	}
}

func TestCreateConceptsAndInvoiceExactBody(t *testing.T) {
	rec := &recorder{reply: createdReply}
	c := rec.server(t)
	total := amt("5000.00")
	r := &NewRequest{Folio: "7", FromRFC: "CGM011210S72", ToClientName: "X", ToEmails: []string{"a@b.mx"}, TotalAmount: amt("5000"),
		Conceptos:       []Concepto{{Quantity: "2", Unit: "PIEZA", Description: "Monitor", PU: amt("2500.00"), Total: &total, Details: "Monitor de 25 pulgadas"}},
		GenerateInvoice: true,
		InvoiceReceiver: &InvoiceReceiver{RFC: "xaxx010101000", Nombre: "Razón social", DomicilioCalle: "Insurgentes sur", DomicilioCP: "01000"}}
	r.Normalize()
	if err := r.Validate(); err != nil {
		t.Fatal(err)
	}
	if _, err := c.CreatePayment(context.Background(), r); err != nil {
		t.Fatal(err)
	}
	want := "client_id=cid&api_key=key&folio=7&from_rfc=CGM011210S72&to_client_name=X&to_email=a%40b.mx&total_amount=5000.00" +
		"&conceptos%5B0%5D%5Bquantity%5D=2&conceptos%5B0%5D%5Bunit%5D=PIEZA&conceptos%5B0%5D%5Bdescription%5D=Monitor&conceptos%5B0%5D%5Bpu%5D=2500.00&conceptos%5B0%5D%5Btotal%5D=5000.00&conceptos%5B0%5D%5Bdetails%5D=Monitor+de+25+pulgadas" +
		"&generate_invoice=1&invoice_receiver%5Brfc%5D=XAXX010101000&invoice_receiver%5Bnombre%5D=Raz%C3%B3n+social&invoice_receiver%5Bdomicilio_calle%5D=Insurgentes+sur&invoice_receiver%5Bdomicilio_cp%5D=01000"
	if rec.body != want {
		t.Errorf("body\n got %s\nwant %s", rec.body, want)
	}
}

func TestValidationReportsEverything(t *testing.T) {
	r := &NewRequest{FromRFC: "bad", ToRFC: "XAXX01010100", ToEmails: []string{"nope", "a@b.mx"}, TotalAmount: amt("100.001"), LimitPaymentDate: "2024-02-30", PaymentDate: "2024-01-01",
		Group: []GroupItem{{Folio: "1", Amount: amt("50")}, {Folio: "2", Amount: amt("50")}}}
	before := r.Normalize()
	if before == nil || r.TotalAmount.String() != "100.01" {
		t.Errorf("round-up: %v %s", before, r.TotalAmount)
	}
	err := r.Validate()
	var ve *ValidationError
	if !errors.As(err, &ve) || errs.KindOf(ve) != errs.Usage {
		t.Fatalf("err = %v", err)
	}
	for _, want := range []string{"from_rfc \"BAD\"", "to_rfc", "to_client_name", "\"nope\" is not an e-mail", "payment_date only", "limit_payment_date \"2024-02-30\"", "add up to 100.00 but total_amount is 100.01"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("missing %q in\n%v", want, err)
		}
	}
}

func TestGetSendsCredentialsAsQueryAndDecodesLeniently(t *testing.T) {
	rec := &recorder{reply: `{"result":1,"msg":"","details":{"result":1,"id":"5022","empresas_id":452,"serie":"A","folio":6,"total_amount":1000,"status":"1","childs":[]}}`}
	c := rec.server(t)
	p, err := c.GetPayment(context.Background(), "5022")
	if err != nil {
		t.Fatal(err)
	}
	if rec.method != "GET" || rec.path != "/v1/payments/5022" || rec.query != "api_key=key&client_id=cid" {
		t.Errorf("%s %s ?%s", rec.method, rec.path, rec.query)
	}
	if p.ID != "5022" || p.Company() != "452" || p.Folio != "6" || !p.Paid() || p.TotalAmount.String() != "1000.00" || !strings.HasPrefix(string(p.Raw), `{"result":1,"id":"5022"`) {
		t.Errorf("decoded %+v", p)
	}
}

func TestListAndPayAndDeleteBodies(t *testing.T) {
	rec := &recorder{reply: `{"result":1,"msg":"","payments":[{"id":9,"status":1,"total_amount":111.11,"amount_received":null}]}`}
	c := rec.server(t)
	ps, err := c.ListPayments(context.Background(), ListFilter{CompanyID: "5", SinceID: "3", Limit: 200, Status: "1", FromPaymentDate: "2019-05-10 00:00:00"})
	if err != nil || len(ps) != 1 || ps[0].AmountReceived != nil || ps[0].ID != "9" {
		t.Fatalf("%v %+v", err, ps)
	}
	if want := "client_id=cid&api_key=key&company_id=5&since_id=3&status=1&from_payment_date=2019-05-10+00%3A00%3A00&limit=200"; rec.body != want {
		t.Errorf("list body %s", rec.body)
	}
	rec.reply = `{"result":1,"details":{"id":17542,"status":"1"}}`
	if _, err := c.MarkPaid(context.Background(), "17542"); err != nil {
		t.Fatal(err)
	}
	if rec.path != "/v1/payments/17542" || rec.body != "client_id=cid&api_key=key&payed=1" {
		t.Errorf("pay: %s %s", rec.path, rec.body)
	}
	rec.reply = `{"result":1,"payment_details":{"id":648124,"status":"0"}}`
	if _, err := c.DeletePayment(context.Background(), "452", "648124"); err != nil {
		t.Fatal(err)
	}
	if rec.path != "/v1/payments/delete" || rec.body != "client_id=cid&api_key=key&company_id=452&id=648124" {
		t.Errorf("delete: %s %s", rec.path, rec.body)
	}
	rec.reply = `{"result":1,"accounts":[{"payment_way_id":1,"stp_cuenta_clabe":"646180109301000010"}],"errors":["x"]}`
	acc, err := c.ClientCLABE(context.Background(), CLABERequest{CompanyID: "5", ToEmail: "a@b.mx", PaymentWayIDs: []string{"1"}})
	if err != nil || acc.Accounts[0].PaymentWayID != "1" || ErrorText(acc.Errors[0]) != "x" {
		t.Fatalf("%v %+v", err, acc)
	}
	if rec.body != "client_id=cid&api_key=key&company_id=5&to_email=a%40b.mx&payment_ways_id%5B0%5D=1" {
		t.Errorf("clabe body %s", rec.body)
	}
	rec.reply = `{"result":1,"payment_ways":[{"id":1,"type":"stp"}]}`
	ways, err := c.PaymentWays(context.Background(), "CGM011210S72")
	if err != nil || ways[0].ID != "1" || rec.body != "client_id=cid&api_key=key&rfc=CGM011210S72" || rec.path != "/v1/payments/company_payment_ways" {
		t.Fatalf("%v %+v %s", err, ways, rec.body)
	}
}

func TestErrorsCarryMsgAndExitCodes(t *testing.T) {
	rec := &recorder{reply: `{"result":0,"msg":"Credenciales inválidas"}`}
	c := rec.server(t)
	err := c.Authenticate(context.Background())
	var fe *Error
	if !errors.As(err, &fe) || errs.KindOf(fe) != errs.Auth || !strings.Contains(err.Error(), "Credenciales inválidas") {
		t.Fatalf("auth: %v", err)
	}
	if rec.path != "/v1/user/authenticate" || rec.body != "client_id=cid&api_key=key" {
		t.Errorf("%s %s", rec.path, rec.body)
	}
	rec.reply = `{"result":0,"msg":"Solo se pueden eliminar pagos pendientes"}`
	_, err = c.DeletePayment(context.Background(), "1", "2")
	if !errors.As(err, &fe) || errs.KindOf(fe) != errs.Rejected || fe.Msg != "Solo se pueden eliminar pagos pendientes" {
		t.Fatalf("reject: %v", err)
	}
	rec.status, rec.reply = 503, "down"
	_, err = c.ListPayments(context.Background(), ListFilter{CompanyID: "1"})
	var se *httpx.StatusError
	if !errors.As(err, &se) || errs.KindOf(se) != errs.Unreachable {
		t.Fatalf("503: %v", err)
	}
}

func TestDryRunFormMasksSecrets(t *testing.T) {
	c := New(nil, SandboxURL, "secret-id", "secret-key")
	f := c.RequestForm(&NewRequest{Folio: "1"}).Masked()
	if strings.Contains(f.Encode(), "secret") || f.Get("client_id") != "***" {
		t.Errorf("%s", f.Encode())
	}
}

func TestIPNPassword(t *testing.T) {
	h := IPNPasswordHash("pw")
	if !VerifyIPNPassword(strings.ToUpper(h), "pw") || VerifyIPNPassword(h, "other") {
		t.Error("md5 comparison")
	}
}
