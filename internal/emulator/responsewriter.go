package emulator

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
)

// bufferLimit is how much of a response the in-process writer collects
// before handing the response over. Like net/http's 4 KB write buffer it
// lets small replies arrive whole, with a Content-Length, while a long
// listing streams through the pipe.
const bufferLimit = 4 << 10

// delivery is what RoundTrip waits for: a response or a transport error.
type delivery struct {
	resp *http.Response
	err  error
}

// pipeResponseWriter is the in-process server side of one exchange. Only
// the handler's goroutine calls its methods, as net/http requires of
// handlers, so it needs no lock; RoundTrip sees it only through deliveries
// and the pipe.
type pipeResponseWriter struct {
	req        *http.Request // the client's request, for Response.Request
	header     http.Header
	status     int         // 0 until WriteHeader or the first Write
	sentHeader http.Header // header as it was at WriteHeader
	buf        []byte      // body written before the response was handed over
	sent       bool        // a delivery has been made
	failed     error       // set by abortConnection
	pw         *io.PipeWriter
	body       *streamingBody // read end of pw, for streamed responses
	deliveries chan<- delivery
}

func (w *pipeResponseWriter) Header() http.Header { return w.header }

func (w *pipeResponseWriter) WriteHeader(code int) {
	if code < 100 || code > 999 {
		panic(fmt.Sprintf("invalid WriteHeader code %v", code)) // as net/http does
	}
	// Informational codes are not the final answer; a second final code is
	// superfluous, as net/http treats it.
	if w.sent || w.status != 0 || code < 200 {
		return
	}
	w.status = code
	// Later changes to the header have no effect, as documented for
	// http.ResponseWriter.
	w.sentHeader = w.header.Clone()
}

func (w *pipeResponseWriter) Write(p []byte) (int, error) {
	if w.failed != nil {
		return 0, w.failed
	}
	if w.status == 0 {
		w.WriteHeader(http.StatusOK)
	}
	if !bodyAllowed(w.status) {
		return 0, http.ErrBodyNotAllowed
	}
	if w.req.Method == http.MethodHead {
		return len(p), nil
	}
	if !w.sent {
		if len(w.buf)+len(p) <= bufferLimit {
			w.buf = append(w.buf, p...)
			return len(p), nil
		}
		if err := w.startStreaming(); err != nil {
			return 0, err
		}
	}
	return w.pw.Write(p)
}

// Flush hands the response over now, as flushing a real server's buffer
// sends the headers.
func (w *pipeResponseWriter) Flush() {
	if w.failed != nil {
		return
	}
	if w.status == 0 {
		w.WriteHeader(http.StatusOK)
	}
	if !w.sent {
		w.startStreaming()
	}
}

// startStreaming hands over a response whose body is the pipe, then pushes
// the buffered bytes into it, which blocks until the client reads them.
func (w *pipeResponseWriter) startStreaming() error {
	length := int64(-1)
	if n, err := strconv.ParseInt(w.sentHeader.Get("Content-Length"), 10, 64); err == nil {
		length = n
	}
	w.deliver(delivery{resp: w.response(w.body, length)})
	buf := w.buf
	w.buf = nil
	if len(buf) == 0 {
		return nil
	}
	_, err := w.pw.Write(buf)
	return err
}

// finish completes the response after the handler returned.
func (w *pipeResponseWriter) finish() {
	if w.sent {
		w.pw.Close() // the client reads io.EOF after the last byte
		return
	}
	if w.status == 0 {
		w.WriteHeader(http.StatusOK)
	}
	if _, set := w.sentHeader["Content-Length"]; !set && bodyAllowed(w.status) && w.req.Method != http.MethodHead {
		w.sentHeader.Set("Content-Length", strconv.Itoa(len(w.buf)))
	}
	var body io.ReadCloser = http.NoBody
	if len(w.buf) > 0 {
		body = io.NopCloser(bytes.NewReader(w.buf))
	}
	w.deliver(delivery{resp: w.response(body, int64(len(w.buf)))})
}

// abortConnection ends the exchange with err, as a dropped connection would:
// RoundTrip returns err, or the body read fails if the response has started.
func (w *pipeResponseWriter) abortConnection(err error) {
	w.failed = err
	if !w.sent {
		w.deliver(delivery{err: err})
	}
	w.pw.CloseWithError(err)
}

// recoverFrom answers a handler panic: a 500 if nothing was sent yet,
// otherwise a body that breaks off with an error.
func (w *pipeResponseWriter) recoverFrom(v any) {
	if v == http.ErrAbortHandler { // a deliberate abort, like net/http's
		w.abortConnection(errors.New("the emulator aborted the response"))
		return
	}
	err := fmt.Errorf("emulator handler panicked: %v", v)
	if w.sent {
		w.pw.CloseWithError(err)
		return
	}
	msg := []byte("emulator internal error: " + err.Error() + "\n")
	w.status = http.StatusInternalServerError
	w.sentHeader = http.Header{
		"Content-Type":   {"text/plain; charset=utf-8"},
		"Content-Length": {strconv.Itoa(len(msg))},
	}
	w.buf = nil
	w.deliver(delivery{resp: w.response(io.NopCloser(bytes.NewReader(msg)), int64(len(msg)))})
}

func (w *pipeResponseWriter) deliver(d delivery) {
	w.sent = true
	w.deliveries <- d // buffered for the one delivery, so never blocks
}

// response builds the client's view of the answer.
func (w *pipeResponseWriter) response(body io.ReadCloser, length int64) *http.Response {
	header := w.sentHeader.Clone()
	if _, set := header["Content-Type"]; !set && len(w.buf) > 0 {
		header.Set("Content-Type", http.DetectContentType(w.buf))
	}
	text := http.StatusText(w.status)
	if text == "" {
		text = "status code " + strconv.Itoa(w.status)
	}
	return &http.Response{
		Status:        strconv.Itoa(w.status) + " " + text,
		StatusCode:    w.status,
		Proto:         "HTTP/1.1",
		ProtoMajor:    1,
		ProtoMinor:    1,
		Header:        header,
		Body:          body,
		ContentLength: length,
		Request:       w.req,
	}
}

// bodyAllowed reports whether a response with status may have a body.
func bodyAllowed(status int) bool {
	return status != http.StatusNoContent && status != http.StatusNotModified && (status < 100 || status > 199)
}

// streamingBody is the client's end of a streamed response. Closing it
// early ends the handler's context and makes its writes fail, as a
// closed connection would.
type streamingBody struct {
	pr     *io.PipeReader
	cancel context.CancelFunc
}

func (b *streamingBody) Read(p []byte) (int, error) { return b.pr.Read(p) }

func (b *streamingBody) Close() error {
	b.cancel() // first, so a handler whose write fails sees why
	b.pr.Close()
	return nil
}
