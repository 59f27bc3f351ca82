package httpx

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
)

// captureServer records every request it receives, on its own loopback
// port: the "other host" a hostile redirect points at.
type captureServer struct {
	*httptest.Server
	mu   sync.Mutex
	seen []string
}

func newCaptureServer(t *testing.T) *captureServer {
	c := &captureServer{}
	c.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		c.mu.Lock()
		c.seen = append(c.seen, r.Method+" "+r.URL.String()+" "+string(body))
		c.mu.Unlock()
		io.WriteString(w, `{"result":1}`)
	}))
	t.Cleanup(c.Close)
	return c
}

func (c *captureServer) received() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]string(nil), c.seen...)
}

func redirector(t *testing.T, status int, target string) (*httptest.Server, *counter) {
	calls := &counter{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.next()
		io.Copy(io.Discard, r.Body)
		http.Redirect(w, r, target, status)
	}))
	t.Cleanup(srv.Close)
	return srv, calls
}

const secretForm = "client_id=cid_live_123456&api_key=key_live_abcdef&data[numeroTarjeta]=4111111111111111&data[cvt]=123"

func TestRedirectToAnotherHostNeverCarriesTheBody(t *testing.T) {
	for _, status := range []int{301, 302, 303, 307, 308} {
		for _, method := range []string{http.MethodPost, http.MethodPut} {
			t.Run(method+" "+http.StatusText(status), func(t *testing.T) {
				capture := newCaptureServer(t)
				srv, calls := redirector(t, status, capture.URL+"/steal")
				client := NewClient(Options{MaxRetries: -1})

				req := newRequest(t, context.Background(), method, srv.URL+"/v1/payments/new_request", secretForm)
				req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
				resp, err := client.Do(req)
				if err != nil {
					t.Fatal(err)
				}
				if got := capture.received(); len(got) != 0 {
					t.Fatalf("the other host received %q", got)
				}
				if calls.count() != 1 {
					t.Errorf("the original host got %d requests, want 1 (never re-sent)", calls.count())
				}
				var statusErr *StatusError
				if !errors.As(CheckStatus(resp), &statusErr) || statusErr.StatusCode != status {
					t.Fatalf("want a *StatusError %d", status)
				}
				if !IsAmbiguous(statusErr) || !statusErr.IsRedirect() {
					t.Errorf("a redirect answering a create must be ambiguous")
				}
				if !strings.Contains(statusErr.Error(), "not followed") || !strings.Contains(statusErr.Location, "/steal") {
					t.Errorf("message %q, location %q", statusErr.Error(), statusErr.Location)
				}
			})
		}
	}
}

func TestRedirectOfAGetToAnotherHostIsNotFollowed(t *testing.T) {
	capture := newCaptureServer(t)
	srv, _ := redirector(t, http.StatusFound, capture.URL+"/v1/payments/38?client_id=x")
	client := NewClient(Options{MaxRetries: -1})
	resp, err := client.Do(newRequest(t, context.Background(), http.MethodGet, srv.URL+"/v1/payments/38?client_id=cid_live_123456&api_key=key_live_abcdef", ""))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusFound {
		t.Errorf("status %d, want the 302 itself", resp.StatusCode)
	}
	if got := capture.received(); len(got) != 0 {
		t.Fatalf("the other host received %q", got)
	}
}

func TestRedirectsToAnotherPortOrSchemeAreNotFollowed(t *testing.T) {
	capture := newCaptureServer(t) // same host (127.0.0.1), another port
	srv, _ := redirector(t, http.StatusMovedPermanently, strings.Replace(capture.URL, "http://", "http://", 1)+"/x")
	client := NewClient(Options{MaxRetries: -1})
	resp, err := client.Do(newRequest(t, context.Background(), http.MethodGet, srv.URL+"/x", ""))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMovedPermanently || len(capture.received()) != 0 {
		t.Errorf("status %d, capture got %q: a redirect to another port was followed", resp.StatusCode, capture.received())
	}
}

func TestSameOriginRedirectOfAGetIsFollowed(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/old" {
			http.Redirect(w, r, "/new", http.StatusFound)
			return
		}
		io.WriteString(w, "arrived at "+r.URL.Path)
	}))
	defer srv.Close()
	client := NewClient(Options{MaxRetries: -1})
	resp, err := client.Do(newRequest(t, context.Background(), http.MethodGet, srv.URL+"/old", ""))
	if err != nil {
		t.Fatal(err)
	}
	if got := readAll(t, resp); got != "arrived at /new" {
		t.Errorf("got %q", got)
	}
}

func TestSameOriginRedirectOfAPostIsNotFollowed(t *testing.T) {
	srv, calls := redirector(t, http.StatusTemporaryRedirect, "/again")
	client := NewClient(Options{MaxRetries: -1})
	resp, err := client.Do(newRequest(t, context.Background(), http.MethodPost, srv.URL+"/charge", secretForm))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusTemporaryRedirect || calls.count() != 1 {
		t.Errorf("status %d after %d requests, want the 307 after one: a body is never re-sent", resp.StatusCode, calls.count())
	}
}

func TestExcerptMasksTheRunsSecretsInAnEchoedPage(t *testing.T) {
	// A WAF page that reflects the request back as HTML: no field rule
	// applies inside the markup, so only masking by value catches it.
	page := `<html><body><p>Request blocked</p><pre>POST /v1/payments/new_request` + "\n" +
		`cid_live_123456 key_live_abcdef 4111111111111111 idSucursal: suc_live_777</pre></body></html>`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, page)
	}))
	defer srv.Close()
	red := NewRedactor([]string{"cid_live_123456", "key_live_abcdef"})
	client := NewClient(Options{MaxRetries: -1, Redactor: red})
	resp, err := client.Do(newRequest(t, context.Background(), http.MethodPost, srv.URL, secretForm))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	got := Excerpt(resp, body, 4096)
	for _, secret := range []string{"cid_live_123456", "key_live_abcdef", "4111111111111111", "suc_live_777"} {
		if strings.Contains(got, secret) {
			t.Errorf("excerpt %q shows %s", got, secret)
		}
	}
	if !strings.Contains(got, "Request blocked") {
		t.Errorf("excerpt %q lost the page's own words", got)
	}
}

func TestRedactorAddedLaterStillMasks(t *testing.T) {
	r := NewRedactor(nil)
	msg := "proxy said: bad value pw=hunter22 in Mi-Clave-Bancaria-2026"
	if got := r.Text(msg); !strings.Contains(got, "Mi-Clave-Bancaria-2026") {
		t.Fatalf("masked before the secret was known: %q", got)
	}
	r.Add("Mi-Clave-Bancaria-2026", "Mi-Clave")
	got := r.Text(msg)
	if strings.Contains(got, "Mi-Clave") || strings.Contains(got, "Bancaria") {
		t.Errorf("got %q, want the whole secret masked (the longer literal first)", got)
	}
	var nilR *Redactor
	if got := nilR.Text("api_key=abcdef"); got != "api_key=***" {
		t.Errorf("a nil Redactor applies the field rules: got %q", got)
	}
}
