package emulator

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// shutdownGrace is how long ListenAndServe lets requests in flight finish
// after its context ends.
const shutdownGrace = 2 * time.Second

// ListenAndServe serves e.Handler() over HTTP on addr (such as
// "127.0.0.1:8089"; port 0 picks a free port) until ctx ends. Once it is
// listening it calls ready, if not nil, with the server's root URL such as
// "http://127.0.0.1:8089"; providers live under it as ProviderBaseURL says.
// When ctx ends it finishes the requests in flight, drops connections a
// fault is holding, and returns nil.
func ListenAndServe(ctx context.Context, e *Emulator, addr string, ready func(baseURL string)) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listening on %s: %w", addr, err)
	}

	// Requests get a context that outlives ctx, so that shutting down lets
	// them finish; it ends once the server has stopped, which releases the
	// hijacked connections Shutdown does not track.
	requestCtx, endRequests := context.WithCancel(context.WithoutCancel(ctx))
	defer endRequests()
	var handlers sync.WaitGroup
	handler := e.Handler()
	srv := &http.Server{
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			handlers.Add(1)
			defer handlers.Done()
			handler.ServeHTTP(w, r)
		}),
		BaseContext:       func(net.Listener) context.Context { return requestCtx },
		ReadHeaderTimeout: 10 * time.Second,
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	if ready != nil {
		ready(rootURL(ln.Addr()))
	}

	select {
	case err := <-served:
		return fmt.Errorf("serving the emulator on %s: %w", ln.Addr(), err)
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		srv.Close()
	}
	endRequests()
	<-served // returns ErrServerClosed once Shutdown or Close has begun
	waitUntil(shutdownCtx, &handlers)
	return nil
}

// waitUntil waits for wg, giving up when ctx ends.
func waitUntil(ctx context.Context, wg *sync.WaitGroup) {
	done := make(chan struct{})
	go func() {
		wg.Wait()
		close(done)
	}()
	select {
	case <-done:
	case <-ctx.Done():
	}
}

// rootURL is the URL clients use to reach a listener. A listener on every
// interface (":8089") is reached over loopback.
func rootURL(addr net.Addr) string {
	tcp, ok := addr.(*net.TCPAddr)
	if !ok {
		return "http://" + addr.String()
	}
	host := tcp.IP.String()
	if tcp.IP.IsUnspecified() {
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, strconv.Itoa(tcp.Port))
}
