package facti

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/facti"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/mxpay/mxpay/internal/receiver"
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
	ios    *output.IOStreams // the reader's language
}

func (l *logger) printf(format string, args ...any) {
	l.Write([]byte(fmt.Sprintf(format, args...)))
}

// say writes one line for a person, masked.
func (l *logger) say(line string) { l.Write([]byte(line + "\n")) }

// T is the message key in the reader's language, error arguments
// translated too.
func (l *logger) T(key string, args ...any) string { return readerOf(l.ios).T(key, args...) }

// Write masks p and writes it whole: the HTTP server's own error log
// goes through here too.
func (l *logger) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	io.WriteString(l.w, l.redact.Text(string(p)))
	return len(p), nil
}

type ipnReceiver struct {
	warn     *logger
	password string
	maxBody  int64
	stdout   io.Writer
	redact   *cmdutil.Redactor
	out      *forwarder
	// journal is the --log file: durable before Facti is answered, and
	// the set of payments already notified, across restarts.
	journal *receiver.Journal
	// refused counts IPNs with a wrong password; only the first is shown,
	// so a flood of forgeries cannot flood stderr.
	refused atomic.Int64
}

// paymentIDOf is the key of a logged IPN: its payment id.
func paymentIDOf(line []byte) string {
	var e struct {
		PaymentID string `json:"payment_id"`
	}
	if json.Unmarshal(line, &e) != nil {
		return ""
	}
	return e.PaymentID
}

// stopped is the last line of a run: the IPNs received, and the ones
// refused for a wrong password.
func (r *ipnReceiver) stopped(recorded int) string {
	if n := r.refused.Load(); n > 0 {
		return r.warn.T("Stopped; %d new IPN(s) received, %d refused for a wrong ipn_password.", recorded, n)
	}
	return r.warn.T("Stopped; %d new IPN(s) received.", recorded)
}

func (r *ipnReceiver) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	if req.Method != http.MethodPost {
		w.Header().Set("Allow", "POST")
		http.Error(w, "IPNs are POSTed", http.StatusMethodNotAllowed)
		return
	}
	body, err := receiver.ReadBody(w, req, r.maxBody)
	if errors.Is(err, receiver.ErrTooLarge) {
		http.Error(w, "body too large", http.StatusRequestEntityTooLarge)
		return
	}
	if err != nil {
		http.Error(w, "could not read the body", http.StatusBadRequest)
		return
	}
	n, err := facti.ParseIPN(req.Header.Get("Content-Type"), body)
	if err != nil {
		http.Error(w, "not an IPN: "+err.Error(), http.StatusBadRequest)
		return
	}
	if !facti.VerifyIPNPassword(n.Password, r.password) {
		if r.refused.Add(1) == 1 {
			r.warn.say(r.warn.T("Rejected an IPN from %s: wrong ipn_password (further ones are only counted).", req.RemoteAddr))
		}
		http.Error(w, "wrong ipn_password", http.StatusUnauthorized)
		return
	}
	line, err := eventLine(n)
	if err != nil {
		http.Error(w, "not an IPN: "+err.Error(), http.StatusBadRequest)
		return
	}
	line = []byte(r.redact.Body("application/json", string(line)))
	// Durable before acknowledged: once Facti has its 200 it will not send
	// again, so an IPN whose write or fsync failed gets a 500.
	fresh, err := r.journal.Record(n.PaymentID, line, func() { r.stdout.Write(append(line, '\n')) })
	switch {
	case err != nil:
		r.warn.say(r.warn.T("Could not log the IPN for payment %s (%v); answered 500 so Facti sends it again.", n.PaymentID, err))
		http.Error(w, "could not store the IPN", http.StatusInternalServerError)
		return
	case !fresh:
		r.warn.say(r.warn.T("Duplicate IPN for payment %s: acknowledged, not repeated.", n.PaymentID))
		io.WriteString(w, `{"result":1,"msg":"duplicate"}`)
		return
	}
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
