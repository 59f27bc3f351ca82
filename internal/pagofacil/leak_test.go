package pagofacil

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/errs"
	"github.com/mxpay/mxpay/internal/httpx"
	"github.com/mxpay/mxpay/internal/settle"
)

// TestRedirectsNeverCarryTheCard: a provider (or a proxy in front of it)
// that redirects the charge to another loopback port gets nothing re-sent
// there, and the charge is looked up, never taken as approved.
func TestRedirectsNeverCarryTheCard(t *testing.T) {
	for _, code := range []int{http.StatusFound, http.StatusTemporaryRedirect, http.StatusPermanentRedirect} {
		t.Run(http.StatusText(code), func(t *testing.T) {
			var captured atomic.Int32
			capture := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				captured.Add(1)
				body, _ := io.ReadAll(r.Body)
				t.Errorf("capture server got %s %s with %q", r.Method, r.URL, body)
			}))
			defer capture.Close()
			h := &hostile{}
			h.charge = redirectTo(capture.URL+Path, code)
			h.verify = func(w http.ResponseWriter, _ int) { redirectTo(capture.URL+Path, code)(w, nil) }
			c := newHostile(t, h)
			out, err := c.ChargeOrVerify(context.Background(), testRequest(t), ChargeOptions{NewOrderID: true})
			if errs.KindOf(err) != errs.UnknownOutcome || out.Outcome != settle.Unknown || out.Result != nil {
				t.Errorf("outcome %s err %v, want unknown", out.Outcome, err)
			}
			if captured.Load() != 0 || h.count("transaccion") != 1 || h.count("verificar") < 2 {
				t.Errorf("captured %d; provider saw %v", captured.Load(), h.methods)
			}
		})
	}
}

// TestReflectingPageIsQuotedMasked: a 200 page that echoes the request in
// the shapes WAFs use (raw form, decoded form, JSON) is quoted in the error
// without the card, CVV, expiry or credentials, once the run's redactor
// knows the card data (as the command layer adds it).
func TestReflectingPageIsQuotedMasked(t *testing.T) {
	echo := func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		decoded, _ := url.QueryUnescape(string(body))
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, "<pre>"+string(body)+"\n"+decoded+"</pre>")
	}
	srv := httptest.NewServer(http.HandlerFunc(echo))
	defer srv.Close()
	red := httpx.NewRedactor([]string{"suc-reflect-1", "usr-reflect-1"})
	red.Add(CardSecrets("5513 5509 9409 2123", "271", "8", "2099")...)
	c := &Client{HTTP: httpx.NewClient(httpx.Options{Redactor: red, Timeout: time.Second}), BaseURL: srv.URL, Sucursal: "suc-reflect-1", Usuario: "usr-reflect-1"}
	_, err := c.Charge(context.Background(), testRequest(t))
	var u *UnexpectedResponseError
	if !errors.As(err, &u) || u.Excerpt == "" {
		t.Fatalf("err %v", err)
	}
	msg := err.Error()
	for _, secret := range []string{"5513550994092123", "cvt%5D=271", "cvt]=271", "Expiracion%5D=08", "Expiracion%5D=99", "suc-reflect", "usr-reflect"} {
		if strings.Contains(msg, secret) {
			t.Errorf("error quotes %q:\n%s", secret, msg)
		}
	}
}

func TestCardSecrets(t *testing.T) {
	got := strings.Join(CardSecrets(" 4111-1111 1111 1111 ", "739", "8", "2030"), "\n")
	for _, want := range []string{"4111111111111111", "4111-1111 1111 1111", "4111 1111 1111 1111", "4111-1111-1111-1111", "739", "08/30", "08/2030",
		"data[cvt]=739", "data%5Bcvt%5D=739", "data%5BmesExpiracion%5D=08", "data%5BanyoExpiracion%5D=30", "data%5BnumeroTarjeta%5D=4111111111111111"} {
		if !strings.Contains("\n"+got+"\n", "\n"+want+"\n") {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	if amex := CardSecrets("378282246310005", "1234", "1", "30"); !strings.Contains(strings.Join(amex, "\n"), "3782 822463 10005") {
		t.Errorf("amex grouping missing: %q", amex)
	}
	if strings.Contains("\n"+got+"\n", "\n2030\n") {
		t.Error("a bare year would mask every date of that year")
	}
}
