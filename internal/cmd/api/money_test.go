package api_test

import (
	"bytes"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
	"github.com/mxpay/mxpay/internal/prompt/prompttest"
)

const (
	cardNumber = "4111111111111111"
	pfPath     = "/Wsrtransaccion/index/format/json"
	chargeForm = "method=transaccion&data[numeroTarjeta]=" + cardNumber + "&data[cvt]=123&data[mesExpiracion]=12&data[anyoExpiracion]=40&data[monto]=150.00&data[idPedido]=ORD-77"
)

// production is a harness in the production environment, where nothing
// that moves money goes without --yes when there is no terminal.
func production(t *testing.T, provider string, rec *recorder, answer string, status int) *cmdtest.Harness {
	h := harness(t, provider, func(w http.ResponseWriter, r *http.Request) {
		rec.record(r)
		w.WriteHeader(status)
		w.Write([]byte(answer))
	})
	h.Env["MXPAY_ENV"] = "production"
	return h
}

func multipartCharge(t *testing.T) (body, contentType string) {
	var b bytes.Buffer
	w := multipart.NewWriter(&b)
	for _, kv := range strings.Split(chargeForm, "&") {
		k, v, _ := strings.Cut(kv, "=")
		if err := w.WriteField(k, v); err != nil {
			t.Fatal(err)
		}
	}
	w.Close()
	return b.String(), w.FormDataContentType()
}

// Every call that creates a payment request or moves money needs --yes in
// production without a terminal; with it, the PRODUCTION notice and the
// summary are on stderr. Old code sent all of them without a word.
func TestMoneyCallsNeedYesInProduction(t *testing.T) {
	mp, mpType := multipartCharge(t)
	const pfOK = `{"WebServices_Transacciones":{"transaccion":{"autorizado":"1","status":"success"}}}`
	cases := []struct {
		name, provider, stdin, answer, summary string
		args                                   []string
	}{
		{"facti new_request", "facti", "", `{"result":1,"request_id":9}`, "folio 7",
			[]string{"POST", "/v1/payments/new_request", "-f", "folio=7", "-f", "total_amount=10.00"}},
		{"facti mark paid", "facti", "", `{"result":1}`, "mark payment 5022 as paid",
			[]string{"POST", "/v1/payments/5022", "-f", "payed=1"}},
		{"facti delete", "facti", "", `{"result":1}`, "payment request 31",
			[]string{"POST", "v1/payments/delete/", "-f", "id=31"}},
		{"pagofacil urlencoded body", "pagofacil", chargeForm, pfOK, "card ending 1111",
			[]string{"POST", pfPath, "--input", "-"}},
		{"pagofacil keys in the query string", "pagofacil", "data[numeroTarjeta]=" + cardNumber + "&data[cvt]=123&data[mesExpiracion]=12&data[anyoExpiracion]=40", pfOK, "card ending 1111",
			[]string{"POST", pfPath + "?method=transaccion&data[monto]=150.00", "--input", "-"}},
		{"pagofacil multipart", "pagofacil", mp, pfOK, "order ORD-77",
			[]string{"POST", pfPath, "--input", "-", "-H", "Content-Type: " + mpType}},
		{"pagofacil JSON body", "pagofacil", `{"method":"transaccion","data":{"numeroTarjeta":"` + cardNumber + `","cvt":"123","mesExpiracion":"12","anyoExpiracion":"40","monto":"150.00"}}`, pfOK, "MXN 150.00",
			[]string{"POST", pfPath, "--input", "-", "-H", "Content-Type: application/json"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rec := &recorder{}
			h := production(t, tc.provider, rec, tc.answer, http.StatusOK)
			args := append([]string{"api", tc.provider}, tc.args...)
			r := h.MustRun(2, tc.stdin, args...)
			if len(rec.reqs) != 0 {
				t.Fatalf("sent %d requests without --yes in production", len(rec.reqs))
			}
			if !strings.Contains(r.Stderr, "PRODUCTION") || !strings.Contains(r.Stderr, "--yes") {
				t.Errorf("stderr lacks the notice or the way out:\n%s", r.Stderr)
			}
			r = h.MustRun(0, tc.stdin, append(args, "--yes")...)
			if len(rec.reqs) != 1 {
				t.Fatalf("%d requests with --yes, want 1", len(rec.reqs))
			}
			if !strings.Contains(r.Stderr, "PRODUCTION") || !strings.Contains(r.Stderr, tc.summary) {
				t.Errorf("stderr lacks the notice or the summary %q:\n%s", tc.summary, r.Stderr)
			}
			if strings.Contains(r.Stderr, cardNumber) {
				t.Errorf("the card number reached stderr:\n%s", r.Stderr)
			}
			if got := rec.reqs[0]; strings.HasPrefix(tc.args[len(tc.args)-1], "Content-Type: multipart") &&
				(!strings.HasPrefix(got.contentType, "multipart/form-data") || !strings.Contains(got.body, "usr-0123456789") || !strings.Contains(got.body, cardNumber)) {
				t.Errorf("multipart body not sent as multipart with the credentials added: %s\n%s", got.contentType, got.body)
			}
		})
	}
}

// Reads are not money: a search or a verificar goes without --yes.
func TestReadsNeedNoConfirmation(t *testing.T) {
	rec := &recorder{}
	h := production(t, "facti", rec, `{"result":1,"payments":[]}`, http.StatusOK)
	h.MustRun(0, "", "api", "facti", "POST", "/v1/payments/company_payments", "-f", "company_id=5")
	h.MustRun(0, "", "api", "facti", "GET", "/v1/payments/5022")
	if len(rec.reqs) != 2 {
		t.Errorf("%d requests, want 2", len(rec.reqs))
	}
}

func TestCardDataNeverFromArgv(t *testing.T) {
	rec := &recorder{}
	h := harness(t, "pagofacil", func(w http.ResponseWriter, r *http.Request) { rec.record(r) })
	for _, args := range [][]string{
		{"-f", "method=transaccion", "-f", "data[numeroTarjeta]=" + cardNumber},
		{"-F", "data[cvt]=123"},
		{"-f", "data[mesExpiracion]=12"},
		{"-f", "anyoExpiracion=40"},
		{"-f", "numeroTarjeta=" + cardNumber},
	} {
		r := h.MustRun(2, "", append([]string{"api", "pagofacil", "POST", pfPath}, args...)...)
		if !strings.Contains(r.Stderr, "--input") || strings.Contains(r.Stderr, cardNumber) {
			t.Errorf("%v: stderr should name --input and not echo the card:\n%s", args, r.Stderr)
		}
	}
	h.MustRun(2, "", "api", "pagofacil", "POST", pfPath+"?data[cvt]=123")
	if len(rec.reqs) != 0 {
		t.Errorf("%d requests sent with card data on argv", len(rec.reqs))
	}
}

// A charge sent with -f fields asks for the card without echo; the answers
// are masked from then on, and the charge is sent once, as a GET too.
func TestChargePromptsForCardAndIsNeverRetried(t *testing.T) {
	rec := &recorder{}
	h := harness(t, "pagofacil", func(w http.ResponseWriter, r *http.Request) {
		rec.record(r)
		w.WriteHeader(http.StatusServiceUnavailable) // retried for any other GET
		w.Write([]byte("<html>upstream busy; you sent " + r.URL.RawQuery + "</html>"))
	})
	h.TTY = true
	h.Prompter = prompttest.NewMock(t)
	h.Prompter.ExpectPassword("Card number", cardNumber)
	h.Prompter.ExpectPassword("CVV", "123")
	h.Prompter.ExpectPassword("Expiry month", "12")
	h.Prompter.ExpectPassword("Expiry year", "40")
	h.Prompter.ExpectConfirm("Charge MXN 150.00 to the card ending 1111", true)
	r := h.MustRun(6, "", "api", "pagofacil", "GET", pfPath, "-f", "method=transaccion", "-f", "data[monto]=150.00", "-f", "data[idPedido]=ORD-9")
	if len(rec.reqs) != 1 {
		t.Fatalf("the charge was sent %d times, want once", len(rec.reqs))
	}
	if got := rec.reqs[0].query.Get("data[numeroTarjeta]"); got != cardNumber {
		t.Errorf("prompted card number not sent: %q", got)
	}
	if strings.Contains(r.Stdout+r.Stderr, cardNumber) || strings.Contains(r.Stdout+r.Stderr, "usr-0123456789") {
		t.Errorf("the echoed page leaked the card or a credential:\n%s\n%s", r.Stdout, r.Stderr)
	}
	if !strings.Contains(r.Stderr, "mxpay pagofacil verify ORD-9") {
		t.Errorf("no next step for the unknown outcome:\n%s", r.Stderr)
	}
}

// Without a terminal a charge missing card data is a usage error naming
// --input, before anything is sent.
func TestChargeWithoutCardAndTerminal(t *testing.T) {
	rec := &recorder{}
	h := harness(t, "pagofacil", func(w http.ResponseWriter, r *http.Request) { rec.record(r) })
	r := h.MustRun(2, "", "api", "pagofacil", "POST", pfPath, "-f", "method=transaccion", "-f", "data[monto]=1.00")
	if !strings.Contains(r.Stderr, "--input") || len(rec.reqs) != 0 {
		t.Errorf("requests %d; stderr:\n%s", len(rec.reqs), r.Stderr)
	}
}

// A money call whose answer is ambiguous (gateway error, redirect, garbled
// 200) exits 6 with the check to make; old code said 4 ("nothing was
// changed"), 1 or even 0.
func TestAmbiguousAnswersToMoneyCallsAreUnknown(t *testing.T) {
	cases := []struct {
		name   string
		status int
		body   string
	}{
		{"gateway 504", http.StatusGatewayTimeout, "<html>504 Gateway Time-out</html>"},
		{"throttled", http.StatusTooManyRequests, `{"result":0}`},
		{"redirect", http.StatusTemporaryRedirect, ""},
		{"garbled 200", http.StatusOK, `{"result":1,"request_id":`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rec := &recorder{}
			h := harness(t, "facti", func(w http.ResponseWriter, r *http.Request) {
				rec.record(r)
				if tc.status == http.StatusTemporaryRedirect {
					w.Header().Set("Location", "http://127.0.0.1:1/elsewhere")
				}
				w.WriteHeader(tc.status)
				w.Write([]byte(tc.body))
			})
			r := h.MustRun(6, "", "api", "facti", "POST", "/v1/payments/new_request", "-f", "folio=8")
			if len(rec.reqs) != 1 {
				t.Errorf("sent %d times, want once", len(rec.reqs))
			}
			if !strings.Contains(r.Stderr, "mxpay facti payments") {
				t.Errorf("no check named:\n%s", r.Stderr)
			}
		})
	}
}
