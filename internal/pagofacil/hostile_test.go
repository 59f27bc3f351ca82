package pagofacil

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/httpx"
	"github.com/mxpay/mxpay/internal/settle"
)

// hostile is a PagoFácil stand-in whose answers each test scripts: charge
// answers `transaccion`, verify answers the n-th `verificar` (from 1).
type hostile struct {
	charge func(w http.ResponseWriter, r *http.Request)
	verify func(w http.ResponseWriter, n int)

	mu      sync.Mutex
	methods []string // every request's method parameter, in order
}

func (h *hostile) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	form, _ := url.ParseQuery(string(body))
	h.mu.Lock()
	h.methods = append(h.methods, form.Get("method"))
	n := 0
	for _, m := range h.methods {
		if m == "verificar" {
			n++
		}
	}
	h.mu.Unlock()
	switch {
	case form.Get("method") == "transaccion" && h.charge != nil:
		h.charge(w, r)
	case form.Get("method") == "verificar" && h.verify != nil:
		h.verify(w, n)
	default:
		reply(w, verifyNotFoundReply)
	}
}

// count is how many requests had the given method.
func (h *hostile) count(method string) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	n := 0
	for _, m := range h.methods {
		if m == method {
			n++
		}
	}
	return n
}

// fakeClock makes settle's waits instant while still counting time, so a
// window of a minute is tested in microseconds.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.now }
func (c *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
	return ctx.Err()
}

// newHostile serves h and returns a client for it with a one-minute
// lookup window on a fake clock and a real 300ms request timeout.
func newHostile(t *testing.T, h *hostile) *Client {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	clock := &fakeClock{now: time.Unix(1_700_000_000, 0)}
	return &Client{
		HTTP:     httpx.NewClient(httpx.Options{Timeout: 300 * time.Millisecond, MaxRetries: -1}),
		BaseURL:  srv.URL,
		Sucursal: "suc-hostile-1",
		Usuario:  "usr-hostile-1",
		Settle:   settle.Policy{Window: time.Minute, Sleep: clock.Sleep, Now: clock.Now},
	}
}

func reply(w http.ResponseWriter, body string) {
	w.Header().Set("Content-Type", "application/json")
	io.WriteString(w, body)
}

func status(code int, body string) func(http.ResponseWriter, *http.Request) {
	return func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(code)
		io.WriteString(w, body)
	}
}

// foundAfter answers "not found" to the first n-1 verificar calls, then body.
func foundAfter(n int, body string) func(http.ResponseWriter, int) {
	return func(w http.ResponseWriter, i int) {
		if i < n {
			reply(w, verifyNotFoundReply)
			return
		}
		reply(w, body)
	}
}

// resetConn drops the connection with a TCP RST after reading the request.
func resetConn(w http.ResponseWriter, _ *http.Request) {
	conn, _, err := http.NewResponseController(w).Hijack()
	if err != nil {
		panic(err)
	}
	if tcp, ok := conn.(*net.TCPConn); ok {
		tcp.SetLinger(0)
	}
	conn.Close()
}

const verifyNotFoundReply = `{"WebServices_Transacciones":{"verificar":{"autorizado":"0","status":"0","error":"No+existe+la+transacci%C3%B3n","data":{"idPedido":"TEST_TX"}}}}`

const verifyDeclinedReply = `{"WebServices_Transacciones":{"verificar":{"autorizado":"0","transaccion":"S-PFE2692S2720I1141999","status":"1","dataVal":{"monto":"1599.00","idPedido":"TEST_TX"},"data":{"idPedido":"TEST_TX"}}}}`
