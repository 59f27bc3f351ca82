package receiver

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/receiver/receivertest"
)

// testLimits are short enough for tests and long enough for a loaded
// 2-core machine.
func testLimits() Limits {
	return Limits{HeaderTimeout: 3 * time.Second, BodyTimeout: 3 * time.Second, IdleTimeout: 2 * time.Second,
		WriteTimeout: 5 * time.Second, MaxConns: 128, MaxBody: 1024}
}

// serve runs a receiver answering "ok" (after reading the body with
// ReadBody) on a real socket; open counts the connections it holds.
func serve(t *testing.T, l Limits) (addr string, open, peak *atomic.Int32) {
	t.Helper()
	ln, err := Listen("127.0.0.1:0", l)
	if err != nil {
		t.Fatal(err)
	}
	srv := NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, err := ReadBody(w, r, l.MaxBody); errors.Is(err, ErrTooLarge) {
			http.Error(w, "too large", http.StatusRequestEntityTooLarge)
			return
		} else if err != nil {
			http.Error(w, "bad body", http.StatusBadRequest)
			return
		}
		io.WriteString(w, "ok")
	}), l, io.Discard)
	// Count at the listener, not in ConnState: the slot is freed when the
	// connection closes, before the server's StateClosed hook runs, so the
	// hook would see the next connection arrive before the last one left.
	open, peak = new(atomic.Int32), new(atomic.Int32)
	ln = &countingListener{Listener: ln, open: open, peak: peak}
	go srv.Serve(ln)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
	})
	return ln.Addr().String(), open, peak
}

func post(addr, body string) (int, error) {
	c := &http.Client{Timeout: 10 * time.Second}
	resp, err := c.Post("http://"+addr+"/", "application/json", strings.NewReader(body))
	if err != nil {
		return 0, err
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode, nil
}

// 60 slowloris connections, trickling headers or a body, do not hold the
// receiver: a sender is answered while they trickle, and the receiver
// drops every one of them once its timeout passes.
func TestSlowClientsDoNotHoldTheReceiver(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, prefix string }{
		{"headers", receivertest.HeaderPrefix("/")},
		{"body", receivertest.BodyPrefix("/")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			addr, _, _ := serve(t, testLimits())
			closed := receivertest.Slowloris(t, addr, 60, tc.prefix)
			start := time.Now()
			if code, err := post(addr, `{"event":"refresh"}`); err != nil || code != 200 {
				t.Fatalf("a sender among 60 slow clients: %d %v", code, err)
			}
			// Held, it would wait for the 3s timeouts.
			if took := time.Since(start); took > 2*time.Second {
				t.Errorf("the sender waited %s", took)
			}
			receivertest.WaitUntil(t, 15*time.Second, "the receiver drops the 60 slow connections", func() bool { return closed.Load() == 60 })
		})
	}
}

// More slow clients than the connection limit: the receiver never holds
// more connections than the limit, and a sender still gets in once the
// timeouts have dropped the slow ones ahead of it.
func TestConnectionLimitHolds(t *testing.T) {
	t.Parallel()
	l := testLimits()
	l.MaxConns, l.HeaderTimeout = 8, time.Second // nothing here is timed: short rounds
	addr, _, peak := serve(t, l)
	closed := receivertest.Slowloris(t, addr, 20, receivertest.HeaderPrefix("/"))
	if code, err := post(addr, "{}"); err != nil && !receivertest.IsTimeout(err) {
		t.Fatalf("sender: %v", err)
	} else if err == nil && code != 200 {
		t.Fatalf("sender: %d", code)
	}
	receivertest.WaitUntil(t, 20*time.Second, "the slow connections are dropped", func() bool { return closed.Load() == 20 })
	if code, err := post(addr, "{}"); err != nil || code != 200 {
		t.Fatalf("after the slow clients: %d %v", code, err)
	}
	if p := peak.Load(); p > 8 {
		t.Errorf("held %d connections at once, the limit is 8", p)
	}
}

func TestOversizedBodiesGet413(t *testing.T) {
	t.Parallel()
	addr, _, _ := serve(t, testLimits())
	if code, err := post(addr, strings.Repeat("x", 2000)); err != nil || code != http.StatusRequestEntityTooLarge {
		t.Errorf("declared 2000 bytes: %d %v", code, err)
	}
	// Chunked, with no length announced: cut off at the limit.
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var req bytes.Buffer
	req.WriteString("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
	for range 3 {
		req.WriteString("400\r\n" + strings.Repeat("y", 0x400) + "\r\n")
	}
	req.WriteString("0\r\n\r\n")
	c.Write(req.Bytes())
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil || resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("chunked 3 KB: %v %v", resp, err)
	}
	if code, err := post(addr, strings.Repeat("z", 1024)); err != nil || code != 200 {
		t.Errorf("exactly the limit: %d %v", code, err)
	}
}

func TestIdleKeptAliveConnectionsAreClosed(t *testing.T) {
	t.Parallel()
	addr, open, _ := serve(t, testLimits())
	tr := &http.Transport{}
	defer tr.CloseIdleConnections()
	c := &http.Client{Transport: tr}
	resp, err := c.Post("http://"+addr+"/", "application/json", strings.NewReader("{}"))
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	receivertest.WaitUntil(t, 6*time.Second, "the idle connection is closed", func() bool { return open.Load() == 0 })
}

func TestSameSecret(t *testing.T) {
	s := NewSecret()
	if len(s) != 64 || s == NewSecret() {
		t.Fatalf("secret %q", s)
	}
	if !SameSecret(s, s) || SameSecret(s[:63], s) || SameSecret(s+"0", s) || SameSecret("", "") || SameSecret(strings.ToUpper(s), s) {
		t.Error("SameSecret is wrong")
	}
}

func TestCheckRefusesUnusableLimits(t *testing.T) {
	if err := testLimits().Check(); err != nil {
		t.Fatal(err)
	}
	for _, change := range []func(*Limits){
		func(l *Limits) { l.HeaderTimeout = 0 }, func(l *Limits) { l.MaxConns = 0 }, func(l *Limits) { l.MaxBody = 0 },
	} {
		l := testLimits()
		change(&l)
		if l.Check() == nil {
			t.Errorf("accepted %+v", l)
		}
	}
}

// countingListener counts the connections handed out and not yet closed.
type countingListener struct {
	net.Listener
	open, peak *atomic.Int32
}

func (l *countingListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	n := l.open.Add(1)
	for p := l.peak.Load(); n > p && !l.peak.CompareAndSwap(p, n); p = l.peak.Load() {
	}
	return &countedConn{Conn: c, open: l.open}, nil
}

type countedConn struct {
	net.Conn
	open *atomic.Int32
	once sync.Once
}

// Close counts the connection gone before it frees its slot.
func (c *countedConn) Close() error {
	c.once.Do(func() { c.open.Add(-1) })
	return c.Conn.Close()
}
