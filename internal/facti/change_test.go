package facti

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/errs"
	"github.com/mxpay/mxpay/internal/settle"
)

// TestMarkPaidOrCheck: a lost reply is settled by reading the payment;
// still pending after the window is unknown, saying what it is now.
func TestMarkPaidOrCheck(t *testing.T) {
	for _, applied := range []bool{true, false} {
		f := &fakeFacti{details: map[string]string{"9": `{"id":9,"status":"0"}`}}
		gets := 0
		f.answer = func(w http.ResponseWriter, r *http.Request, _ url.Values) bool {
			switch {
			case r.Method == http.MethodPost && r.URL.Path == "/v1/payments/9":
				w.WriteHeader(http.StatusGatewayTimeout)
				return true
			case r.Method == http.MethodGet:
				f.mu.Lock()
				if gets++; gets == 2 && applied { // applied after the first read
					f.details["9"] = `{"id":9,"status":"1"}`
				}
				f.mu.Unlock()
			}
			return false
		}
		c := f.client(t)
		res, err := c.MarkPaidOrCheck(context.Background(), "9")
		if applied {
			if err != nil || res.Outcome != settle.Found || !res.Payment.Paid() || res.Cause == nil {
				t.Errorf("applied: %+v %v", res, err)
			}
			continue
		}
		var unknown *settle.UnknownError
		if !errors.As(err, &unknown) || errs.KindOf(err) != errs.UnknownOutcome || !strings.Contains(err.Error(), "payment 9 is pending now") {
			t.Errorf("not applied: %v", err)
		}
		if f.count("/v1/payments/9") < 3 {
			t.Errorf("looked up %d times", f.count("/v1/payments/9")-1)
		}
	}
}

// TestDeleteOrCheck: a payment Facti no longer shows after a lost reply
// was deleted; one it still shows is unknown.
func TestDeleteOrCheck(t *testing.T) {
	for _, applied := range []bool{true, false} {
		f := &fakeFacti{details: map[string]string{"9": `{"id":9,"status":"0"}`}}
		f.answer = func(w http.ResponseWriter, r *http.Request, _ url.Values) bool {
			if r.URL.Path != "/v1/payments/delete" {
				return false
			}
			if applied {
				f.mu.Lock()
				delete(f.details, "9")
				f.mu.Unlock()
			}
			w.WriteHeader(http.StatusBadGateway)
			io.WriteString(w, "<html>502</html>")
			return true
		}
		c := f.client(t)
		before := &Payment{ID: "9"}
		res, err := c.DeleteOrCheck(context.Background(), "1", "9", before)
		if applied {
			if err != nil || res.Outcome != settle.Found || res.Payment != before {
				t.Errorf("applied: %+v %v", res, err)
			}
			continue
		}
		if errs.KindOf(err) != errs.UnknownOutcome || !strings.Contains(err.Error(), "payment 9 is pending now") {
			t.Errorf("not applied: %v", err)
		}
	}
	// Facti's refusal is final: no lookup.
	f := &fakeFacti{details: map[string]string{"9": `{"id":9,"status":"1"}`}}
	f.answer = func(w http.ResponseWriter, r *http.Request, _ url.Values) bool {
		if r.URL.Path != "/v1/payments/delete" {
			return false
		}
		io.WriteString(w, `{"result":0,"msg":"Solo se pueden eliminar pagos pendientes"}`)
		return true
	}
	c := f.client(t)
	if _, err := c.DeleteOrCheck(context.Background(), "1", "9", nil); errs.KindOf(err) != errs.Rejected || f.count("/v1/payments/9") != 0 {
		t.Errorf("refusal: %v", err)
	}
}

// TestRecheck: rows an earlier run sent are found, decided absent only
// once a whole window has passed since they were sent, and left unknown
// when the lookups fail.
func TestRecheck(t *testing.T) {
	var mu sync.Mutex
	now := time.Date(2030, 1, 1, 12, 0, 0, 0, time.UTC)
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	sleep := func(_ context.Context, d time.Duration) error { mu.Lock(); now = now.Add(d); mu.Unlock(); return nil }
	f := &fakeFacti{}
	f.add(3, "A", "1", "100.00", "a@b.mx") // before the run: not it
	f.add(8, "A", "1", "100.00", "a@b.mx") // the first row, created by the run
	c := f.client(t)
	c.Settle = settle.Policy{Window: time.Minute, Now: clock, Sleep: sleep}
	sent := []Sent{
		{Request: testRequest("A", "1"), SentBy: now.Add(-time.Second), SinceID: 5},
		{Request: testRequest("A", "2"), SentBy: now.Add(-2 * time.Minute), SinceID: 5}, // long ago
		{Request: testRequest("A", "3"), SentBy: now.Add(-10 * time.Second), SinceID: 5},
	}
	got := c.Recheck(context.Background(), "1", sent)
	if got[0].Outcome != settle.Found || got[0].Payment.ID != "8" || got[1].Outcome != settle.Failed || got[2].Outcome != settle.Failed {
		t.Errorf("%+v", got)
	}
	if waited := clock().Sub(sent[2].SentBy); waited < time.Minute {
		t.Errorf("decided row 3 absent %s after it was sent, before the window passed", waited)
	}

	f.answer = func(w http.ResponseWriter, r *http.Request, _ url.Values) bool {
		w.WriteHeader(http.StatusServiceUnavailable)
		return true
	}
	got = c.Recheck(context.Background(), "1", sent[1:2])
	var unknown *settle.UnknownError
	if got[0].Outcome != settle.Unknown || !errors.As(got[0].Err, &unknown) {
		t.Errorf("lookups failing: %+v", got)
	}
}
