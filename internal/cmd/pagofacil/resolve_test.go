package pagofacil_test

import (
	"strings"
	"testing"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
)

// cmdtest4 is a harness whose PagoFácil base URL is a closed loopback port.
func cmdtest4(t *testing.T) *cmdtest.Harness {
	h := cmdtest.New(t)
	h.Env["MXPAY_ENV"] = "sandbox"
	h.Env["MXPAY_PAGOFACIL_BASE_URL"] = "http://" + closedPort(t)
	h.Env["MXPAY_PAGOFACIL_SUCURSAL"] = "s-1234"
	h.Env["MXPAY_PAGOFACIL_USUARIO"] = "u-1234"
	return h
}

func TestTimeoutAfterWriteResolvedByVerify(t *testing.T) {
	h := newHarness(t)
	h.Env["MXPAY_EMULATOR_FAULTS"] = "pagofacil:POST:/Wsrtransaccion:timeout-after-write:1"
	r := h.MustRun(0, amexCard(), chargeArgs("1599")...)
	id := orderIDOf(t, r.Stderr)
	if !strings.Contains(r.Stderr, "its reply was lost") || !strings.Contains(r.Stderr, "verificar found order "+id+": approved") {
		t.Errorf("stderr:\n%s", r.Stderr)
	}
	if !strings.Contains(r.Stdout, "approved") {
		t.Errorf("stdout:\n%s", r.Stdout)
	}
	cs := charges(t, h)
	if len(cs) != 1 || cs[0].OrderID != id {
		t.Errorf("want exactly one charge for %s, got %+v", id, cs)
	}

	// Same for a decline: the real outcome, exit 5, one more charge.
	h2 := newHarness(t)
	h2.Env["MXPAY_EMULATOR_FAULTS"] = "pagofacil:POST:/Wsrtransaccion:timeout-after-write:1"
	// The user's order id is checked first (a read, retried by the
	// transport), so the fault hits that check and the charge goes through.
	h2.MustRun(5, visaCard(), chargeArgs("100", "--order-id", "lost-decline")...)
	if cs := charges(t, h2); len(cs) != 1 {
		t.Errorf("charges %+v", cs)
	}
}

func TestResetAfterSendIsResolved(t *testing.T) {
	h := newHarness(t)
	h.Env["MXPAY_EMULATOR_FAULTS"] = "pagofacil:POST:/Wsrtransaccion:reset:1"
	r := h.Run(amexCard(), chargeArgs("100")...)
	// A reset before the emulator handled it: nothing charged, and never
	// reported as approved.
	if r.Code == 0 || r.Code == 5 {
		t.Errorf("exit %d\n%s", r.Code, r.Stderr)
	}
	if cs := charges(t, h); len(cs) != 0 {
		t.Errorf("charges %+v", cs)
	}
}

func TestStatus502BeforeApply(t *testing.T) {
	// A gateway's 502 says nothing about the upstream: the charge may have
	// gone through, so after verificar finds nothing the outcome is
	// unknown (exit 6), never "nothing was charged".
	h := newHarness(t)
	h.Env["MXPAY_EMULATOR_FAULTS"] = "pagofacil:POST:/Wsrtransaccion:status=502:1"
	r := h.MustRun(6, amexCard(), chargeArgs("100")...)
	if strings.Contains(r.Stderr, "nothing was charged") || !strings.Contains(r.Stderr, "pagofacil verify") {
		t.Errorf("stderr:\n%s", r.Stderr)
	}
	if cs := charges(t, h); len(cs) != 0 {
		t.Errorf("charges %+v", cs)
	}
}

func TestVerifyAlsoFailsExit6(t *testing.T) {
	h := newHarness(t)
	h.Env["MXPAY_EMULATOR_FAULTS"] = "pagofacil:POST:/Wsrtransaccion:timeout-after-write"
	r := h.MustRun(6, amexCard(), chargeArgs("1599")...)
	id := orderIDOf(t, r.Stderr)
	if !strings.Contains(r.Stderr, "run `mxpay pagofacil verify "+id+"`") || !strings.Contains(r.Stderr, "outcome is unknown") {
		t.Errorf("stderr:\n%s", r.Stderr)
	}
	if cs := charges(t, h); len(cs) != 1 {
		t.Errorf("want one charge, got %+v", cs)
	}
	// Once the provider answers again, the printed command tells the truth.
	delete(h.Env, "MXPAY_EMULATOR_FAULTS")
	v := h.MustRun(0, "", "pagofacil", "verify", id)
	if !strings.Contains(v.Stdout, "approved") {
		t.Errorf("verify:\n%s", v.Stdout)
	}
	// With --env given, the printed command repeats it.
	h.Env["MXPAY_EMULATOR_FAULTS"] = "pagofacil:POST:/Wsrtransaccion:timeout-after-write"
	r = h.MustRun(6, amexCard(), append([]string{"--env", "emulator"}, chargeArgs("5")...)...)
	if !strings.Contains(r.Stderr, "`mxpay --env emulator pagofacil verify ") {
		t.Errorf("stderr:\n%s", r.Stderr)
	}
}
