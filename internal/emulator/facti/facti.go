// Package facti emulates the Facti payments API: the seven documented
// operations plus user/authenticate and company_payment_ways, with the same
// form encodings, auth checks and envelopes, state in bbolt, and IPN
// delivery when a payment becomes paid.
package facti

import (
	"encoding/json"
	"net/http"
	"strconv"
	"strings"

	"github.com/mxpay/mxpay/internal/emulator/demo"
	"github.com/mxpay/mxpay/internal/emulator/state"
)

// The demo account (internal/emulator/demo): its credentials, and its one
// company with an STP and a bank payment way.
const (
	DemoClientID    = demo.FactiClientID
	DemoAPIKey      = demo.FactiAPIKey
	DemoIPNPassword = demo.FactiIPNPassword
	DemoCompanyID   = demo.FactiCompanyID
	DemoCompanyRFC  = demo.FactiCompanyRFC
)

// maxForm bounds a request body; real requests are a few kilobytes.
const maxForm = 1 << 20

type server struct {
	st    *state.Store
	batch *batcher
	// deliver sends IPNs; tests replace it.
	deliver func(url string, form map[string]string) error
}

// New returns the handler for Facti paths (with the /facti prefix already
// stripped), keeping its data in st.
func New(st *state.Store) http.Handler {
	s := &server{st: st, batch: &batcher{st: st}, deliver: postIPN}
	mux := http.NewServeMux()
	mux.HandleFunc("/", notFound)
	mux.HandleFunc("POST /v1/user/authenticate", s.auth(func(w http.ResponseWriter, _ *http.Request) { ok(w, nil) }))
	mux.HandleFunc("POST /v1/payments/new_request", s.auth(s.newRequest))
	mux.HandleFunc("POST /v1/payments/stp_client_clabe", s.auth(s.clientCLABE))
	mux.HandleFunc("POST /v1/payments/company_payments", s.auth(s.companyPayments))
	mux.HandleFunc("POST /v1/payments/company_payment_ways", s.auth(s.paymentWays))
	mux.HandleFunc("POST /v1/payments/delete", s.auth(s.deletePayment))
	mux.HandleFunc("GET /v1/payments/{id}", s.auth(s.getPayment))
	mux.HandleFunc("POST /v1/payments/{id}", s.auth(s.markPaid))
	// Emulator-only, not part of Facti's document: set the URL (and
	// optionally the password) a company's IPNs go to.
	mux.HandleFunc("POST /emulator/companies/{id}/ipn", s.auth(s.configureIPN))
	mux.HandleFunc("POST /emulator/payments/{id}/pay", s.auth(s.payAdmin)) // pay_admin.go
	return mux
}

func notFound(w http.ResponseWriter, _ *http.Request) {
	WriteError(w, http.StatusNotFound, "Recurso no encontrado")
}

// auth parses the form (body for POST, query for GET; both are merged, as
// PHP's $_REQUEST does) and checks client_id and api_key.
func (s *server) auth(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, maxForm)
		if err := r.ParseForm(); err != nil {
			fail(w, "No se pudo leer la petición: "+err.Error())
			return
		}
		if r.Form.Get("client_id") != DemoClientID || r.Form.Get("api_key") != DemoAPIKey {
			// Facti's wording is unknown; the message names the credentials
			// so clients can tell it from other refusals.
			fail(w, "Credenciales inválidas: client_id o api_key incorrectos")
			return
		}
		next(w, r)
	}
}

// failure is Facti's error envelope: result 0 and a message.
type failure struct {
	Result int    `json:"result"`
	Msg    string `json:"msg"`
}

// WriteError answers with HTTP status and Facti's error envelope
// {"result":0,"msg":msg}.
func WriteError(w http.ResponseWriter, status int, msg string) {
	body, _ := json.Marshal(failure{Result: 0, Msg: msg}) // cannot fail: two plain fields
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	w.Write(body)
}

// fail is a refusal: Facti answers HTTP 200 with result 0 (assumed; the
// document shows only the body).
func fail(w http.ResponseWriter, msg string) { WriteError(w, http.StatusOK, msg) }

// ok answers result 1 with the members of body (a struct or map) after
// result and msg.
func ok(w http.ResponseWriter, body any) {
	out := []byte(`{"result":1,"msg":""`)
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			WriteError(w, http.StatusInternalServerError, "Error interno: "+err.Error())
			return
		}
		if len(b) > 2 {
			out = append(out, ',')
			out = append(out, b[1:len(b)-1]...)
		}
	}
	out = append(out, '}')
	w.Header().Set("Content-Type", "application/json")
	w.Write(out)
}

// list returns name[0], name[1], ... (or name[] repeated) from a PHP-style form.
func list(r *http.Request, name string) []string {
	if vs, ok := r.Form[name+"[]"]; ok {
		return vs
	}
	var out []string
	for i := 0; ; i++ {
		vs, ok := r.Form[name+"["+strconv.Itoa(i)+"]"]
		if !ok {
			return out
		}
		out = append(out, vs[0])
	}
}

// nested returns name[i][key] entries as one map per index, in index order.
func nested(r *http.Request, name string) []map[string]string {
	byIndex := map[int]map[string]string{}
	maxIdx := -1
	for k, vs := range r.Form {
		rest, found := strings.CutPrefix(k, name+"[")
		if !found {
			continue
		}
		idx, sub, found := strings.Cut(rest, "][")
		n, err := strconv.Atoi(idx)
		if !found || err != nil || !strings.HasSuffix(sub, "]") {
			continue
		}
		if byIndex[n] == nil {
			byIndex[n] = map[string]string{}
		}
		byIndex[n][strings.TrimSuffix(sub, "]")] = vs[0]
		maxIdx = max(maxIdx, n)
	}
	var out []map[string]string
	for i := 0; i <= maxIdx; i++ {
		if m := byIndex[i]; m != nil {
			out = append(out, m)
		}
	}
	return out
}

// object returns name[key] entries.
func object(r *http.Request, name string) map[string]string {
	out := map[string]string{}
	for k, vs := range r.Form {
		if key, found := strings.CutPrefix(k, name+"["); found && strings.HasSuffix(key, "]") && !strings.Contains(key, "[") {
			out[strings.TrimSuffix(key, "]")] = vs[0]
		}
	}
	return out
}
