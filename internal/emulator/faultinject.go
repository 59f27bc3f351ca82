package emulator

import (
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
func injectFault(w http.ResponseWriter, r *http.Request, p *provider, f Fault) {
	switch f.Kind {
	case FaultLatency:
		timer := time.NewTimer(f.Latency)
		defer timer.Stop()
		select {
		case <-timer.C:
		case <-r.Context().Done():
			return // the client is gone; nobody would see the answer
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
	}
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
