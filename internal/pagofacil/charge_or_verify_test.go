package pagofacil

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/errs"
	"github.com/mxpay/mxpay/internal/httpx"
	"github.com/mxpay/mxpay/internal/settle"
)

// TestChargeOrVerifyDefinitiveAnswersAreFinal: approved, declined,
// validation and credential answers end the charge; verificar is not asked.
func TestChargeOrVerifyDefinitiveAnswersAreFinal(t *testing.T) {
	tests := []struct {
		name    string
		reply   string
		outcome settle.Outcome
		kind    errs.Kind
	}{
		{"approved", approvedReply, settle.Created, errs.Unexpected},
		{"declined", declinedReply, settle.Declined, errs.Declined},
		{"validation", validationReply, settle.Failed, errs.Rejected},
		{"credentials", `{"WebServices_Transacciones":{"transaccion":{"autorizado":"0","transaccion":"n/a","error":{"idSucursal":"no existe"}}}}`, settle.Failed, errs.Auth},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := &hostile{charge: func(w http.ResponseWriter, _ *http.Request) { reply(w, tt.reply) }}
			c := newHostile(t, h)
			out, err := c.ChargeOrVerify(context.Background(), testRequest(t), ChargeOptions{NewOrderID: true})
			if out.Outcome != tt.outcome || (err == nil) != (tt.kind == errs.Unexpected) || (err != nil && errs.KindOf(err) != tt.kind) {
				t.Errorf("outcome %s err %v (kind %s), want %s / %s", out.Outcome, err, errs.KindOf(err), tt.outcome, tt.kind)
			}
			if h.count("transaccion") != 1 || h.count("verificar") != 0 {
				t.Errorf("requests %v", h.methods)
			}
		})
	}
}

// TestChargeOrVerifyAmbiguousIsLookedUp: whatever may have charged the card
// is looked up, never reported as "nothing was charged". The case from the
// issue: a gateway's 504 at once, the charge landing later (here: on the
// third verificar).
func TestChargeOrVerifyAmbiguousIsLookedUp(t *testing.T) {
	slow := func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(2 * time.Second):
		case <-r.Context().Done():
		}
	}
	charges := map[string]func(http.ResponseWriter, *http.Request){
		"gateway 504": status(http.StatusGatewayTimeout, "<html><center>nginx</center></html>"),
		"502":         status(http.StatusBadGateway, "bad gateway"),
		"503":         status(http.StatusServiceUnavailable, ""),
		"500":         status(http.StatusInternalServerError, ""),
		"429":         status(http.StatusTooManyRequests, ""),
		"408":         status(http.StatusRequestTimeout, ""),
		"garbled 200": func(w http.ResponseWriter, _ *http.Request) { reply(w, approvedReply[:80]) },
		"html 200":    func(w http.ResponseWriter, _ *http.Request) { reply(w, "<html>maintenance</html>") },
		"odd object": func(w http.ResponseWriter, _ *http.Request) {
			reply(w, `{"WebServices_Transacciones":{"transaccion":{"autorizado":"1"}}}`)
		},
		"timeout":      slow,
		"reset":        resetConn,
		"redirect 307": redirectTo("http://127.0.0.1:9/elsewhere", http.StatusTemporaryRedirect),
		"redirect 302": redirectTo("/Wsrtransaccion/index/format/json", http.StatusFound),
		"redirect 308": redirectTo("https://127.0.0.1:9/", http.StatusPermanentRedirect),
		"300":          status(http.StatusMultipleChoices, ""),
	}
	for name, charge := range charges {
		t.Run(name, func(t *testing.T) {
			h := &hostile{charge: charge, verify: foundAfter(3, verifyFoundReply)}
			c := newHostile(t, h)
			var lost error
			out, err := c.ChargeOrVerify(context.Background(), testRequest(t), ChargeOptions{NewOrderID: true, OnLost: func(e error) { lost = e }})
			if err != nil || out.Outcome != settle.Found || out.Result.Transaction != "S-PFE2692S2720I1141743" {
				t.Fatalf("outcome %s err %v", out.Outcome, err)
			}
			if lost == nil || out.Lost == nil || out.Lookup.Attempts != 3 {
				t.Errorf("lost %v / %v, lookups %d", lost, out.Lost, out.Lookup.Attempts)
			}
			if h.count("transaccion") != 1 {
				t.Errorf("the charge was sent %d times", h.count("transaccion"))
			}
		})
	}
}

// TestChargeOrVerifyUnknownAfterWindow: "not found" means "not yet" until
// the window ends; then the outcome is unknown, not "nothing was charged".
func TestChargeOrVerifyUnknownAfterWindow(t *testing.T) {
	h := &hostile{charge: status(http.StatusGatewayTimeout, "")}
	c := newHostile(t, h)
	out, err := c.ChargeOrVerify(context.Background(), testRequest(t), ChargeOptions{NewOrderID: true})
	var unknown *settle.UnknownError
	if !errors.As(err, &unknown) || errs.KindOf(err) != errs.UnknownOutcome || out.Outcome != settle.Unknown {
		t.Fatalf("outcome %s err %v", out.Outcome, err)
	}
	if out.Lookup.Attempts < 5 || out.Lookup.Waited < 50*time.Second {
		t.Errorf("gave up after %d lookups over %s; the window is a minute", out.Lookup.Attempts, out.Lookup.Waited)
	}
	if strings.Contains(err.Error(), "nothing was") || !strings.Contains(err.Error(), "order TEST_TX") {
		t.Errorf("message: %v", err)
	}
	if h.count("transaccion") != 1 || h.count("verificar") != out.Lookup.Attempts {
		t.Errorf("requests %v", h.methods)
	}
}

func TestChargeOrVerifyDeclinedFoundByVerify(t *testing.T) {
	h := &hostile{charge: status(http.StatusBadGateway, ""), verify: foundAfter(1, verifyDeclinedReply)}
	out, err := newHostile(t, h).ChargeOrVerify(context.Background(), testRequest(t), ChargeOptions{NewOrderID: true})
	var d *DeclinedError
	if !errors.As(err, &d) || out.Outcome != settle.Declined || out.Result.Outcome != OutcomeDeclined {
		t.Fatalf("outcome %s err %v", out.Outcome, err)
	}
}

// TestChargeOrVerifyCredentialsRefusedWhileLooking: a refusal of the
// credentials during the lookup is no proof either way: unknown, at once.
func TestChargeOrVerifyCredentialsRefusedWhileLooking(t *testing.T) {
	h := &hostile{charge: status(http.StatusBadGateway, ""), verify: func(w http.ResponseWriter, _ int) {
		reply(w, `{"WebServices_Transacciones":{"verificar":{"autorizado":"0","error":{"idUsuario":"no existe"}}}}`)
	}}
	out, err := newHostile(t, h).ChargeOrVerify(context.Background(), testRequest(t), ChargeOptions{NewOrderID: true})
	if errs.KindOf(err) != errs.UnknownOutcome || out.Lookup.Attempts != 1 {
		t.Fatalf("outcome %s after %d lookups: %v", out.Outcome, out.Lookup.Attempts, err)
	}
}

// TestChargeOrVerifyNeverSent: only a request that never left says so.
func TestChargeOrVerifyNeverSent(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	c := &Client{HTTP: httpx.NewClient(httpx.Options{}), BaseURL: "http://" + addr, Sucursal: "s", Usuario: "u"}
	out, err := c.ChargeOrVerify(context.Background(), testRequest(t), ChargeOptions{NewOrderID: true})
	var notSent *settle.NotSentError
	if !errors.As(err, &notSent) || errs.KindOf(err) != errs.Unreachable || out.Outcome != settle.Failed || out.Lookup.Attempts != 0 {
		t.Fatalf("outcome %s err %v", out.Outcome, err)
	}
}

// TestChargeOrVerifyChecksTheOrderFirst: an approved order id is refused
// before anything is sent; a declined one is charged again.
func TestChargeOrVerifyChecksTheOrderFirst(t *testing.T) {
	h := &hostile{charge: func(w http.ResponseWriter, _ *http.Request) { reply(w, approvedReply) }, verify: foundAfter(1, verifyFoundReply)}
	c := newHostile(t, h)
	out, err := c.ChargeOrVerify(context.Background(), testRequest(t), ChargeOptions{})
	var dup *DuplicateOrderError
	if !errors.As(err, &dup) || errs.KindOf(err) != errs.Usage || dup.Previous.Transaction != "S-PFE2692S2720I1141743" || h.count("transaccion") != 0 {
		t.Fatalf("outcome %s err %v requests %v", out.Outcome, err, h.methods)
	}
	out, err = c.ChargeOrVerify(context.Background(), testRequest(t), ChargeOptions{AllowDuplicate: true})
	if err != nil || out.Outcome != settle.Created || out.Previous == nil || h.count("transaccion") != 1 {
		t.Fatalf("allowed: outcome %s err %v", out.Outcome, err)
	}
	h2 := &hostile{charge: func(w http.ResponseWriter, _ *http.Request) { reply(w, approvedReply) }, verify: foundAfter(1, verifyDeclinedReply)}
	out, err = newHostile(t, h2).ChargeOrVerify(context.Background(), testRequest(t), ChargeOptions{})
	if err != nil || out.Previous == nil || out.Previous.Outcome != OutcomeDeclined {
		t.Fatalf("after a decline: outcome %s err %v", out.Outcome, err)
	}
}

// TestChargeOrVerifyEarlierChargeIsNotTheAnswer: with an earlier charge of
// the same order id, verificar shows that one until the new one lands; a
// lost reply must not be settled with the old transaction.
func TestChargeOrVerifyEarlierChargeIsNotTheAnswer(t *testing.T) {
	h := &hostile{charge: status(http.StatusGatewayTimeout, ""), verify: func(w http.ResponseWriter, _ int) { reply(w, verifyFoundReply) }}
	out, err := newHostile(t, h).ChargeOrVerify(context.Background(), testRequest(t), ChargeOptions{AllowDuplicate: true})
	if errs.KindOf(err) != errs.UnknownOutcome || out.Outcome != settle.Unknown {
		t.Fatalf("outcome %s err %v: the old approved charge was taken for the new one", out.Outcome, err)
	}
	// Declined before, then the retry's reply is lost and it lands approved.
	h = &hostile{charge: status(http.StatusGatewayTimeout, ""), verify: func(w http.ResponseWriter, n int) {
		if n <= 3 {
			reply(w, verifyDeclinedReply)
			return
		}
		reply(w, verifyFoundReply)
	}}
	out, err = newHostile(t, h).ChargeOrVerify(context.Background(), testRequest(t), ChargeOptions{})
	if err != nil || out.Outcome != settle.Found || out.Result.Outcome != OutcomeApproved {
		t.Fatalf("outcome %s err %v", out.Outcome, err)
	}
}

// TestChargeOrVerifyCheckFailureSendsNothing: when the order id cannot be
// checked, the charge is not sent.
func TestChargeOrVerifyCheckFailureSendsNothing(t *testing.T) {
	h := &hostile{verify: func(w http.ResponseWriter, _ int) { w.WriteHeader(http.StatusBadRequest) }}
	_, err := newHostile(t, h).ChargeOrVerify(context.Background(), testRequest(t), ChargeOptions{})
	if err == nil || !strings.Contains(err.Error(), "the charge was not sent") || h.count("transaccion") != 0 {
		t.Fatalf("err %v requests %v", err, h.methods)
	}
}

func redirectTo(location string, code int) func(http.ResponseWriter, *http.Request) {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Location", location)
		w.WriteHeader(code)
	}
}

// TestChargeOrVerifyBeforeSend: the hook runs after the order check and
// before the charge; its error sends nothing; a refused order never runs it.
func TestChargeOrVerifyBeforeSend(t *testing.T) {
	h := &hostile{charge: func(w http.ResponseWriter, _ *http.Request) { reply(w, approvedReply) }}
	c := newHostile(t, h)
	var calls []string
	before := func() error { calls = append(calls, fmt.Sprintf("hook after %v", h.methods)); return nil }
	if _, err := c.ChargeOrVerify(context.Background(), testRequest(t), ChargeOptions{NewOrderID: true, BeforeSend: before}); err != nil {
		t.Fatal(err)
	}
	if len(calls) != 1 || h.count("transaccion") != 1 {
		t.Fatalf("hook calls %v, requests %v", calls, h.methods)
	}
	stop := errors.New("not recorded")
	_, err := c.ChargeOrVerify(context.Background(), testRequest(t), ChargeOptions{NewOrderID: true, BeforeSend: func() error { return stop }})
	if !errors.Is(err, stop) || h.count("transaccion") != 1 {
		t.Fatalf("a failing hook: err %v, requests %v", err, h.methods)
	}
	h2 := &hostile{verify: foundAfter(1, verifyFoundReply)}
	ran := false
	if _, err := newHostile(t, h2).ChargeOrVerify(context.Background(), testRequest(t), ChargeOptions{BeforeSend: func() error { ran = true; return nil }}); !errors.As(err, new(*DuplicateOrderError)) || ran {
		t.Fatalf("an approved order: err %v, hook ran %v", err, ran)
	}
}
