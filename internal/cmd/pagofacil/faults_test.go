package pagofacil_test

import (
	"context"
	"strings"
	"testing"
	"time"
)

// chargeFault is an emulator fault on the charge request. With a chosen
// order id the first POST is the order check, which a latency of 1ms lets
// through untouched, so the fault lands on the charge itself.
func chargeFault(kind string) string {
	return "pagofacil:POST:/Wsrtransaccion:latency=1ms:1; pagofacil:POST:/Wsrtransaccion:" + kind + ":1"
}

// TestGatewayAppliedLaterIsFound is the case scaled down: a proxy
// answers 504 at once and the charge lands 700ms later (12s in the issue).
// Today's code settles it in 4 quick verificar calls (with the test delay
// of 1ms) and exits 6; the lookup now lasts the verify window.
func TestGatewayAppliedLaterIsFound(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		order string
		code  int
		want  string
	}{{"gw-approve", 0, "approved"}, {"gw-decline", 5, "declined"}} {
		h := newHarness(t)
		h.Env["MXPAY_EMULATOR_FAULTS"] = chargeFault("gateway=504+700ms")
		h.Env["MXPAY_VERIFY_WINDOW"] = "8s"
		r := h.MustRun(tt.code, visaCard(), chargeArgs("100", "--order-id", tt.order)...)
		if !strings.Contains(r.Stderr, "504 Gateway Timeout") || !strings.Contains(r.Stderr, "verificar found order "+tt.order+": "+tt.want) ||
			strings.Contains(r.Stderr, "nothing was charged") || !strings.Contains(r.Stdout, tt.want) {
			t.Errorf("stdout:\n%s\nstderr:\n%s", r.Stdout, r.Stderr)
		}
		if cs := charges(t, h); len(cs) != 1 || cs[0].OrderID != tt.order {
			t.Errorf("charges %+v", cs)
		}
	}
}

// TestLateApplyAfterTimeoutIsFound: the reply comes after --timeout and the
// charge is applied anyway; verificar finds it.
func TestLateApplyAfterTimeoutIsFound(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.Env["MXPAY_TIMEOUT"] = "300ms"
	h.Env["MXPAY_VERIFY_WINDOW"] = "6s"
	h.Env["MXPAY_EMULATOR_FAULTS"] = "pagofacil:POST:/Wsrtransaccion:late-apply=900ms:1"
	r := h.MustRun(0, amexCard(), chargeArgs("1599")...)
	id := orderIDOf(t, r.Stderr)
	if !strings.Contains(r.Stderr, "verificar found order "+id+": approved") || !strings.Contains(r.Stdout, "approved") {
		t.Errorf("stdout:\n%s\nstderr:\n%s", r.Stdout, r.Stderr)
	}
	if cs := charges(t, h); len(cs) != 1 || cs[0].OrderID != id {
		t.Errorf("charges %+v", cs)
	}
}

// TestGarbledReplyIsLookedUp: a cut-off 200 to an applied charge is neither
// "refused" nor "approved" until verificar says so.
func TestGarbledReplyIsLookedUp(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.Env["MXPAY_EMULATOR_FAULTS"] = chargeFault("garble")
	r := h.MustRun(5, visaCard(), chargeArgs("100", "--order-id", "garbled-decline")...)
	if !strings.Contains(r.Stderr, "does not understand") || !strings.Contains(r.Stderr, "verificar found order garbled-decline: declined") {
		t.Errorf("stderr:\n%s", r.Stderr)
	}
	if cs := charges(t, h); len(cs) != 1 {
		t.Errorf("charges %+v", cs)
	}
}

// TestEchoPagesLeakNothing: a WAF page reflecting the request (card,
// 3-digit CVV, expiry, idSucursal, idUsuario) leaves none of it on stderr,
// also with --debug, whether the page is a 4xx (final: not applied) or a
// 502 (ambiguous: looked up, then unknown).
func TestEchoPagesLeakNothing(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		kind string
		code int
	}{{"echo=403", 3}, {"echo=400", 1}, {"echo=502", 6}} {
		for _, debug := range []bool{false, true} {
			h := newHarness(t)
			h.Env["MXPAY_EMULATOR_FAULTS"] = "pagofacil:POST:/Wsrtransaccion:" + tt.kind
			args := chargeArgs("100")
			if debug {
				args = append([]string{"--debug"}, args...)
			}
			r := h.MustRun(tt.code, visaCard(), args...)
			if debug && !strings.Contains(r.Stderr, "Request blocked") {
				t.Errorf("%s: the trace does not show the page:\n%s", tt.kind, r.Stderr)
			}
			assertNoSecrets(t, h, r.Stdout, r.Stderr)
			if cs := charges(t, h); len(cs) != 0 {
				t.Errorf("%s: charged %+v", tt.kind, cs)
			}
		}
	}
}

// TestResetIsUnknownNeverNothingCharged: a connection reset after sending
// says nothing about the charge: looked up, then unknown (exit 6).
func TestResetIsUnknownNeverNothingCharged(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.Env["MXPAY_EMULATOR_FAULTS"] = "pagofacil:POST:/Wsrtransaccion:reset:1"
	r := h.MustRun(6, amexCard(), chargeArgs("100")...)
	id := orderIDOf(t, r.Stderr)
	if strings.Contains(r.Stderr, "nothing was charged") || !strings.Contains(r.Stderr, "run `mxpay pagofacil verify "+id+"`") {
		t.Errorf("stderr:\n%s", r.Stderr)
	}
	if cs := charges(t, h); len(cs) != 0 {
		t.Errorf("charges %+v", cs)
	}
}

// TestInterruptedWhileLookingSaysWhatToCheck: Ctrl-C during the lookup
// exits 130, and the run still names the command that tells the outcome.
func TestInterruptedWhileLookingSaysWhatToCheck(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	h.Env["MXPAY_EMULATOR_FAULTS"] = "pagofacil:POST:/Wsrtransaccion:gateway=504+30s:1"
	h.Env["MXPAY_VERIFY_WINDOW"] = "30s"
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	// The charge goes out within milliseconds; the lookup then waits for
	// up to 30s, so the interruption lands in it.
	time.AfterFunc(700*time.Millisecond, cancel)
	r := h.RunContext(ctx, amexCard(), chargeArgs("100")...)
	id := orderIDOf(t, r.Stderr)
	if r.Code != 130 || !strings.Contains(r.Stderr, "Outcome of order "+id+" unknown: run `mxpay pagofacil verify "+id+"`") {
		t.Errorf("exit %d\n%s", r.Code, r.Stderr)
	}
}
