// Package receiver is what mxpay's webhook receivers (`facti ipn listen`,
// `sync webhooks listen`) share so that they can face the internet: a
// bounded number of connections, header, body, write and idle timeouts
// against slow clients, bodies over a limit answered 413, secrets compared
// in constant time, and a durable journal that remembers which events it
// holds across restarts (journal.go).
package receiver

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"sync"
	"time"
)

// Limits bound what one client can hold of a receiver.
type Limits struct {
	// HeaderTimeout is how long a client has to send its request line and
	// headers from the moment it connects: a slowloris trickling headers,
	// or a connection that sends nothing, is dropped after it.
	HeaderTimeout time.Duration
	// BodyTimeout is how long, after the headers, the body may take.
	BodyTimeout time.Duration
	// IdleTimeout closes a kept-alive connection with no new request.
	IdleTimeout time.Duration
	// WriteTimeout bounds handling and answering one request.
	WriteTimeout time.Duration
	// MaxConns is how many connections are served at once; more wait in
	// the kernel's backlog until one closes (the timeouts make sure one
	// does).
	MaxConns int
	// MaxBody is the largest body accepted; larger ones are answered 413.
	MaxBody int64
}

// DefaultLimits suit providers' webhook calls: small JSON or form bodies
// sent in one go by a server.
func DefaultLimits(maxBody int64) Limits {
	return Limits{HeaderTimeout: 5 * time.Second, BodyTimeout: 10 * time.Second, IdleTimeout: 30 * time.Second,
		WriteTimeout: 30 * time.Second, MaxConns: 128, MaxBody: maxBody}
}

// Check reports limits a receiver cannot run with.
func (l Limits) Check() error {
	switch {
	case l.HeaderTimeout <= 0, l.BodyTimeout <= 0, l.IdleTimeout <= 0, l.WriteTimeout <= 0:
		return errors.New("timeouts must be positive durations such as 5s")
	case l.MaxConns < 1:
		return errors.New("the connection limit must be at least 1")
	case l.MaxBody < 1:
		return errors.New("the body limit must be at least 1 byte")
	}
	return nil
}

// Listen listens on addr and serves at most l.MaxConns connections at once.
func Listen(addr string, l Limits) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	return &limitListener{Listener: ln, slots: make(chan struct{}, l.MaxConns), closed: make(chan struct{})}, nil
}

// NewServer is an http.Server for h with l's timeouts. Its own error log
// (a panic, a bad TLS handshake) goes to errLog, which should mask the
// run's secrets.
func NewServer(h http.Handler, l Limits, errLog io.Writer) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: l.HeaderTimeout,
		ReadTimeout:       l.HeaderTimeout + l.BodyTimeout,
		WriteTimeout:      l.HeaderTimeout + l.BodyTimeout + l.WriteTimeout,
		IdleTimeout:       l.IdleTimeout,
		MaxHeaderBytes:    16 << 10,
		ErrorLog:          log.New(errLog, "", 0),
	}
}

// ErrTooLarge is ReadBody's error for a body over the limit: answer 413.
var ErrTooLarge = errors.New("the body is larger than the limit")

// ReadBody reads r's body, at most max bytes. A declared length over max
// is refused before reading anything.
func ReadBody(w http.ResponseWriter, r *http.Request, max int64) ([]byte, error) {
	if r.ContentLength > max {
		return nil, ErrTooLarge
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, max))
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		return nil, ErrTooLarge
	}
	if err != nil {
		return nil, fmt.Errorf("reading the body: %w", err)
	}
	return body, nil
}

// SameSecret compares a presented secret with the expected one in
// constant time (hashed first, so not even the length leaks).
func SameSecret(presented, want string) bool {
	a, b := sha256.Sum256([]byte(presented)), sha256.Sum256([]byte(want))
	return subtle.ConstantTimeCompare(a[:], b[:]) == 1 && want != ""
}

// NewSecret returns a random 256-bit token in hex: safe in a URL path or
// query without escaping.
func NewSecret() string {
	var b [32]byte
	rand.Read(b[:]) // never fails since Go 1.24
	return hex.EncodeToString(b[:])
}

// limitListener hands out a connection only while a slot is free; closing
// the connection frees it.
type limitListener struct {
	net.Listener
	slots     chan struct{}
	closed    chan struct{}
	closeOnce sync.Once
}

func (l *limitListener) Accept() (net.Conn, error) {
	select {
	case l.slots <- struct{}{}:
	case <-l.closed:
		return nil, net.ErrClosed
	}
	c, err := l.Listener.Accept()
	if err != nil {
		<-l.slots
		return nil, err
	}
	return &slotConn{Conn: c, free: func() { <-l.slots }}, nil
}

// Close stops Accept, even one waiting for a free slot.
func (l *limitListener) Close() error {
	l.closeOnce.Do(func() { close(l.closed) })
	return l.Listener.Close()
}

type slotConn struct {
	net.Conn
	once sync.Once
	free func()
}

func (c *slotConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(c.free)
	return err
}
