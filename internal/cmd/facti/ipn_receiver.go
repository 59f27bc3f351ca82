package facti

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"sync"
	"time"

	"github.com/mxpay/mxpay/internal/facti"
	"github.com/mxpay/mxpay/internal/httpx"
	"github.com/mxpay/mxpay/internal/output"
)

// event is one verified IPN: the line logged and printed, and the body as
// received for forwarding.
type event struct {
	line        []byte
	body        []byte
	contentType string
}

// logger serialises messages on stderr from the server's goroutines.
type logger struct {
	mu  sync.Mutex
	ios *output.IOStreams
}

func (l *logger) printf(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	fmt.Fprintf(l.ios.ErrOut, format, args...)
}

type receiver struct {
	warn     *logger
	password string
	maxBody  int64
	ios      *output.IOStreams
	out      *forwarder

	mu   sync.Mutex // serialises the log, the seen set and stdout
	log  *os.File
	seen map[string]bool
	n    int
}

func (r *receiver) count() int { r.mu.Lock(); defer r.mu.Unlock(); return r.n }

// loadSeen reads the payment ids already in the log, so a restart still
// deduplicates.
func (r *receiver) loadSeen() error {
	r.seen = map[string]bool{}
	if _, err := r.log.Seek(0, io.SeekStart); err != nil {
		return err
	}
	sc := bufio.NewScanner(r.log)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		var e struct {
			PaymentID string `json:"payment_id"`
		}
		if json.Unmarshal(sc.Bytes(), &e) == nil && e.PaymentID != "" {
			r.seen[e.PaymentID] = true
		}
	}
	return sc.Err()
}

func (r *receiver) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	if req.Method != http.MethodPost {
		w.Header().Set("Allow", "POST")
		http.Error(w, "IPNs are POSTed", http.StatusMethodNotAllowed)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, req.Body, r.maxBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			http.Error(w, "body too large", http.StatusRequestEntityTooLarge)
			return
		}
		http.Error(w, "could not read the body", http.StatusBadRequest)
		return
	}
	n, err := facti.ParseIPN(req.Header.Get("Content-Type"), body)
	if err != nil {
		http.Error(w, "not an IPN: "+err.Error(), http.StatusBadRequest)
		return
	}
	if !facti.VerifyIPNPassword(n.Password, r.password) {
		r.warn.printf("Rejected an IPN from %s: wrong ipn_password.\n", req.RemoteAddr)
		http.Error(w, "wrong ipn_password", http.StatusUnauthorized)
		return
	}
	line, err := eventLine(n)
	if err != nil {
		http.Error(w, "not an IPN: "+err.Error(), http.StatusBadRequest)
		return
	}

	r.mu.Lock()
	if r.seen[n.PaymentID] {
		r.mu.Unlock()
		r.warn.printf("Duplicate IPN for payment %s: acknowledged, not repeated.\n", n.PaymentID)
		io.WriteString(w, `{"result":1,"msg":"duplicate"}`)
		return
	}
	// Durable before acknowledged: once Facti has its 200 it will not send again.
	if _, err := r.log.Write(append(line, '\n')); err == nil {
		err = r.log.Sync()
	}
	if err != nil {
		r.mu.Unlock()
		r.warn.printf("Could not log the IPN for payment %s (%v); answered 500 so Facti retries.\n", n.PaymentID, err)
		http.Error(w, "could not store the IPN", http.StatusInternalServerError)
		return
	}
	r.seen[n.PaymentID] = true
	r.n++
	r.ios.Out.Write(append(line, '\n'))
	r.mu.Unlock()

	r.out.enqueue(event{line: line, body: body, contentType: req.Header.Get("Content-Type")})
	io.WriteString(w, `{"result":1,"msg":""}`)
}

// eventLine is the JSON line logged and printed for an IPN.
func eventLine(n *facti.IPN) ([]byte, error) {
	var data bytes.Buffer
	if err := json.Compact(&data, n.Data); err != nil {
		return nil, err
	}
	return json.Marshal(struct {
		ReceivedAt string          `json:"received_at"`
		PaymentID  string          `json:"payment_id"`
		IPNType    string          `json:"ipn_type"`
		Data       json.RawMessage `json:"data"`
	}{time.Now().UTC().Format(time.RFC3339), n.PaymentID, n.Type, data.Bytes()})
}

// forwarder hands new events to --forward-to and --exec, one at a time,
// off the request path so Facti is answered at once.
type forwarder struct {
	warn  *logger
	ios   *output.IOStreams
	url   string
	exec  string
	queue chan event
	done  chan struct{}
}

func (f *forwarder) enqueue(e event) {
	if f.url == "" && f.exec == "" {
		return
	}
	select {
	case f.queue <- e:
	default:
		f.warn.printf("Warning: forwarding queue full; the event is in the log but was not forwarded.\n")
	}
}

func (f *forwarder) run(ctx context.Context) {
	defer close(f.done)
	client := &http.Client{Timeout: 10 * time.Second}
	for e := range f.queue {
		if f.url != "" {
			f.forward(ctx, client, e)
		}
		if f.exec != "" {
			cmd := exec.Command("sh", "-c", f.exec)
			cmd.Stdin = bytes.NewReader(append(e.line, '\n'))
			var out bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &out
			err := cmd.Run()
			if out.Len() > 0 {
				f.warn.printf("%s", out.Bytes())
			}
			if err != nil {
				f.warn.printf("Warning: --exec failed: %v\n", err)
			}
		}
	}
}

// forward posts the IPN as received, retrying with backoff (1s, 2s, 4s, 8s).
func (f *forwarder) forward(ctx context.Context, client *http.Client, e event) {
	delay := time.Second
	for attempt := 1; ; attempt++ {
		req, err := http.NewRequestWithContext(context.WithoutCancel(ctx), http.MethodPost, f.url, bytes.NewReader(e.body))
		if err != nil {
			return
		}
		req.Header.Set("Content-Type", e.contentType)
		resp, err := client.Do(req)
		if err == nil {
			io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
			resp.Body.Close()
			if resp.StatusCode/100 == 2 {
				return
			}
			err = fmt.Errorf("answered %s", resp.Status)
		}
		if attempt == 5 || ctx.Err() != nil {
			f.warn.printf("Warning: could not forward an IPN to %s after %d attempt(s): %v\n", f.url, attempt, httpx.UnwrapURLError(err))
			return
		}
		select {
		case <-time.After(delay):
		case <-ctx.Done(): // shutting down: the event stays in the log
		}
		delay *= 2
	}
}
