package httpx

import (
	"fmt"
	"io"
	"maps"
	"mime"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

const (
	// traceBodyLimit is how much of a body a trace shows.
	traceBodyLimit = 64 << 10
	// redactSlack is captured beyond the limit and masked before the cut,
	// so a secret that straddles the limit is masked whole, never half shown.
	redactSlack = 4 << 10
)

// tracer writes --debug traces. Each block is one Write, under a lock, so
// concurrent exchanges do not interleave mid-line. A nil *tracer traces
// nothing, which keeps the call sites free of checks.
type tracer struct {
	mu     sync.Mutex
	w      io.Writer
	redact *Redactor
}

func (tr *tracer) write(block string) {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	_, _ = io.WriteString(tr.w, tr.redact.literal(block))
}

func (tr *tracer) request(req *http.Request) {
	if tr == nil {
		return
	}
	var b strings.Builder
	fmt.Fprintf(&b, "> %s %s\n", req.Method, tr.redact.URL(req.URL.String()))
	tr.writeHeaders(&b, "> ", req.Header)
	b.WriteString(">\n")
	b.WriteString(tr.requestBody(req))
	tr.write(b.String())
}

// requestBody reads a copy of the body through GetBody, leaving the one
// the transport sends untouched.
func (tr *tracer) requestBody(req *http.Request) string {
	switch {
	case req.Body == nil || req.Body == http.NoBody:
		return ""
	case req.GetBody == nil:
		return "(body not shown: it can be read only once)\n\n"
	}
	body, err := req.GetBody()
	if err != nil {
		return fmt.Sprintf("(body not shown: %v)\n\n", err)
	}
	defer body.Close()
	c := newCapture(req.Header.Get("Content-Type"))
	_, _ = io.Copy(c, body)
	return tr.renderBody(c)
}

func (tr *tracer) response(resp *http.Response, took time.Duration) {
	if tr == nil {
		return
	}
	var b strings.Builder
	fmt.Fprintf(&b, "< %s (%s)\n", resp.Status, roundDuration(took))
	tr.writeHeaders(&b, "< ", resp.Header)
	b.WriteString("<\n")
	tr.write(b.String())
}

func (tr *tracer) responseBody(c *capture, readErr error) {
	if tr == nil {
		return
	}
	text := tr.renderBody(c)
	if readErr != nil {
		text += fmt.Sprintf("(the body broke off: %v)\n\n", readErr)
	}
	tr.write(text)
}

func (tr *tracer) failure(err error, took time.Duration) {
	if tr == nil {
		return
	}
	tr.write(fmt.Sprintf("< no response after %s: %v\n\n", roundDuration(took), err))
}

func (tr *tracer) retrying(delay time.Duration, retry, maxRetries int) {
	if tr == nil {
		return
	}
	tr.write(fmt.Sprintf("* retrying in %s (retry %d of %d)\n", roundDuration(delay), retry, maxRetries))
}

// roundDuration keeps timings readable: whole milliseconds, or
// microseconds for the in-process emulator's sub-millisecond answers.
func roundDuration(d time.Duration) time.Duration {
	if d < time.Millisecond {
		return d.Round(time.Microsecond)
	}
	return d.Round(time.Millisecond)
}

func (tr *tracer) writeHeaders(b *strings.Builder, prefix string, h http.Header) {
	for _, name := range slices.Sorted(maps.Keys(h)) {
		for _, value := range h[name] {
			fmt.Fprintf(b, "%s%s: %s\n", prefix, name, tr.redact.Header(name, value))
		}
	}
}

// renderBody masks a captured body and cuts it to the trace limit. Bodies
// that are not text (PDFs, images, multipart uploads) are summarised, not
// shown: they cannot be masked reliably and would garble the terminal.
func (tr *tracer) renderBody(c *capture) string {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.total == 0 {
		return ""
	}
	if !isTextual(c.contentType, c.buf) {
		mediaType, _, _ := mime.ParseMediaType(c.contentType)
		if mediaType == "" {
			mediaType = "binary data"
		}
		return fmt.Sprintf("(%d bytes of %s not shown)\n\n", c.total, mediaType)
	}
	text := tr.redact.Body(c.contentType, string(c.buf))
	more := c.total - traceBodyLimit
	text = cutUTF8(text, traceBodyLimit)
	if more > 0 {
		text += fmt.Sprintf("\n…%d more bytes", more)
	}
	return text + "\n\n"
}

// isTextual reports whether a body of this type can be shown and masked.
func isTextual(contentType string, sample []byte) bool {
	mediaType, _, err := mime.ParseMediaType(contentType)
	if err != nil || mediaType == "" {
		// The capture may end inside a character; do not call that binary.
		for i := 0; i < utf8.UTFMax-1 && len(sample) > 0 && !utf8.Valid(sample); i++ {
			sample = sample[:len(sample)-1]
		}
		return utf8.Valid(sample) && !slices.Contains(sample, 0)
	}
	switch {
	case strings.HasPrefix(mediaType, "text/"),
		strings.Contains(mediaType, "json"),
		strings.Contains(mediaType, "xml"),
		mediaType == "application/x-www-form-urlencoded",
		mediaType == "application/javascript":
		return true
	}
	return false
}

// capture keeps the start of a body for the trace while counting it all,
// so a large download is traced without being held in memory. The lock
// covers a Close from another goroutine while a Read is capturing.
type capture struct {
	mu          sync.Mutex
	contentType string
	buf         []byte
	total       int64
}

func newCapture(contentType string) *capture { return &capture{contentType: contentType} }

func (c *capture) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.total += int64(len(p))
	if room := traceBodyLimit + redactSlack - len(c.buf); room > 0 {
		c.buf = append(c.buf, p[:min(room, len(p))]...)
	}
	return len(p), nil
}

// cutUTF8 shortens s to at most n bytes without splitting a character.
func cutUTF8(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
