package facti

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sync"
	"time"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/facti"
)

// event is one verified IPN: the line logged and printed (masked), and the
// body as received for forwarding (the user's webhook checks its password).
type event struct {
	line        []byte
	body        []byte
	contentType string
}

// logger serialises messages on stderr from the server's goroutines, masked
// by the run's redactor.
type logger struct {
	mu     sync.Mutex
	w      io.Writer
	redact *cmdutil.Redactor
}

func (l *logger) printf(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	io.WriteString(l.w, l.redact.Text(fmt.Sprintf(format, args...)))
}

// eventLog is where verified IPNs are made durable before Facti gets its
// 200: the --log file.
type eventLog interface {
	io.Writer
	Sync() error
}

type receiver struct {
	warn     *logger
	password string
	maxBody  int64
	stdout   io.Writer
	redact   *cmdutil.Redactor
	out      *forwarder

	mu   sync.Mutex // serialises the log, the seen set and stdout
	log  eventLog
	seen map[string]bool
	n    int
}

func (r *receiver) count() int { r.mu.Lock(); defer r.mu.Unlock(); return r.n }

// loadSeen reads the payment ids already in an IPN log, so a restart still
// deduplicates. Lines it cannot read are skipped; a line too long for any
// IPN this listener writes is an error.
func loadSeen(log io.ReadSeeker) (map[string]bool, error) {
	if _, err := log.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	return seenIDs(log)
}

func seenIDs(in io.Reader) (map[string]bool, error) {
	seen := map[string]bool{}
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		var e struct {
			PaymentID string `json:"payment_id"`
		}
		if json.Unmarshal(sc.Bytes(), &e) == nil && e.PaymentID != "" {
			seen[e.PaymentID] = true
		}
	}
	return seen, sc.Err()
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
	line = []byte(r.redact.Body("application/json", string(line)))

	r.mu.Lock()
	if r.seen[n.PaymentID] {
		r.mu.Unlock()
		r.warn.printf("Duplicate IPN for payment %s: acknowledged, not repeated.\n", n.PaymentID)
		io.WriteString(w, `{"result":1,"msg":"duplicate"}`)
		return
	}
	// Durable before acknowledged: once Facti has its 200 it will not send
	// again, so an IPN whose write or fsync failed gets a 500.
	if err := r.append(line); err != nil {
		r.mu.Unlock()
		r.warn.printf("Could not log the IPN for payment %s (%v); answered 500 so Facti sends it again.\n", n.PaymentID, err)
		http.Error(w, "could not store the IPN", http.StatusInternalServerError)
		return
	}
	r.seen[n.PaymentID] = true
	r.n++
	r.stdout.Write(append(line, '\n'))
	r.mu.Unlock()

	r.out.enqueue(event{line: line, body: body, contentType: req.Header.Get("Content-Type")})
	io.WriteString(w, `{"result":1,"msg":""}`)
}

// append writes one line to the log and syncs it.
func (r *receiver) append(line []byte) error {
	if _, err := r.log.Write(append(line, '\n')); err != nil {
		return err
	}
	return r.log.Sync()
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
