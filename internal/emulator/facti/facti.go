// Package facti emulates the Facti payments API; its endpoints arrive with the Facti issues.
package facti

import (
	"encoding/json"
	"net/http"

	"github.com/mxpay/mxpay/internal/emulator/state"
)

// Demo credentials the emulator accepts. They are documented in the README,
// so they must never look like, or be, real ones.
const (
	DemoClientID    = "demo-facti-client-id"
	DemoAPIKey      = "demo-facti-api-key"
	DemoIPNPassword = "demo-facti-ipn-password"
)

// New returns the handler for Facti paths (with the /facti prefix already
// stripped), keeping its data in st. Until the endpoints arrive every path
// answers 404.
func New(st *state.Store) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/", notFound)
	return mux
}

func notFound(w http.ResponseWriter, _ *http.Request) {
	WriteError(w, http.StatusNotFound, "Recurso no encontrado")
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
