// Package pagofacil emulates PagoFácil's Wsrtransaccion card API
// (`transaccion` and `verificar`) as the document and api-notes.md describe
// it: flat data[...] parameters in any of the four encodings official
// plugins use, string-only replies, validation errors as an object of
// field → message, declines as a URL-encoded string, card data blanked in
// `data` and masked in `dataVal`. Results persist in the emulator's store.
package pagofacil

import (
	"encoding/json"
	"net/http"
	"net/url"

	"github.com/mxpay/mxpay/internal/emulator/demo"

	"github.com/mxpay/mxpay/internal/emulator/state"
)

// Demo credentials the emulator accepts. They are documented in the README,
// so they must never look like, or be, real ones.
const (
	DemoSucursal = demo.PagoFacilSucursal
	DemoUsuario  = demo.PagoFacilUsuario
)

// Path is the one endpoint of the API; the method travels as a parameter.
const Path = "/Wsrtransaccion/index/format/json"

// New returns the handler for PagoFácil paths (with the /pagofacil prefix
// already stripped), keeping its data in st.
func New(st *state.Store) http.Handler {
	s := &server{st: st}
	mux := http.NewServeMux()
	mux.HandleFunc(Path, s.serve)
	// PHP plugins append "?" or a trailing slash; both reach the same action.
	mux.HandleFunc(Path+"/", s.serve)
	mux.HandleFunc("/", notFound)
	return mux
}

type server struct{ st *state.Store }

func (s *server) serve(w http.ResponseWriter, r *http.Request) {
	p, err := readParams(r)
	if err != nil {
		WriteError(w, http.StatusBadRequest, "Petición inválida: "+err.Error())
		return
	}
	switch p.method {
	case "transaccion":
		s.charge(w, p)
	case "verificar":
		s.verify(w, p)
	default:
		WriteError(w, http.StatusOK, "Método no soportado: '"+p.method+"'")
	}
}

func notFound(w http.ResponseWriter, _ *http.Request) {
	WriteError(w, http.StatusNotFound, "Recurso no encontrado")
}

// Every value in PagoFácil's replies is a string, including autorizado.
type envelope struct {
	WebServicesTransacciones struct {
		Transaccion struct {
			Autorizado string `json:"autorizado"`
			Status     string `json:"status"`
			Texto      string `json:"texto"`
			Error      string `json:"error"`
		} `json:"transaccion"`
	} `json:"WebServices_Transacciones"`
}

// WriteError answers with HTTP status and PagoFácil's error envelope: not
// authorised, status "error", msg as texto and, URL-encoded as the real API
// does, as error.
func WriteError(w http.ResponseWriter, status int, msg string) {
	var env envelope
	tx := &env.WebServicesTransacciones.Transaccion
	tx.Autorizado = "0"
	tx.Status = "error"
	tx.Texto = msg
	tx.Error = url.QueryEscape(msg)
	body, _ := json.Marshal(env) // cannot fail: strings only
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	w.Write(body)
}

// writeReply wraps obj as WebServices_Transacciones.<method>, HTTP 200:
// the real API answers 200 for approvals, declines and validation errors.
func writeReply(w http.ResponseWriter, method string, obj any) {
	body, err := json.Marshal(map[string]map[string]any{"WebServices_Transacciones": {method: obj}})
	if err != nil {
		WriteError(w, http.StatusInternalServerError, "Error interno")
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(body)
}
