package httpx

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httptrace"
	"strings"
	"testing"
	"time"
)

func TestTimeoutAfterSendingIsAmbiguous(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.ReadAll(r.Body)
		<-r.Context().Done() // the provider took the charge and went quiet
	}))
	defer srv.Close()
	client := NewClient(Options{Timeout: 100 * time.Millisecond})

	_, err := client.Do(newRequest(t, context.Background(), http.MethodPost, srv.URL+"/charge", "monto=100.00"))
	var netErr *NetworkError
	if !errors.As(err, &netErr) {
		t.Fatalf("error %v, want a *NetworkError", err)
	}
	if !netErr.Timeout || !netErr.Sent || !IsAmbiguous(err) {
		t.Errorf("Timeout=%v Sent=%v IsAmbiguous=%v, want all true", netErr.Timeout, netErr.Sent, IsAmbiguous(err))
	}
	host := strings.TrimPrefix(srv.URL, "http://")
	if want := "no answer from " + host + " within 100ms"; netErr.Error() != want {
		t.Errorf("message %q, want %q", netErr.Error(), want)
	}
	if netErr.Method != http.MethodPost || netErr.URL != srv.URL+"/charge" {
		t.Errorf("error names %s %s, want POST %s/charge", netErr.Method, netErr.URL, srv.URL)
	}
}

func TestConnectionRefusedWasNotSent(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // nothing listens there now

	client := NewClient(Options{})
	_, err = client.Do(newRequest(t, context.Background(), http.MethodPost, "http://"+addr+"/charge", "monto=1.00"))
	var netErr *NetworkError
	if !errors.As(err, &netErr) {
		t.Fatalf("error %v, want a *NetworkError", err)
	}
	if netErr.Sent || netErr.Timeout || IsAmbiguous(err) || !NeverSent(err) {
		t.Errorf("Sent=%v Timeout=%v IsAmbiguous=%v NeverSent=%v, want false, false, false, true", netErr.Sent, netErr.Timeout, IsAmbiguous(err), NeverSent(err))
	}
	if want := "could not reach " + addr + ": connection refused"; netErr.Error() != want {
		t.Errorf("message %q, want %q", netErr.Error(), want)
	}
}

// dripServer sends its body in chunks, pausing between them, and stalls
// for good after stallAfter chunks (never when stallAfter < 0).
func dripServer(chunks int, pause time.Duration, stallAfter int) *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		for i := range chunks {
			if i == stallAfter {
				<-r.Context().Done()
				return
			}
			io.WriteString(w, "chunk\n")
			w.(http.Flusher).Flush()
			time.Sleep(pause)
		}
	}))
}

func TestTimeoutFiresWhenTheBodyStalls(t *testing.T) {
	srv := dripServer(10, 0, 2)
	defer srv.Close()
	client := NewClient(Options{Timeout: 150 * time.Millisecond})

	resp, err := client.Do(newRequest(t, context.Background(), http.MethodGet, srv.URL, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	var netErr *NetworkError
	if !errors.As(err, &netErr) || !netErr.Timeout || !netErr.Sent {
		t.Fatalf("read error %v, want a timed-out *NetworkError", err)
	}
	if got := string(data); got != "chunk\nchunk\n" {
		t.Errorf("read %q before the stall, want the two chunks sent", got)
	}
	if !strings.Contains(netErr.Error(), "did not finish arriving within 150ms") {
		t.Errorf("message %q, want it to say the answer did not finish in time", netErr.Error())
	}
}

func TestTimeoutBoundsABodyThatTrickles(t *testing.T) {
	// Forty chunks 25ms apart take a second in all, though no single wait
	// comes close to the 300ms timeout: the exchange as a whole must end
	// at the timeout. (Under the old per-wait timeout this read it all.)
	srv := dripServer(40, 25*time.Millisecond, -1)
	defer srv.Close()
	client := NewClient(Options{Timeout: 300 * time.Millisecond})

	started := time.Now()
	resp, err := client.Do(newRequest(t, context.Background(), http.MethodGet, srv.URL, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	var netErr *NetworkError
	if !errors.As(err, &netErr) || !netErr.Timeout {
		t.Fatalf("read %d bytes and error %v, want a timed-out *NetworkError", len(data), err)
	}
	if took := time.Since(started); took > 900*time.Millisecond {
		t.Errorf("the exchange took %s, want it cut near the 300ms timeout", took)
	}
	if len(data) >= 40*len("chunk\n") {
		t.Errorf("read the whole body (%d bytes) despite the timeout", len(data))
	}
}

func TestTimeoutIgnoresASlowReader(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "all of it")
	}))
	defer srv.Close()
	client := NewClient(Options{Timeout: 50 * time.Millisecond})

	resp, err := client.Do(newRequest(t, context.Background(), http.MethodGet, srv.URL, ""))
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(150 * time.Millisecond) // the caller is busy; the server is not at fault
	if got := readAll(t, resp); got != "all of it" {
		t.Errorf("read %q, want the body", got)
	}
}

// inProcessTransport stands in for the emulator's transport: no sockets,
// and it reports a fully written request through the trace hook itself.
type inProcessTransport struct {
	announceWrite bool
	serve         func(req *http.Request) (*http.Response, error)
}

func (tr inProcessTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if hooks := httptrace.ContextClientTrace(req.Context()); tr.announceWrite && hooks != nil && hooks.WroteRequest != nil {
		hooks.WroteRequest(httptrace.WroteRequestInfo{})
	}
	return tr.serve(req)
}

func TestSentComesFromTheTraceHookNotTheTransport(t *testing.T) {
	hang := func(req *http.Request) (*http.Response, error) {
		<-req.Context().Done()
		return nil, req.Context().Err()
	}
	tests := []struct {
		name     string
		announce bool
		wantSent bool
	}{
		{"written, then silence", true, true},
		{"never written", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			client := NewClient(Options{Timeout: 50 * time.Millisecond, Transport: inProcessTransport{announceWrite: tt.announce, serve: hang}})
			_, err := client.Do(newRequest(t, context.Background(), http.MethodPost, "http://emulator.invalid/facti/v1/payments", "amount=1.00"))
			var netErr *NetworkError
			if !errors.As(err, &netErr) || !netErr.Timeout {
				t.Fatalf("error %v, want a timed-out *NetworkError", err)
			}
			if want := "no answer from emulator.invalid within 50ms"; netErr.Error() != want {
				t.Errorf("message %q, want %q", netErr.Error(), want)
			}
			if netErr.Sent != tt.wantSent || IsAmbiguous(err) != tt.wantSent {
				t.Errorf("Sent=%v IsAmbiguous=%v, want %v", netErr.Sent, IsAmbiguous(err), tt.wantSent)
			}
		})
	}
}

func TestCheckStatusWithATransportThatOmitsTheRequest(t *testing.T) {
	serve := func(req *http.Request) (*http.Response, error) {
		return &http.Response{
			StatusCode: http.StatusNotFound,
			Header:     http.Header{"Content-Type": {"application/json"}},
			Body:       io.NopCloser(strings.NewReader(`{"msg":"not found","api_key":"k_123456"}`)),
		}, nil
	}
	client := NewClient(Options{Transport: inProcessTransport{announceWrite: true, serve: serve}})
	resp, err := client.Do(newRequest(t, context.Background(), http.MethodPost, "http://emulator.invalid/facti/v1/payments/search?token=t_999999", "folio=1"))
	if err != nil {
		t.Fatal(err)
	}
	var statusErr *StatusError
	if !errors.As(CheckStatus(resp), &statusErr) {
		t.Fatalf("CheckStatus did not return a *StatusError")
	}
	if statusErr.Method != http.MethodPost || statusErr.URL != "http://emulator.invalid/facti/v1/payments/search?token=***" {
		t.Errorf("got %s %s", statusErr.Method, statusErr.URL)
	}
	if got := string(statusErr.Body); got != `{"msg":"not found","api_key":"***"}` {
		t.Errorf("body %s, want the api_key masked", got)
	}
}
