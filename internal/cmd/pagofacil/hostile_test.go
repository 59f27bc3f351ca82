package pagofacil_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
)

// hostileHarness points PagoFácil at handler, as a sandbox profile with an
// overridden base URL would, and counts the charges it is sent.
func hostileHarness(t *testing.T, handler func(w http.ResponseWriter, r *http.Request, form url.Values)) (*cmdtest.Harness, func(method string) int) {
	var mu sync.Mutex
	seen := map[string]int{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		form, _ := url.ParseQuery(string(body))
		mu.Lock()
		seen[form.Get("method")]++
		mu.Unlock()
		r.Body = io.NopCloser(strings.NewReader(string(body)))
		handler(w, r, form)
	}))
	t.Cleanup(srv.Close)
	h := cmdtest.New(t)
	h.Env["MXPAY_ENV"] = "sandbox"
	h.Env["MXPAY_PAGOFACIL_BASE_URL"] = srv.URL
	h.Env["MXPAY_PAGOFACIL_SUCURSAL"] = "sucursal-hostile-4821"
	h.Env["MXPAY_PAGOFACIL_USUARIO"] = "usuario-hostile-9317"
	h.Env["MXPAY_VERIFY_WINDOW"] = "400ms"
	return h, func(method string) int { mu.Lock(); defer mu.Unlock(); return seen[method] }
}

// TestRedirectToAnotherPortCarriesNothing: the provider answers the charge
// (and every verificar) with a redirect to a capture server on another
// loopback port. The capture server receives nothing at all, and the
// charge is looked up and reported unknown, never approved.
func TestRedirectToAnotherPortCarriesNothing(t *testing.T) {
	t.Parallel()
	for _, code := range []int{http.StatusFound, http.StatusTemporaryRedirect, http.StatusPermanentRedirect} {
		var mu sync.Mutex
		var captured []string
		capture := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, _ := io.ReadAll(r.Body)
			mu.Lock()
			captured = append(captured, r.Method+" "+r.URL.String()+" "+string(body))
			mu.Unlock()
		}))
		h, seen := hostileHarness(t, func(w http.ResponseWriter, r *http.Request, _ url.Values) {
			http.Redirect(w, r, capture.URL+r.URL.Path, code)
		})
		r := h.MustRun(6, visaCard(), chargeArgs("100")...)
		capture.Close()
		if len(captured) != 0 {
			t.Errorf("%d: the capture server received %q", code, captured)
		}
		if seen("transaccion") != 1 || seen("verificar") == 0 || strings.Contains(r.Stdout, "approved") {
			t.Errorf("%d: charges %d, lookups %d\nstdout %s\nstderr %s", code, seen("transaccion"), seen("verificar"), r.Stdout, r.Stderr)
		}
		if !strings.Contains(r.Stderr, "not followed") || !strings.Contains(r.Stderr, "pagofacil verify") {
			t.Errorf("%d: stderr:\n%s", code, r.Stderr)
		}
	}
}

// TestReflectingPagesLeakNothing: pages that echo the request (raw and
// decoded, as a 200 nobody can read and as a 400) leave no card number,
// CVV, expiry, idSucursal or idUsuario on stderr, with or without --debug.
func TestReflectingPagesLeakNothing(t *testing.T) {
	t.Parallel()
	for _, code := range []int{http.StatusOK, http.StatusBadRequest, http.StatusBadGateway} {
		for _, debug := range []bool{false, true} {
			h, _ := hostileHarness(t, func(w http.ResponseWriter, r *http.Request, form url.Values) {
				body, _ := io.ReadAll(r.Body)
				decoded, _ := url.QueryUnescape(string(body))
				w.Header().Set("Content-Type", "text/html")
				w.WriteHeader(code)
				io.WriteString(w, "<h1>Blocked</h1><pre>"+string(body)+"</pre><pre>"+decoded+"</pre>"+
					"<p>card "+form.Get("data[numeroTarjeta]")+" cvt="+form.Get("data[cvt]")+" idSucursal: "+form.Get("data[idSucursal]")+
					" idUsuario "+form.Get("data[idUsuario]")+"</p>")
			})
			args := chargeArgs("100")
			if debug {
				args = append([]string{"--debug"}, args...)
			}
			r := h.Run(visaCard(), args...)
			if r.Code == 0 || r.Code == 5 || strings.Contains(r.Stdout, "approved") {
				t.Errorf("%d: exit %d\n%s", code, r.Code, r.Stdout)
			}
			if debug && !strings.Contains(r.Stderr, "Blocked") {
				t.Errorf("%d: no trace:\n%s", code, r.Stderr)
			}
			assertNoSecrets(t, h, r.Stdout, r.Stderr)
		}
	}
}

// TestProductionChargeIsAnnouncedAndConfirmed: in production the charge is
// announced (PRODUCTION and the summary) and needs --yes without a
// terminal; nothing is sent before that.
func TestProductionChargeIsAnnouncedAndConfirmed(t *testing.T) {
	t.Parallel()
	h, seen := hostileHarness(t, func(w http.ResponseWriter, _ *http.Request, form url.Values) {
		w.Header().Set("Content-Type", "application/json")
		if form.Get("method") == "verificar" {
			io.WriteString(w, `{"WebServices_Transacciones":{"verificar":{"autorizado":"0","status":"0","error":"No+existe"}}}`)
			return
		}
		io.WriteString(w, `{"WebServices_Transacciones":{"transaccion":{"autorizado":"1","autorizacion":"123456","transaccion":"PFE1S1I42","data":{"idPedido":"`+
			form.Get("data[idPedido]")+`","monto":"100.00"},"status":"success"}}}`)
	})
	h.Env["MXPAY_ENV"] = "production"
	args := chargeArgs("100", "--order-id", "prod-1")[3:] // without --yes
	r := h.MustRun(2, visaCard(), append([]string{"pagofacil", "charge"}, args...)...)
	for _, want := range []string{"PRODUCTION: this charges a real card", "Amount:      MXN 100.00", "Card:        Visa ****1111", "Environment: production", "--yes"} {
		if !strings.Contains(r.Stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.Stderr)
		}
	}
	if seen("transaccion")+seen("verificar") != 0 {
		t.Fatalf("sent before confirmation")
	}
	r = h.MustRun(0, visaCard(), chargeArgs("100", "--order-id", "prod-1")...)
	if !strings.Contains(r.Stderr, "PRODUCTION") || !strings.Contains(r.Stdout, "approved") || seen("transaccion") != 1 {
		t.Errorf("stdout:\n%s\nstderr:\n%s", r.Stdout, r.Stderr)
	}
}
