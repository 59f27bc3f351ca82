package sync

import (
	"net/http"
	"net/http/httptest"
	"strconv"
	gosync "sync"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/httpx"
	"github.com/mxpay/mxpay/internal/settle"
)

// route answers every request to one method and path; n counts them from 1.
type route func(n int, w http.ResponseWriter, r *http.Request)

// hostile is a server of routes ("POST /v1/credentials"). A request to no
// route fails the test; verify fails on a route never called.
type hostile struct {
	t      *testing.T
	mu     gosync.Mutex
	routes map[string]route
	calls  map[string]int
	srv    *httptest.Server
}

func newHostile(t *testing.T, routes map[string]route) *hostile {
	h := &hostile{t: t, routes: routes, calls: map[string]int{}}
	h.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key := r.Method + " " + r.URL.Path
		h.mu.Lock()
		h.calls[key]++
		n, answer := h.calls[key], h.routes[key]
		h.mu.Unlock()
		if answer == nil {
			t.Errorf("unexpected request %s", key)
			w.WriteHeader(599)
			return
		}
		answer(n, w, r)
	}))
	t.Cleanup(h.srv.Close)
	return h
}

// calls returns how many requests a route got.
func (h *hostile) count(key string) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.calls[key]
}

func (h *hostile) verify() {
	h.t.Helper()
	for key := range h.routes {
		if h.count(key) == 0 {
			h.t.Errorf("%s was never requested", key)
		}
	}
}

// client returns a client over the run's HTTP policy (no retries), with a
// fresh cached session for user u1 and a short lookup window.
func (h *hostile) client(timeout time.Duration, r *httpx.Redactor) *Client {
	store := NewMemorySessions()
	c := New(httpx.NewClient(httpx.Options{Timeout: timeout, MaxRetries: -1, Redactor: r}), h.srv.URL+"/v1", "key-123", store)
	store.Save(c.sessionKey("u1"), Session{Token: "tok", LastUsed: time.Now()})
	c.Settle = settle.Policy{Window: 400 * time.Millisecond, First: 5 * time.Millisecond, Max: 20 * time.Millisecond}
	return c
}

func write(w http.ResponseWriter, status int, contentType, body string) {
	w.Header().Set("Content-Type", contentType)
	w.WriteHeader(status)
	w.Write([]byte(body))
}

func wrap(code int, status bool, response string) string {
	return `{"rid":"r","code":` + strconv.Itoa(code) + `,"errors":null,"status":` + strconv.FormatBool(status) + `,"message":"m","response":` + response + `}`
}

// answer is a route giving the same reply every time.
func answer(status int, body string) route {
	return func(_ int, w http.ResponseWriter, _ *http.Request) { write(w, status, "application/json", body) }
}

// hangUp closes the connection after reading the request: a reset.
func hangUp(_ int, w http.ResponseWriter, _ *http.Request) {
	if conn, _, err := w.(http.Hijacker).Hijack(); err == nil {
		conn.Close()
	}
}

// listing is a paged GET route: the first page is rows once ready says so
// (empty before), later pages are empty.
func listing(ready func(n int) bool, rows string) route {
	return func(n int, w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("skip") != "" && r.URL.Query().Get("skip") != "0" || !ready(n) {
			write(w, 200, "application/json", wrap(200, true, `[]`))
			return
		}
		write(w, 200, "application/json", wrap(200, true, rows))
	}
}
