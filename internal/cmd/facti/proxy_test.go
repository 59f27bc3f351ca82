package facti_test

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
	"github.com/mxpay/mxpay/internal/cmdutil"
	emu "github.com/mxpay/mxpay/internal/emulator"
)

// proxy serves the emulator's Facti over loopback HTTP behind a hostile
// middle box the test programs: it can hold a request (answer a gateway
// 504 and apply it only when the test says), fail listings, or answer
// anything itself. It counts requests by path.
type proxy struct {
	e      *emu.Emulator
	srv    *httptest.Server
	mu     sync.Mutex
	counts map[string]int
	held   []*http.Request
	// hold says whether to hold a new_request (by its form).
	hold func(form map[string][]string) bool
	// failListingsAfter, when > 0, fails company_payments with a 503 once
	// that many have been answered.
	failListingsAfter int
	// intercept, when set, may answer any request itself.
	intercept func(w http.ResponseWriter, r *http.Request, body []byte) bool
}

func newProxy(t *testing.T) *proxy {
	t.Helper()
	e, err := emu.Open(emu.Options{DBPath: filepath.Join(t.TempDir(), "emulator.db")})
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{e: e, counts: map[string]int{}}
	p.srv = httptest.NewServer(http.HandlerFunc(p.serve))
	t.Cleanup(func() { p.srv.Close(); e.Close() })
	return p
}

func (p *proxy) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	r.Body = io.NopCloser(bytes.NewReader(body))
	path := strings.TrimPrefix(r.URL.Path, "/facti")
	p.mu.Lock()
	p.counts[path]++
	n := p.counts[path]
	intercept, hold, failAfter := p.intercept, p.hold, p.failListingsAfter
	p.mu.Unlock()
	if intercept != nil && intercept(w, r, body) {
		return
	}
	if path == "/v1/payments/new_request" && hold != nil {
		r.ParseForm()
		if hold(r.PostForm) {
			held := r.Clone(r.Context())
			held.Body = io.NopCloser(bytes.NewReader(body))
			held.Form, held.PostForm = nil, nil
			p.mu.Lock()
			p.held = append(p.held, held)
			p.mu.Unlock()
			w.Header().Set("Content-Type", "text/html")
			w.WriteHeader(http.StatusGatewayTimeout)
			io.WriteString(w, "<html><body><h1>504 Gateway Time-out</h1></body></html>")
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		r.Form, r.PostForm = nil, nil
	}
	if path == "/v1/payments/company_payments" && failAfter > 0 && n > failAfter {
		w.WriteHeader(http.StatusServiceUnavailable)
		return
	}
	p.e.Handler().ServeHTTP(w, r)
}

// applyHeld applies the held requests now: the late application.
func (p *proxy) applyHeld() {
	p.mu.Lock()
	held := p.held
	p.held = nil
	p.mu.Unlock()
	for _, r := range held {
		p.e.Handler().ServeHTTP(httptest.NewRecorder(), r)
	}
}

func (p *proxy) count(path string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.counts[path]
}

// harness runs mxpay in sandbox against the proxy with the demo account.
func (p *proxy) harness(t *testing.T) *cmdtest.Harness {
	h := cmdtest.New(t)
	demo := cmdutil.DemoCredentials("facti")
	for k, v := range map[string]string{
		"MXPAY_ENV":              "sandbox",
		"MXPAY_FACTI_BASE_URL":   emu.ProviderBaseURL(p.srv.URL, "facti"),
		"MXPAY_FACTI_CLIENT_ID":  demo["client_id"],
		"MXPAY_FACTI_API_KEY":    demo["api_key"],
		"MXPAY_FACTI_COMPANY_ID": cmdutil.DemoSetting("facti.company_id"),
		"MXPAY_FACTI_FROM_RFC":   cmdutil.DemoSetting("facti.from_rfc"),
		"MXPAY_TIMEOUT":          "300ms",
		"MXPAY_VERIFY_WINDOW":    "500ms",
	} {
		h.Env[k] = v
	}
	return h
}
