package facti

import (
	"bytes"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/facti"
	"github.com/mxpay/mxpay/internal/receiver"
)

// failingLog fails its writes or its syncs.
type failingLog struct {
	bytes.Buffer
	failWrite, failSync bool
}

func (l *failingLog) Write(p []byte) (int, error) {
	if l.failWrite {
		return 0, errors.New("no space left on device")
	}
	return l.Buffer.Write(p)
}

func (l *failingLog) Sync() error {
	if l.failSync {
		return errors.New("input/output error")
	}
	return nil
}

func postIPN(t *testing.T, recv *ipnReceiver, paymentID string) int {
	t.Helper()
	ctype, body := facti.IPNBody("pw-secret", []byte(`{"id":`+paymentID+`}`), false)
	req := httptest.NewRequest(http.MethodPost, "/ipn", bytes.NewReader(body))
	req.Header.Set("Content-Type", ctype)
	w := httptest.NewRecorder()
	recv.ServeHTTP(w, req)
	return w.Code
}

func newTestReceiver(log receiver.File) (*ipnReceiver, *bytes.Buffer) {
	var stderr, stdout bytes.Buffer
	r := new(cmdutil.Redactor)
	return &ipnReceiver{warn: &logger{w: &stderr, redact: r}, password: "pw-secret", maxBody: 1 << 16, stdout: &stdout, redact: r,
		out: &forwarder{warn: &logger{w: &stderr, redact: r}}, journal: receiver.NewJournal(log, nil)}, &stderr
}

// TestIPNWhoseLogFailsIsNotAcknowledged: an IPN that could not be made
// durable gets a 500, so Facti sends it again, and is not remembered as
// seen, so the resend is logged.
func TestIPNWhoseLogFailsIsNotAcknowledged(t *testing.T) {
	for _, log := range []*failingLog{{failWrite: true}, {failSync: true}} {
		recv, stderr := newTestReceiver(log)
		if code := postIPN(t, recv, "5"); code != http.StatusInternalServerError {
			t.Errorf("write fails %v, sync fails %v: answered %d, want 500", log.failWrite, log.failSync, code)
		}
		if !strings.Contains(stderr.String(), "answered 500 so Facti sends it again") {
			t.Errorf("stderr: %s", stderr)
		}
		log.failWrite, log.failSync = false, false
		if code := postIPN(t, recv, "5"); code != http.StatusOK || !strings.Contains(log.String(), `"payment_id":"5"`) {
			t.Errorf("the resend: %d, log %q", code, log.String())
		}
	}
	// A read-only file fails as a real disk does.
	path := filepath.Join(t.TempDir(), "ipn.jsonl")
	os.WriteFile(path, nil, 0o600)
	ro, _ := os.Open(path)
	defer ro.Close()
	recv, _ := newTestReceiver(ro)
	if code := postIPN(t, recv, "6"); code != http.StatusInternalServerError {
		t.Errorf("read-only log: answered %d, want 500", code)
	}
}
