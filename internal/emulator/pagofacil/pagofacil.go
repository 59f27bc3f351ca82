// Package pagofacil emulates PagoFácil's Wsrtransaccion card API; its endpoints arrive with the PagoFácil issues.
package pagofacil

import (
	"encoding/json"
	"net/http"
	"net/url"

	"github.com/mxpay/mxpay/internal/emulator/state"
)

// Demo credentials the emulator accepts. They are documented in the README,
// so they must never look like, or be, real ones.
const (
	DemoSucursal = "demo-pagofacil-sucursal"
	DemoUsuario  = "demo-pagofacil-usuario"
)

// New returns the handler for PagoFácil paths (with the /pagofacil prefix
// already stripped), keeping its data in st. Until the endpoints arrive every
// path answers 404.
func New(st *state.Store) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/", notFound)
	return mux
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
