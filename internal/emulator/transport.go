package emulator

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptrace"
	"net/url"
	"strings"
)

// inProcessRemoteAddr is the RemoteAddr handlers see for in-process
// requests: they come from this very process, so loopback; port 0 because
// there is no socket.
const inProcessRemoteAddr = "127.0.0.1:0"

// Transport returns a RoundTripper that serves requests for Host with
// Handler directly: no socket, no server. Responses stream (a long listing
// is not held in memory), the handler's context ends when the request's
// does, and a handler panic becomes a 500 instead of crashing the program.
func (e *Emulator) Transport() http.RoundTripper {
	return &inProcessTransport{handler: e.Handler()}
}

type inProcessTransport struct {
	handler http.Handler
}

func (t *inProcessTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	body, err := readRequestBody(req)
	if err != nil {
		return nil, err
	}
	if !strings.EqualFold(req.URL.Hostname(), Host) {
		return nil, fmt.Errorf("the in-process emulator only answers requests for %s, not %s", Host, req.URL.Host)
	}
	if err := req.Context().Err(); err != nil {
		return nil, err
	}

	// The handler gets a context of its own, like a server's: it ends with
	// the caller's, but carries none of the caller's values. A client trace
	// in it would otherwise fire for requests the handler itself makes
	// (Facti's IPN deliveries).
	ctx, cancel := context.WithCancel(context.Background())
	stopLink := context.AfterFunc(req.Context(), cancel)
	sreq := serverRequest(ctx, req, body)

	// From here on the request may have been applied; the HTTP layer uses
	// this event to tell an ambiguous failure from a request never sent.
	trace := httptrace.ContextClientTrace(req.Context())
	if trace != nil && trace.WroteRequest != nil {
		trace.WroteRequest(httptrace.WroteRequestInfo{})
	}

	deliveries := make(chan delivery, 1)
	pr, pw := io.Pipe()
	w := &pipeResponseWriter{
		req:        req,
		header:     http.Header{},
		pw:         pw,
		body:       &streamingBody{pr: pr, cancel: cancel},
		deliveries: deliveries,
	}
	go serve(t.handler, w, sreq, func() { stopLink(); cancel() })

	select {
	case d := <-deliveries:
		if d.err != nil {
			return nil, d.err
		}
		// Both may be ready at once, and select picks at random; a
		// cancelled caller must not get a response.
		if err := req.Context().Err(); err != nil {
			d.resp.Body.Close()
			return nil, err
		}
		if trace != nil && trace.GotFirstResponseByte != nil {
			trace.GotFirstResponseByte()
		}
		return d.resp, nil
	case <-req.Context().Done():
		pr.CloseWithError(req.Context().Err()) // unblocks a handler writing into the pipe
		return nil, req.Context().Err()
	}
}

// serve runs the handler and completes the response, turning a panic into a
// 500 (or a broken body once the response has started).
func serve(h http.Handler, w *pipeResponseWriter, r *http.Request, done func()) {
	defer done()
	defer func() {
		if v := recover(); v != nil {
			w.recoverFrom(v)
		}
	}()
	h.ServeHTTP(w, r)
	w.finish()
}

// readRequestBody reads and closes the client's body, as a RoundTripper
// must. Emulated requests are small, so the handler gets it from memory.
func readRequestBody(req *http.Request) ([]byte, error) {
	if req.Body == nil || req.Body == http.NoBody {
		return nil, nil
	}
	defer req.Body.Close()
	body, err := io.ReadAll(req.Body)
	if err != nil {
		return nil, fmt.Errorf("reading the request body: %w", err)
	}
	return body, nil
}

// serverRequest turns a client request into what a server would hand its
// handler: a path-only URL, RequestURI, Host, RemoteAddr and a body.
func serverRequest(ctx context.Context, req *http.Request, body []byte) *http.Request {
	method := req.Method
	if method == "" {
		method = http.MethodGet
	}
	u := &url.URL{Path: req.URL.Path, RawPath: req.URL.RawPath, RawQuery: req.URL.RawQuery}
	if u.Path == "" {
		u.Path = "/"
	}
	host := req.Host
	if host == "" {
		host = req.URL.Host
	}
	header := req.Header.Clone()
	if header == nil {
		header = http.Header{}
	}
	header.Del("Host") // servers move it to Request.Host
	var b io.ReadCloser = http.NoBody
	if len(body) > 0 {
		b = io.NopCloser(bytes.NewReader(body))
	}
	sreq := &http.Request{
		Method:        method,
		URL:           u,
		Proto:         "HTTP/1.1",
		ProtoMajor:    1,
		ProtoMinor:    1,
		Header:        header,
		Body:          b,
		ContentLength: int64(len(body)),
		Host:          host,
		RemoteAddr:    inProcessRemoteAddr,
		RequestURI:    u.RequestURI(),
	}
	return sreq.WithContext(ctx)
}
