package emulator

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptrace"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestTransportGivesHandlerAServerRequest(t *testing.T) {
	e := openTest(t)
	var got *http.Request
	var gotBody string
	e.mount(t, Facti, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got = r
		b, _ := io.ReadAll(r.Body)
		gotBody = string(b)
	}))
	req, _ := http.NewRequest(http.MethodPost, BaseURL(Facti)+"/v1/payments/new_request?x=1",
		strings.NewReader("client_id=c&amount=10"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := inProcessClient(e).Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()

	if got.Method != http.MethodPost || got.Host != Host || got.URL.Host != "" ||
		got.RequestURI != "/facti/v1/payments/new_request?x=1" {
		t.Errorf("handler saw %s host %q URL.Host %q RequestURI %q", got.Method, got.Host, got.URL.Host, got.RequestURI)
	}
	if host, _, err := net.SplitHostPort(got.RemoteAddr); err != nil || net.ParseIP(host) == nil {
		t.Errorf("RemoteAddr = %q, want ip:port", got.RemoteAddr)
	}
	if gotBody != "client_id=c&amount=10" || got.ContentLength != int64(len(gotBody)) {
		t.Errorf("body = %q (ContentLength %d)", gotBody, got.ContentLength)
	}
	if got.Header.Get("Content-Type") != "application/x-www-form-urlencoded" {
		t.Errorf("Content-Type header lost: %v", got.Header)
	}
	if got.ProtoMajor != 1 || got.ProtoMinor != 1 {
		t.Errorf("proto = %s", got.Proto)
	}
}

func TestTransportGivesGETsANonNilBody(t *testing.T) {
	e := openTest(t)
	var body io.ReadCloser
	e.mount(t, Sync, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { body = r.Body }))
	resp, err := inProcessClient(e).Get(BaseURL(Sync) + "/catalogues/sites")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if body == nil {
		t.Error("handler got a nil Body")
	}
}

func TestTransportRefusesOtherHosts(t *testing.T) {
	e := openTest(t)
	handler := &countingHandler{}
	e.mount(t, Facti, handler)
	_, err := inProcessClient(e).Get("http://example.com/facti/v1")
	if err == nil || !strings.Contains(err.Error(), Host) {
		t.Errorf("err = %v, want one naming %s", err, Host)
	}
	if handler.calls.Load() != 0 {
		t.Error("handler ran for a request to another host")
	}
}

func TestTransportReportsWroteRequestBeforeHandling(t *testing.T) {
	e := openTest(t)
	var wrote atomic.Bool
	var wroteBeforeHandler, traceInHandler bool
	e.mount(t, PagoFacil, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		wroteBeforeHandler = wrote.Load()
		traceInHandler = httptrace.ContextClientTrace(r.Context()) != nil
	}))
	ctx := httptrace.WithClientTrace(context.Background(), &httptrace.ClientTrace{
		WroteRequest: func(httptrace.WroteRequestInfo) { wrote.Store(true) },
	})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, BaseURL(PagoFacil)+"/Wsrtransaccion/index/format/json", nil)
	resp, err := inProcessClient(e).Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if !wroteBeforeHandler {
		t.Error("WroteRequest had not fired when the handler ran")
	}
	if traceInHandler {
		t.Error("the caller's client trace leaked into the handler's context")
	}
}

func TestSmallResponseArrivesWhole(t *testing.T) {
	e := openTest(t)
	e.mount(t, Sync, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Emulated", "yes")
		w.WriteHeader(http.StatusCreated)
		io.WriteString(w, "hello")
		w.Header().Set("X-Too-Late", "yes") // after the write: must not show, as on a server
	}))
	resp, err := inProcessClient(e).Get(BaseURL(Sync) + "/x")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusCreated || resp.Status != "201 Created" || string(body) != "hello" {
		t.Errorf("got %q %q, want 201 Created hello", resp.Status, body)
	}
	if resp.ContentLength != 5 || resp.Header.Get("Content-Length") != "5" {
		t.Errorf("ContentLength = %d, header %q; want 5", resp.ContentLength, resp.Header.Get("Content-Length"))
	}
	if ct := resp.Header.Get("Content-Type"); ct != "text/plain; charset=utf-8" {
		t.Errorf("sniffed Content-Type = %q", ct)
	}
	if resp.Header.Get("X-Emulated") != "yes" || resp.Header.Get("X-Too-Late") != "" {
		t.Errorf("headers = %v, want X-Emulated only", resp.Header)
	}
}

func TestResponseStreams(t *testing.T) {
	const chunk, total = 64 << 10, 10 << 20
	e := openTest(t)
	release := make(chan struct{})
	handlerDone := make(chan struct{})
	var written atomic.Int64
	e.mount(t, Sync, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer close(handlerDone)
		buf := bytes.Repeat([]byte("x"), chunk)
		for i := 0; i < total/chunk; i++ {
			if i == 1 {
				<-release
			}
			if _, err := w.Write(buf); err != nil {
				return
			}
			written.Add(chunk)
		}
	}))

	resp, err := inProcessClient(e).Get(BaseURL(Sync) + "/transactions")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	select {
	case <-handlerDone:
		t.Fatal("the response arrived only after the handler finished")
	default:
	}
	close(release)

	// A pipe write returns only once the reader has taken it, so the
	// handler can never be more than the bytes read ahead: the body is not
	// accumulating in memory.
	first := make([]byte, 1<<20)
	if _, err := io.ReadFull(resp.Body, first); err != nil {
		t.Fatal(err)
	}
	if w := written.Load(); w > 1<<20 {
		t.Errorf("handler wrote %d bytes while the client had read 1 MiB", w)
	}
	rest, err := io.Copy(io.Discard, resp.Body)
	if err != nil || int64(len(first))+rest != total {
		t.Errorf("read %d bytes (%v), want %d", int64(len(first))+rest, err, total)
	}
	<-handlerDone
}

func TestFlushHandsOverTheResponse(t *testing.T) {
	e := openTest(t)
	release := make(chan struct{})
	e.mount(t, Sync, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "first ")
		w.(http.Flusher).Flush()
		<-release
		io.WriteString(w, "second")
	}))
	resp, err := inProcessClient(e).Get(BaseURL(Sync) + "/jobs")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.ContentLength != -1 {
		t.Errorf("ContentLength = %d, want -1 for a streamed response", resp.ContentLength)
	}
	head := make([]byte, len("first "))
	if _, err := io.ReadFull(resp.Body, head); err != nil || string(head) != "first " {
		t.Fatalf("read %q, %v before release", head, err)
	}
	close(release)
	rest, _ := io.ReadAll(resp.Body)
	if string(rest) != "second" {
		t.Errorf("rest = %q", rest)
	}
}

func TestCancellingTheRequestCancelsTheHandler(t *testing.T) {
	e := openTest(t)
	started := make(chan struct{})
	handlerErr := make(chan error, 1)
	e.mount(t, Facti, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(started)
		<-r.Context().Done()
		handlerErr <- r.Context().Err()
	}))
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		<-started
		cancel()
	}()
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, BaseURL(Facti)+"/v1/payments", nil)
	_, err := inProcessClient(e).Do(req)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	select {
	case err := <-handlerErr:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("handler context ended with %v", err)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("the handler's context was not cancelled")
	}
}

func TestClosingTheBodyEarlyStopsTheHandler(t *testing.T) {
	e := openTest(t)
	handlerDone := make(chan error, 1)
	e.mount(t, Sync, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		buf := make([]byte, 8<<10)
		for {
			if _, err := w.Write(buf); err != nil {
				handlerDone <- r.Context().Err()
				return
			}
		}
	}))
	resp, err := inProcessClient(e).Get(BaseURL(Sync) + "/transactions")
	if err != nil {
		t.Fatal(err)
	}
	io.ReadFull(resp.Body, make([]byte, 100))
	resp.Body.Close()
	select {
	case ctxErr := <-handlerDone:
		if ctxErr == nil {
			t.Error("handler's context still live after the client closed the body")
		}
	case <-time.After(2 * time.Second):
		t.Fatal("handler kept writing after the client closed the body")
	}
}

func TestHandlerPanicBecomes500(t *testing.T) {
	e := openTest(t)
	e.mount(t, Facti, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		panic("boom")
	}))
	client := inProcessClient(e)
	for range 2 { // the second request proves the program survived the first
		resp, err := client.Get(BaseURL(Facti) + "/v1/x")
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusInternalServerError || !strings.Contains(string(body), "boom") {
			t.Errorf("got %d %q, want 500 mentioning the panic", resp.StatusCode, body)
		}
	}
}

func TestHandlerPanicMidStreamBreaksTheBody(t *testing.T) {
	e := openTest(t)
	e.mount(t, Facti, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "partial")
		w.(http.Flusher).Flush()
		panic("boom")
	}))
	resp, err := inProcessClient(e).Get(BaseURL(Facti) + "/v1/x")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err == nil || string(body) != "partial" {
		t.Errorf("read %q, %v; want partial then an error", body, err)
	}
}

func TestNoBodyStatuses(t *testing.T) {
	e := openTest(t)
	var writeErr error
	e.mount(t, Sync, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
		_, writeErr = w.Write([]byte("x"))
	}))
	resp, err := inProcessClient(e).Get(BaseURL(Sync) + "/x")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNoContent || !errors.Is(writeErr, http.ErrBodyNotAllowed) {
		t.Errorf("got %d, write error %v; want 204 and ErrBodyNotAllowed", resp.StatusCode, writeErr)
	}
}
