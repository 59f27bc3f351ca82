package emulator

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httptrace"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

func TestFaultMatching(t *testing.T) {
	type request struct{ provider, method, path string }
	post := request{Facti, "POST", "/v1/payments/new_request"}
	tests := []struct {
		name  string
		fault Fault
		req   request
		want  bool
	}{
		{"empty fault matches all", Fault{Kind: FaultReset}, post, true},
		{"empty fault matches unknown paths", Fault{Kind: FaultReset}, request{"", "GET", "/stripe"}, true},
		{"provider", Fault{Provider: Facti, Kind: FaultReset}, post, true},
		{"other provider", Fault{Provider: Sync, Kind: FaultReset}, post, false},
		{"method ignores case", Fault{Method: "post", Kind: FaultReset}, post, true},
		{"other method", Fault{Method: "GET", Kind: FaultReset}, post, false},
		{"path prefix", Fault{Path: "/v1/payments", Kind: FaultReset}, post, true},
		{"exact path", Fault{Path: "/v1/payments/new_request", Kind: FaultReset}, post, true},
		{"other path", Fault{Path: "/v1/user", Kind: FaultReset}, post, false},
		{"unknown kind never matches", Fault{}, post, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var fi faultInjector
			fi.set([]Fault{tt.fault})
			_, got := fi.take(tt.req.provider, tt.req.method, tt.req.path)
			if got != tt.want {
				t.Errorf("take = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestFaultTimesCountsPerFaultAndSetRestarts(t *testing.T) {
	var fi faultInjector
	fi.set([]Fault{
		{Provider: Sync, Kind: FaultStatus, Status: 503, Times: 1},
		{Provider: Sync, Kind: FaultReset, Times: 1},
	})
	var kinds []FaultKind
	for range 3 {
		f, ok := fi.take(Sync, "GET", "/v1/x")
		if ok {
			kinds = append(kinds, f.Kind)
		}
	}
	if len(kinds) != 2 || kinds[0] != FaultStatus || kinds[1] != FaultReset {
		t.Errorf("faults taken = %v, want [status reset]", kinds)
	}
	fi.set([]Fault{{Kind: FaultReset, Times: 1}})
	if _, ok := fi.take(Sync, "GET", "/v1/x"); !ok {
		t.Error("set did not restart the counts")
	}
}

func TestLatencyFaultDelaysHandling(t *testing.T) {
	e := openTest(t, Fault{Provider: Sync, Kind: FaultLatency, Latency: 100 * time.Millisecond})
	client := inProcessClient(e)
	start := time.Now()
	resp, err := client.Get(BaseURL(Sync) + "/x")
	if err != nil {
		t.Fatal(err)
	}
	if elapsed := time.Since(start); elapsed < 100*time.Millisecond {
		t.Errorf("answered after %s, want at least 100ms", elapsed)
	}
	checkEnvelope(t, Sync, resp, http.StatusNotFound, "Not found")
}

func TestLatencyFaultHonoursCancellation(t *testing.T) {
	e := openTest(t, Fault{Kind: FaultLatency, Latency: time.Hour})
	handler := &countingHandler{}
	e.mount(t, Facti, handler)
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()

	// Call the handler directly: the transport would return on the deadline
	// even if the handler kept sleeping.
	req := httptest.NewRequestWithContext(ctx, http.MethodPost, "/facti/v1/x", nil)
	returned := make(chan struct{})
	go func() {
		e.Handler().ServeHTTP(httptest.NewRecorder(), req)
		close(returned)
	}()
	select {
	case <-returned:
	case <-time.After(2 * time.Second):
		t.Fatal("the latency fault kept waiting after the request was cancelled")
	}
	if handler.calls.Load() != 0 {
		t.Error("the handler ran for a request whose client had given up")
	}
}

func TestStatusFaultUsesProviderEnvelopeForTimes(t *testing.T) {
	for _, p := range Providers() {
		t.Run(p, func(t *testing.T) {
			e := openTest(t, Fault{Provider: p, Kind: FaultStatus, Status: 503, Times: 2})
			client := inProcessClient(e)
			for i := range 3 {
				resp, err := client.Get(BaseURL(p) + "/anything")
				if err != nil {
					t.Fatal(err)
				}
				if i < 2 {
					checkEnvelope(t, p, resp, http.StatusServiceUnavailable, "Service Unavailable")
				} else if resp.Body.Close(); resp.StatusCode != http.StatusNotFound {
					t.Errorf("request 3: status %d, want the fault spent and 404", resp.StatusCode)
				}
			}
		})
	}
}

// tracedPost posts to the PagoFácil charge path and reports whether the
// client trace saw the request written.
func tracedPost(e *Emulator) (wrote bool, err error) {
	var w atomic.Bool
	ctx := httptrace.WithClientTrace(context.Background(), &httptrace.ClientTrace{
		WroteRequest: func(httptrace.WroteRequestInfo) { w.Store(true) },
	})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost,
		BaseURL(PagoFacil)+"/Wsrtransaccion/index/format/json", strings.NewReader("method=transaccion"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := inProcessClient(e).Do(req)
	if err == nil {
		resp.Body.Close()
	}
	return w.Load(), err
}

func TestTimeoutAfterWriteInProcess(t *testing.T) {
	e := openTest(t, Fault{Provider: PagoFacil, Method: "POST", Path: "/Wsrtransaccion", Kind: FaultTimeoutAfterWrite, Times: 1})
	handler := &countingHandler{}
	e.mount(t, PagoFacil, handler)

	wrote, err := tracedPost(e)
	var netErr net.Error
	if !errors.As(err, &netErr) || !netErr.Timeout() {
		t.Fatalf("err = %v, want a net.Error that timed out", err)
	}
	if !wrote {
		t.Error("WroteRequest did not fire")
	}
	if handler.calls.Load() != 1 {
		t.Errorf("handler ran %d times, want once: the request must be applied", handler.calls.Load())
	}

	if _, err := tracedPost(e); err != nil {
		t.Errorf("second request: %v, want the fault spent", err)
	}
}

func TestResetInProcess(t *testing.T) {
	e := openTest(t, Fault{Provider: PagoFacil, Kind: FaultReset})
	handler := &countingHandler{}
	e.mount(t, PagoFacil, handler)

	_, err := tracedPost(e)
	if !errors.Is(err, syscall.ECONNRESET) {
		t.Fatalf("err = %v, want ECONNRESET", err)
	}
	var netErr net.Error
	if errors.As(err, &netErr) && netErr.Timeout() {
		t.Error("a reset reports a timeout")
	}
	if handler.calls.Load() != 0 {
		t.Error("the handler ran: a reset request must not be applied")
	}
}

func TestSetFaultsWhileServing(t *testing.T) {
	e := openTest(t)
	client := inProcessClient(e)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 20 {
				if resp, err := client.Get(BaseURL(Sync) + "/x"); err == nil {
					resp.Body.Close()
				}
			}
		})
	}
	for i := range 20 {
		e.SetFaults([]Fault{{Kind: FaultStatus, Status: 500 + i%4, Times: 1}})
	}
	wg.Wait()

	e.SetFaults([]Fault{{Provider: Sync, Kind: FaultStatus, Status: 502}})
	resp, err := client.Get(BaseURL(Sync) + "/x")
	if err != nil {
		t.Fatal(err)
	}
	checkEnvelope(t, Sync, resp, http.StatusBadGateway, "Bad Gateway")
}
