// Package sync emulates the Paybook Sync / Syncfy API; its endpoints arrive with the Sync issues.
//
// Importers alias it (syncemu) to keep the standard library's sync usable.
package sync

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"net/http"

	"github.com/mxpay/mxpay/internal/emulator/state"
)

// DemoAPIKey is the API key the emulator accepts. It is documented in the
// README, so it must never look like, or be, a real one.
const DemoAPIKey = "demo-sync-api-key"

// New returns the handler for Sync paths (with the /sync prefix already
// stripped, so paths start with /v1), keeping its data in st. Until the
// endpoints arrive every path answers 404.
func New(st *state.Store) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/", notFound)
	return mux
}

func notFound(w http.ResponseWriter, _ *http.Request) {
	WriteError(w, http.StatusNotFound, "Not found")
}

// envelope wraps every Sync JSON reply; code repeats the HTTP status.
type envelope struct {
	RID      string `json:"rid"`
	Code     int    `json:"code"`
	Errors   any    `json:"errors"`
	Status   bool   `json:"status"`
	Message  string `json:"message"`
	Response any    `json:"response"`
}

// WriteError answers with HTTP status and Sync's envelope with status false,
// message and null errors and response.
func WriteError(w http.ResponseWriter, status int, message string) {
	body, _ := json.Marshal(envelope{RID: newRID(), Code: status, Message: message}) // cannot fail: plain fields
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	w.Write(body)
}

// newRID returns a request id like Sync's: random hex, different every reply.
func newRID() string {
	var b [16]byte
	rand.Read(b[:]) // never fails since Go 1.24
	return hex.EncodeToString(b[:])
}
