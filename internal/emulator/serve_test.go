package emulator

import (
	"context"
	"errors"
	"net"
	"net/http"
	"strings"
	"syscall"
	"testing"
	"time"
)

// serveTest runs ListenAndServe on a free loopback port and returns the
// root URL and a stop function that asserts a prompt, clean return.
func serveTest(t *testing.T, e *Emulator) (root string, stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan string, 1)
	result := make(chan error, 1)
	go func() { result <- ListenAndServe(ctx, e, "127.0.0.1:0", func(u string) { ready <- u }) }()
	select {
	case root = <-ready:
	case err := <-result:
		t.Fatalf("ListenAndServe returned before ready: %v", err)
	case <-time.After(5 * time.Second):
		t.Fatal("ready was not called")
	}
	stopped := false
	stop = func() {
		t.Helper()
		if stopped {
			return
		}
		stopped = true
		cancel()
		select {
		case err := <-result:
			if err != nil {
				t.Errorf("ListenAndServe returned %v after cancel, want nil", err)
			}
		case <-time.After(3 * time.Second):
			t.Error("ListenAndServe did not return after cancel")
		}
	}
	t.Cleanup(stop)
	return root, stop
}

func TestListenAndServeOverLoopback(t *testing.T) {
	root, stop := serveTest(t, openTest(t))
	if !strings.HasPrefix(root, "http://127.0.0.1:") || strings.HasSuffix(root, ":0") {
		t.Errorf("ready got %q, want http://127.0.0.1:PORT", root)
	}
	client := &http.Client{Timeout: 5 * time.Second}
	resp, err := client.Get(ProviderBaseURL(root, Sync) + "/nothing")
	if err != nil {
		t.Fatal(err)
	}
	checkEnvelope(t, Sync, resp, http.StatusNotFound, "Not found")
	client.CloseIdleConnections()

	start := time.Now()
	stop()
	if elapsed := time.Since(start); elapsed > time.Second {
		t.Errorf("shutting down took %s", elapsed)
	}
	if _, err := client.Get(root + "/sync/v1/nothing"); err == nil {
		t.Error("server still answering after cancel")
	}
}

func TestListenAndServeReportsBusyAddress(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	err = ListenAndServe(context.Background(), openTest(t), ln.Addr().String(), nil)
	if err == nil || !strings.Contains(err.Error(), ln.Addr().String()) {
		t.Errorf("err = %v, want one naming %s", err, ln.Addr())
	}
}

func TestTimeoutAfterWriteOverSocket(t *testing.T) {
	e := openTest(t, Fault{Provider: PagoFacil, Method: "POST", Kind: FaultTimeoutAfterWrite, Times: 1})
	handler := &countingHandler{}
	e.mount(t, PagoFacil, handler)
	root, _ := serveTest(t, e)

	client := &http.Client{Timeout: 200 * time.Millisecond}
	url := ProviderBaseURL(root, PagoFacil) + "/Wsrtransaccion/index/format/json"
	_, err := client.Post(url, "application/x-www-form-urlencoded", strings.NewReader("method=transaccion"))
	var netErr net.Error
	if !errors.As(err, &netErr) || !netErr.Timeout() {
		t.Fatalf("err = %v, want a client timeout", err)
	}
	if handler.calls.Load() != 1 {
		t.Errorf("handler ran %d times, want once: the request must be applied", handler.calls.Load())
	}
}

func TestShutdownReleasesHeldConnections(t *testing.T) {
	e := openTest(t, Fault{Kind: FaultTimeoutAfterWrite})
	handler := &countingHandler{}
	e.mount(t, Facti, handler)
	root, stop := serveTest(t, e)

	clientErr := make(chan error, 1)
	go func() {
		_, err := (&http.Client{Timeout: time.Minute}).Post(root+"/facti/v1/x", "text/plain", nil)
		clientErr <- err
	}()
	deadline := time.Now().Add(5 * time.Second)
	for handler.calls.Load() == 0 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	start := time.Now()
	stop() // fails the test unless ListenAndServe returns promptly
	if elapsed := time.Since(start); elapsed > time.Second {
		t.Errorf("shutting down with a held connection took %s", elapsed)
	}
	select {
	case err := <-clientErr:
		if err == nil {
			t.Error("the held request got a response")
		}
	case <-time.After(3 * time.Second):
		t.Error("the held connection was not closed")
	}
}

func TestResetOverSocket(t *testing.T) {
	e := openTest(t, Fault{Provider: Facti, Kind: FaultReset})
	handler := &countingHandler{}
	e.mount(t, Facti, handler)
	root, _ := serveTest(t, e)

	client := &http.Client{Timeout: 5 * time.Second}
	_, err := client.Post(ProviderBaseURL(root, Facti)+"/v1/payments/new_request",
		"application/x-www-form-urlencoded", strings.NewReader("client_id=x"))
	if !errors.Is(err, syscall.ECONNRESET) {
		t.Errorf("err = %v, want a connection reset", err)
	}
	if handler.calls.Load() != 0 {
		t.Error("the handler ran: a reset request must not be applied")
	}
}
