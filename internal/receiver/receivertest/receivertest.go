// Package receivertest holds the slow and hostile clients the receivers'
// tests use against real sockets.
package receivertest

import (
	"errors"
	"io"
	"net"
	"sync/atomic"
	"testing"
	"time"
)

// HeaderPrefix starts a request to path whose headers never end.
func HeaderPrefix(path string) string { return "POST " + path + " HTTP/1.1\r\nHost: x\r\nX-Slow: " }

// BodyPrefix starts a request to path whose body never ends.
func BodyPrefix(path string) string {
	return "POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
}

// Slowloris opens n connections to addr that send prefix and then trickle
// one byte every 100ms (for a minute at most) until the server answers or
// closes. It returns how many the server has let go so far.
func Slowloris(t testing.TB, addr string, n int, prefix string) *atomic.Int32 {
	t.Helper()
	closed := new(atomic.Int32)
	for range n {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		go func() {
			defer closed.Add(1)
			if _, err := io.WriteString(c, prefix); err != nil {
				return
			}
			for range 600 {
				if _, err := c.Write([]byte("x")); err != nil {
					return
				}
				c.SetReadDeadline(time.Now().Add(100 * time.Millisecond))
				if _, err := c.Read(make([]byte, 1)); err != nil && !IsTimeout(err) {
					return // the server answered or closed
				}
			}
		}()
	}
	return closed
}

// IsTimeout reports a network timeout.
func IsTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// WaitUntil polls cond every 20ms and fails the test if it does not hold
// within d.
func WaitUntil(t testing.TB, d time.Duration, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(d); !cond(); time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("not within %s: %s", d, what)
		}
	}
}
