package emulator

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// Over a real socket, as `emulator serve` runs: a request whose client
// gave up during the latency is not handled, body or not. (net/http only
// notices a client leaving once the body has been read, so an unread POST
// body used to let the write land after the client had gone.)
func TestLatencyOverASocketDropsARequestWhoseClientLeft(t *testing.T) {
	e := openTest(t, Fault{Provider: Facti, Kind: FaultLatency, Latency: 400 * time.Millisecond})
	h := &countingHandler{}
	e.mount(t, Facti, h)
	srv := httptest.NewServer(e.Handler())
	defer srv.Close()
	for _, body := range []string{"", "folio=1&total_amount=10"} {
		ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, srv.URL+"/facti/v1/payments/new_request", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		if resp, err := http.DefaultClient.Do(req); err == nil {
			resp.Body.Close()
			t.Fatalf("body %q: answered before the latency", body)
		}
		cancel()
	}
	// Long enough for both delays to pass and a handled request to count.
	deadline := time.Now().Add(time.Second)
	for time.Now().Before(deadline) {
		if h.calls.Load() != 0 {
			t.Fatalf("%d request(s) handled after their client gave up", h.calls.Load())
		}
		time.Sleep(20 * time.Millisecond)
	}
	// A patient client is answered.
	resp, err := http.Post(srv.URL+"/facti/x", "text/plain", strings.NewReader("a"))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(b) != "ok" || h.calls.Load() != 1 {
		t.Errorf("patient client: %q, calls %d", b, h.calls.Load())
	}
}

// late-apply is the other choice: over a socket too, the request lands
// after its client gave up.
func TestLateApplyOverASocketLandsAfterTheClientLeft(t *testing.T) {
	e := openTest(t, Fault{Provider: Facti, Kind: FaultLateApply, Latency: 200 * time.Millisecond})
	h := &countingHandler{}
	e.mount(t, Facti, h)
	srv := httptest.NewServer(e.Handler())
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, srv.URL+"/facti/v1/payments/new_request", strings.NewReader("folio=1"))
	if resp, err := http.DefaultClient.Do(req); err == nil {
		resp.Body.Close()
		t.Fatal("answered before the late apply")
	}
	waitFor(t, "the late apply", func() bool { return h.calls.Load() == 1 })
}
