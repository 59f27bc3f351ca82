package emulator

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"syscall"
	"time"
)

// connectionAborter is implemented by the in-process response writer: a
// fault ends the exchange with a transport error instead of a response.
// Over a real socket the same faults hijack the connection.
type connectionAborter interface {
	abortConnection(err error)
}

// injectFault handles r, or refuses to, as f says.
func (e *Emulator) injectFault(w http.ResponseWriter, r *http.Request, p *provider, f Fault) {
	switch f.Kind {
	case FaultLatency:
		// Read the body first: net/http notices a client that leaves only
		// once the body is consumed, so an unread POST body would let the
		// request be handled after its client had given up.
		body := bufferBody(r)
		r.Body = io.NopCloser(bytes.NewReader(body))
		timer := time.NewTimer(f.Latency)
		defer timer.Stop()
		select {
		case <-timer.C:
		case <-r.Context().Done():
			return // the client is gone; nobody would see the answer
		}
		if r.Context().Err() != nil {
			return // both were ready and select picked the timer
		}
		p.handler.ServeHTTP(w, r)
	case FaultStatus:
		message := http.StatusText(f.Status)
		if message == "" {
			message = fmt.Sprintf("HTTP %d", f.Status)
		}
		p.writeError(w, f.Status, message)
	case FaultTimeoutAfterWrite:
		p.handler.ServeHTTP(discardWriter{header: http.Header{}}, r)
		withholdResponse(w, r)
	case FaultReset:
		resetConnection(w)
	case FaultLateApply:
		body := bufferBody(r)
		rec := newRecorder()
		done := make(chan struct{})
		e.later(f.Latency, func(ctx context.Context) {
			defer close(done)
			p.handler.ServeHTTP(rec, detached(ctx, r, body))
		})
		select {
		case <-done:
			rec.replay(w)
		case <-r.Context().Done(): // the client gave up; the request still lands
		}
	case FaultGateway:
		body := bufferBody(r)
		e.later(f.Latency, func(ctx context.Context) {
			p.handler.ServeHTTP(discardWriter{header: http.Header{}}, detached(ctx, r, body))
		})
		writeGatewayPage(w, f.Status)
	case FaultGarble:
		rec := newRecorder()
		p.handler.ServeHTTP(rec, r)
		for k, v := range rec.header {
			w.Header()[k] = v
		}
		w.Header().Del("Content-Length")
		w.WriteHeader(http.StatusOK)
		w.Write(rec.body.Bytes()[:rec.body.Len()/2])
	case FaultEcho:
		writeEchoPage(w, r, f.Status)
	}
}

// later runs apply after delay on the emulator's own lifetime, not the
// request's: the provider applies it whether or not the client still
// waits. Close cancels what has not started and waits for what has.
func (e *Emulator) later(delay time.Duration, apply func(ctx context.Context)) {
	e.background.Add(1)
	go func() {
		defer e.background.Done()
		timer := time.NewTimer(delay)
		defer timer.Stop()
		select {
		case <-timer.C:
			apply(e.lifetime)
		case <-e.lifetime.Done():
		}
	}()
}

// bufferBody reads r's body so that it can be handled after r is gone.
func bufferBody(r *http.Request) []byte {
	if r.Body == nil {
		return nil
	}
	body, _ := io.ReadAll(io.LimitReader(r.Body, 8<<20))
	return body
}

// detached is r with a body of its own and a context that outlives it.
func detached(ctx context.Context, r *http.Request, body []byte) *http.Request {
	d := r.Clone(ctx)
	d.Body = io.NopCloser(bytes.NewReader(body))
	d.ContentLength = int64(len(body))
	return d
}

// writeGatewayPage answers as nginx does when the upstream is too slow.
func writeGatewayPage(w http.ResponseWriter, status int) {
	text := fmt.Sprintf("%d %s", status, http.StatusText(status))
	w.Header().Set("Content-Type", "text/html")
	w.WriteHeader(status)
	fmt.Fprintf(w, "<html>\r\n<head><title>%s</title></head>\r\n<body>\r\n<center><h1>%s</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n", text, text)
}

// writeEchoPage answers as a WAF that blocks a request and shows it back,
// raw, secrets and all: a client must mask what it quotes of such a page.
func writeEchoPage(w http.ResponseWriter, r *http.Request, status int) {
	body, _ := io.ReadAll(io.LimitReader(r.Body, 64<<10))
	var b bytes.Buffer
	fmt.Fprintf(&b, "<html><body><h1>Request blocked</h1><pre>%s %s\n", r.Method, r.URL.RequestURI())
	for k, vs := range r.Header {
		for _, v := range vs {
			fmt.Fprintf(&b, "%s: %s\n", k, v)
		}
	}
	fmt.Fprintf(&b, "\n%s</pre></body></html>\n", body)
	w.Header().Set("Content-Type", "text/html")
	w.WriteHeader(status)
	w.Write(b.Bytes())
}

// recorder keeps a handler's response to replay or garble it.
type recorder struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func newRecorder() *recorder { return &recorder{header: http.Header{}, status: http.StatusOK} }

func (r *recorder) Header() http.Header         { return r.header }
func (r *recorder) Write(p []byte) (int, error) { return r.body.Write(p) }
func (r *recorder) WriteHeader(status int)      { r.status = status }
func (r *recorder) Flush()                      {}

func (r *recorder) replay(w http.ResponseWriter) {
	for k, v := range r.header {
		w.Header()[k] = v
	}
	w.WriteHeader(r.status)
	w.Write(r.body.Bytes())
}

// withholdResponse leaves the client waiting for an answer that never comes.
func withholdResponse(w http.ResponseWriter, r *http.Request) {
	if a, ok := w.(connectionAborter); ok {
		a.abortConnection(injectedTimeout{})
		return
	}
	conn := hijack(w)
	defer conn.Close()
	// Hold the connection until the client gives up (its read returns) or
	// the server stops (the request context ends).
	clientGone := make(chan struct{})
	go func() {
		io.Copy(io.Discard, conn)
		close(clientGone)
	}()
	select {
	case <-clientGone:
	case <-r.Context().Done():
	}
}

// resetConnection drops the connection with a TCP RST.
func resetConnection(w http.ResponseWriter) {
	if a, ok := w.(connectionAborter); ok {
		a.abortConnection(fmt.Errorf("emulator fault: %w", &net.OpError{
			Op:  "read",
			Net: "tcp",
			Err: os.NewSyscallError("read", syscall.ECONNRESET),
		}))
		return
	}
	conn := hijack(w)
	if tcp, ok := conn.(*net.TCPConn); ok {
		tcp.SetLinger(0) // close sends RST instead of FIN
	}
	conn.Close()
}

// hijack takes over the connection. Where that is impossible (HTTP/2, a
// recorder), ErrAbortHandler makes net/http drop the response instead.
func hijack(w http.ResponseWriter) net.Conn {
	hj, ok := w.(http.Hijacker)
	if !ok {
		panic(http.ErrAbortHandler)
	}
	conn, _, err := hj.Hijack()
	if err != nil {
		panic(http.ErrAbortHandler)
	}
	return conn
}

// injectedTimeout is what the in-process transport returns for
// FaultTimeoutAfterWrite: a net.Error that timed out, like a client's
// deadline passing while it waits for the response.
type injectedTimeout struct{}

func (injectedTimeout) Error() string {
	return "emulator fault: timed out waiting for the response after the request was sent"
}
func (injectedTimeout) Timeout() bool   { return true }
func (injectedTimeout) Temporary() bool { return true }
func (injectedTimeout) Unwrap() error   { return os.ErrDeadlineExceeded }

// discardWriter swallows the response of a request whose answer a fault
// withholds.
type discardWriter struct{ header http.Header }

func (d discardWriter) Header() http.Header       { return d.header }
func (discardWriter) Write(p []byte) (int, error) { return len(p), nil }
func (discardWriter) WriteHeader(int)             {}
func (discardWriter) Flush()                      {}
