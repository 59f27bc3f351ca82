package httpx

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/errs"
)

// resetConnection closes the connection under a handler with an RST, the
// way a crashing server or a middlebox does.
func resetConnection(t *testing.T, w http.ResponseWriter) {
	conn, _, err := w.(http.Hijacker).Hijack()
	if err != nil {
		t.Errorf("hijack: %v", err)
		return
	}
	if tcp, ok := conn.(*net.TCPConn); ok {
		_ = tcp.SetLinger(0)
	}
	conn.Close()
}

func TestGetIsRetriedOn503ThenSucceeds(t *testing.T) {
	var calls counter
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if calls.next() <= 2 {
			http.Error(w, "maintenance", http.StatusServiceUnavailable)
			return
		}
		io.WriteString(w, "ok")
	}))
	defer srv.Close()
	var sleeps sleepRecorder
	client := NewClient(Options{Sleep: sleeps.sleep})

	resp, err := client.Do(newRequest(t, context.Background(), http.MethodGet, srv.URL, ""))
	if err != nil {
		t.Fatal(err)
	}
	if got := readAll(t, resp); resp.StatusCode != 200 || got != "ok" {
		t.Errorf("got %d %q, want 200 ok", resp.StatusCode, got)
	}
	if calls.count() != 3 || len(sleeps.recorded()) != 2 {
		t.Errorf("got %d calls and %d waits, want 3 and 2", calls.count(), len(sleeps.recorded()))
	}
}

func TestGetGivesUpAfterMaxRetriesAndReturnsLastResponse(t *testing.T) {
	var calls counter
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusBadGateway)
		io.WriteString(w, strings.Repeat("x", calls.next()))
	}))
	defer srv.Close()
	var sleeps sleepRecorder
	client := NewClient(Options{Sleep: sleeps.sleep, MaxRetries: 2})

	resp, err := client.Do(newRequest(t, context.Background(), http.MethodGet, srv.URL, ""))
	if err != nil {
		t.Fatal(err)
	}
	if got := readAll(t, resp); resp.StatusCode != http.StatusBadGateway || got != "xxx" {
		t.Errorf("got %d %q, want the third answer: 502 xxx", resp.StatusCode, got)
	}
	if calls.count() != 3 {
		t.Errorf("got %d calls, want 1 + 2 retries", calls.count())
	}
	for i, d := range sleeps.recorded() {
		if ceiling := baseBackoff << i; d <= 0 || d > ceiling {
			t.Errorf("wait %d = %s, want within (0, %s]", i, d, ceiling)
		}
	}
}

func TestNegativeMaxRetriesNeverRetries(t *testing.T) {
	var calls counter
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.next()
		w.WriteHeader(http.StatusServiceUnavailable)
	}))
	defer srv.Close()
	client := NewClient(Options{Sleep: (&sleepRecorder{}).sleep, MaxRetries: -1})
	resp, err := client.Do(newRequest(t, context.Background(), http.MethodGet, srv.URL, ""))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if calls.count() != 1 {
		t.Errorf("got %d calls, want 1", calls.count())
	}
}

func TestGetIsRetriedAfterConnectionReset(t *testing.T) {
	var calls counter
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if calls.next() <= 2 {
			resetConnection(t, w)
			return
		}
		io.WriteString(w, "ok")
	}))
	defer srv.Close()
	var sleeps sleepRecorder
	client := NewClient(Options{Sleep: sleeps.sleep})

	resp, err := client.Do(newRequest(t, context.Background(), http.MethodGet, srv.URL, ""))
	if err != nil {
		t.Fatal(err)
	}
	if got := readAll(t, resp); got != "ok" {
		t.Errorf("got %q, want ok", got)
	}
	if len(sleeps.recorded()) != 2 {
		t.Errorf("got %d waits, want 2 (one per reset)", len(sleeps.recorded()))
	}
}

func TestPostIsNotRetried(t *testing.T) {
	tests := []struct {
		name    string
		handler func(t *testing.T, w http.ResponseWriter)
		check   func(t *testing.T, resp *http.Response, err error)
	}{
		{
			name:    "503",
			handler: func(t *testing.T, w http.ResponseWriter) { w.WriteHeader(http.StatusServiceUnavailable) },
			check: func(t *testing.T, resp *http.Response, err error) {
				if err != nil {
					t.Fatal(err)
				}
				resp.Body.Close()
				if resp.StatusCode != http.StatusServiceUnavailable {
					t.Errorf("status %d, want the 503 itself", resp.StatusCode)
				}
			},
		},
		{
			name:    "connection reset",
			handler: resetConnection,
			check: func(t *testing.T, resp *http.Response, err error) {
				var netErr *NetworkError
				if !errors.As(err, &netErr) {
					t.Fatalf("error %v (%T), want a *NetworkError", err, UnwrapURLError(err))
				}
				if !netErr.Sent || !IsAmbiguous(err) {
					t.Errorf("Sent = %v, IsAmbiguous = %v; want both true: the server read the whole request", netErr.Sent, IsAmbiguous(err))
				}
				if k := errs.KindOf(netErr); k != errs.Unreachable {
					t.Errorf("kind %s, want unreachable", k)
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var calls counter
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				io.ReadAll(r.Body)
				calls.next()
				tt.handler(t, w)
			}))
			defer srv.Close()
			var sleeps sleepRecorder
			client := NewClient(Options{Sleep: sleeps.sleep})

			resp, err := client.Do(newRequest(t, context.Background(), http.MethodPost, srv.URL, "monto=100.00"))
			tt.check(t, resp, err)
			if calls.count() != 1 || len(sleeps.recorded()) != 0 {
				t.Errorf("got %d calls and %d waits, want exactly one call", calls.count(), len(sleeps.recorded()))
			}
		})
	}
}

func TestAllowRetryReplaysTheBodyIdentically(t *testing.T) {
	const body = `{"keywords":"renta","skip":0,"limit":100}`
	tests := []struct {
		name    string
		request func(t *testing.T, url string) *http.Request
	}{
		{"replayable body", func(t *testing.T, url string) *http.Request {
			return newRequest(t, context.Background(), http.MethodPost, url, body)
		}},
		{"one-shot body", func(t *testing.T, url string) *http.Request {
			// io.NopCloser hides the reader type, so http.NewRequest sets no GetBody.
			req, err := http.NewRequest(http.MethodPost, url, io.NopCloser(strings.NewReader(body)))
			if err != nil {
				t.Fatal(err)
			}
			return req
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var mu sync.Mutex
			var received []string
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				data, _ := io.ReadAll(r.Body)
				mu.Lock()
				received = append(received, string(data))
				n := len(received)
				mu.Unlock()
				if n == 1 {
					w.WriteHeader(http.StatusServiceUnavailable)
					return
				}
				io.WriteString(w, "found")
			}))
			defer srv.Close()
			client := NewClient(Options{Sleep: (&sleepRecorder{}).sleep})

			resp, err := client.Do(AllowRetry(tt.request(t, srv.URL)))
			if err != nil {
				t.Fatal(err)
			}
			if got := readAll(t, resp); got != "found" {
				t.Errorf("got %q, want found", got)
			}
			mu.Lock()
			defer mu.Unlock()
			if len(received) != 2 || received[0] != body || received[1] != body {
				t.Errorf("server received %q, want the same body twice", received)
			}
		})
	}
}

func TestRetryAfterIsHonoured(t *testing.T) {
	var calls counter
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch calls.next() {
		case 1:
			w.Header().Set("Retry-After", "2")
			w.WriteHeader(http.StatusTooManyRequests)
		case 2:
			w.Header().Set("Retry-After", time.Now().Add(10*time.Second).UTC().Format(http.TimeFormat))
			w.WriteHeader(http.StatusServiceUnavailable)
		case 3:
			w.Header().Set("Retry-After", "3600") // an hour: capped
			w.WriteHeader(http.StatusServiceUnavailable)
		default:
			io.WriteString(w, "ok")
		}
	}))
	defer srv.Close()
	var sleeps sleepRecorder
	client := NewClient(Options{Sleep: sleeps.sleep})

	resp, err := client.Do(newRequest(t, context.Background(), http.MethodGet, srv.URL, ""))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	got := sleeps.recorded()
	if len(got) != 3 {
		t.Fatalf("waits %v, want 3", got)
	}
	if got[0] != 2*time.Second {
		t.Errorf("first wait %s, want 2s from Retry-After: 2", got[0])
	}
	// An HTTP date has one-second resolution and the clock moves on.
	if got[1] < 8*time.Second || got[1] > 10*time.Second {
		t.Errorf("second wait %s, want about 10s from the Retry-After date", got[1])
	}
	if got[2] != maxRetryAfter {
		t.Errorf("third wait %s, want the %s cap", got[2], maxRetryAfter)
	}
}

func TestRetryDelayFallsBackToBackoff(t *testing.T) {
	now := time.Now()
	for _, value := range []string{"", "soon", "-5"} {
		h := http.Header{}
		if value != "" {
			h.Set("Retry-After", value)
		}
		d := retryDelay(h, 1, now)
		if value == "-5" {
			if d != 0 {
				t.Errorf("Retry-After %q: %s, want 0", value, d)
			}
			continue
		}
		if d <= 0 || d > 2*baseBackoff {
			t.Errorf("Retry-After %q: %s, want a backoff within (0, %s]", value, d, 2*baseBackoff)
		}
	}
	for retry := range 40 {
		if d := backoff(retry); d <= 0 || d > maxBackoff+1 {
			t.Errorf("backoff(%d) = %s, want within (0, %s]", retry, d, maxBackoff)
		}
	}
}

func TestCancelStopsRetrying(t *testing.T) {
	var calls counter
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.next()
		w.WriteHeader(http.StatusServiceUnavailable)
	}))
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	// The user presses Ctrl-C during the first wait.
	client := NewClient(Options{Sleep: func(ctx context.Context, d time.Duration) error {
		cancel()
		return sleepContext(ctx, d)
	}})

	_, err := client.Do(newRequest(t, ctx, http.MethodGet, srv.URL, ""))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
	if k := errs.KindOf(err); k != errs.Interrupted {
		t.Errorf("a cancelled request is of kind %s; want interrupted, so the CLI reports an interruption", k)
	}
	if calls.count() != 1 {
		t.Errorf("got %d calls, want 1", calls.count())
	}
}

func TestCancelDuringRequestIsNotRetried(t *testing.T) {
	var calls counter
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.ReadAll(r.Body) // until the body is read, the server does not notice a closed connection
		calls.next()
		cancel()
		<-r.Context().Done()
	}))
	defer srv.Close()
	var sleeps sleepRecorder
	client := NewClient(Options{Sleep: sleeps.sleep})

	_, err := client.Do(newRequest(t, ctx, http.MethodPost, srv.URL, "monto=1.00"))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
	if !IsAmbiguous(err) {
		t.Errorf("IsAmbiguous = false; the POST was fully sent before the interruption")
	}
	if calls.count() != 1 || len(sleeps.recorded()) != 0 {
		t.Errorf("got %d calls and %d waits, want one call", calls.count(), len(sleeps.recorded()))
	}
}
