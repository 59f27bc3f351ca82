// Package sync emulates the Paybook Sync / Syncfy API: users, sessions,
// the site catalogue, credentials and the jobs they start, with the
// accounts, transactions and attachments a finished job leaves behind.
//
// Importers alias it (syncemu) to keep the standard library's sync usable.
package sync

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"strings"
	"time"

	"github.com/mxpay/mxpay/internal/emulator/demo"

	"github.com/mxpay/mxpay/internal/emulator/state"
)

// DemoAPIKey is the API key the emulator accepts. It is documented in the
// README, so it must never look like, or be, a real one.
const DemoAPIKey = demo.SyncAPIKey

// server holds the state and the clock; the clock is injectable so tests
// can move jobs through their codes without sleeping.
type server struct {
	st    *state.Store
	now   func() time.Time
	cache keyCache
	// deliver posts webhook payloads; tests may replace it.
	hooks *http.Client
	// outbox holds webhook calls waiting for their delay (webhooks_delay.go).
	outbox outbox
}

// New returns the handler for Sync paths (with the /sync prefix already
// stripped, so paths start with /v1), keeping its data in st.
func New(st *state.Store) http.Handler { return NewWithClock(st, time.Now) }

// NewWithClock is New with a clock, for tests.
func NewWithClock(st *state.Store, now func() time.Time) http.Handler {
	return &server{st: st, now: now, hooks: &http.Client{Timeout: webhookTimeout}}
}

// request is an incoming call after method override and parameter merging.
type request struct {
	method string
	segs   []string       // path segments after /v1
	params map[string]any // query, then body members (the body wins)
	r      *http.Request
}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.flushDue() // webhook calls whose delay has passed
	path := strings.Trim(r.URL.Path, "/")
	if path != "v1" && !strings.HasPrefix(path, "v1/") {
		notFound(w, r)
		return
	}
	method := r.Method
	// The official SDKs send everything as POST and name the real method here.
	if o := r.Header.Get("X-Http-Method-Override"); o != "" && r.Method == http.MethodPost {
		method = strings.ToUpper(o)
	}
	params, err := readParams(r)
	if err != nil {
		WriteError(w, http.StatusBadRequest, err.Error())
		return
	}
	req := &request{method: method, segs: strings.Split(strings.TrimPrefix(strings.TrimPrefix(path, "v1"), "/"), "/"), params: params, r: r}
	s.route(w, req)
}

// route dispatches on the first path segment.
func (s *server) route(w http.ResponseWriter, req *request) {
	switch req.segs[0] {
	case "users":
		s.users(w, req)
	case "sessions":
		s.sessions(w, req)
	case "catalogues":
		s.catalogues(w, req)
	case "credentials":
		s.credentials(w, req)
	case "jobs":
		s.jobs(w, req)
	case "accounts":
		s.list(w, req, accountsResource)
	case "transactions":
		s.list(w, req, transactionsResource)
	case "attachments":
		s.attachments(w, req)
	case "webhooks":
		s.webhooks(w, req)
	case "emulator": // emulator-only admin calls (deposits.go)
		s.emulatorAdmin(w, req)
	default:
		notFound(w, req.r)
	}
}

func notFound(w http.ResponseWriter, _ *http.Request) {
	WriteError(w, http.StatusNotFound, "Not found")
}

func methodNotAllowed(w http.ResponseWriter) {
	WriteError(w, http.StatusMethodNotAllowed, "Method not allowed")
}

// envelope wraps every Sync JSON reply; code repeats the HTTP status.
type envelope struct {
	RID      string `json:"rid"`
	Code     int    `json:"code"`
	Errors   any    `json:"errors"`
	Status   bool   `json:"status"`
	Message  any    `json:"message"`
	Response any    `json:"response"`
}

// WriteError answers with HTTP status and Sync's envelope with status false,
// message and null errors and response.
func WriteError(w http.ResponseWriter, status int, message string) {
	writeEnvelope(w, status, envelope{RID: newRID(), Code: status, Message: message})
}

// writeOK answers 200 with status true and response.
func writeOK(w http.ResponseWriter, response any) {
	writeEnvelope(w, http.StatusOK, envelope{RID: newRID(), Code: http.StatusOK, Status: true, Response: response})
}

// writeFalse answers HTTP 200 with status false, as Sync does when asked to
// delete something that does not exist.
func writeFalse(w http.ResponseWriter, message string) {
	writeEnvelope(w, http.StatusOK, envelope{RID: newRID(), Code: http.StatusOK, Message: message})
}

func writeEnvelope(w http.ResponseWriter, status int, env envelope) {
	body, err := json.Marshal(env)
	if err != nil {
		status, body = http.StatusInternalServerError, []byte(`{"rid":"","code":500,"errors":null,"status":false,"message":"Internal error","response":null}`)
	}
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
