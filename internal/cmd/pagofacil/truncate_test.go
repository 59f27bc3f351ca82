package pagofacil_test

import (
	"strings"
	"testing"
)

// A plugin-sized param2 and a long user agent are charged, cut to the
// documented lengths with a warning each; a required field too long still
// stops the charge before anything is sent.
func TestOverLongFreeTextIsWarnedAndTruncated(t *testing.T) {
	h := newHarness(t)
	cart := strings.Repeat("eyJpZF9wcm9kdWN0Ijo3LCJxIjoyfQ", 9)
	agent := strings.Repeat("Mozilla/5.0 (X11; Linux x86_64) ", 6)
	r := h.MustRun(0, visaCard(), chargeArgs("99.00", "--order-id", "trunc-1-approve", "--param2", cart, "--user-agent", agent)...)
	for _, want := range []string{
		"Warning: param2 has 270 characters; PagoFácil keeps 60, so the first 60 are sent.",
		"Warning: httpUserAgent has 192 characters; PagoFácil keeps 150, so the first 150 are sent.",
	} {
		if !strings.Contains(r.Stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.Stderr)
		}
	}
	cs := charges(t, h)
	if len(cs) != 1 || cs[0].Data["param2"] != cart[:60] || cs[0].Data["httpUserAgent"] != agent[:150] {
		t.Fatalf("charged %+v", cs)
	}
	args := chargeArgs("99.00", "--order-id", "trunc-2")
	for i, a := range args {
		if a == "--name" {
			args[i+1] = strings.Repeat("J", 51)
		}
	}
	h.MustRun(2, visaCard(), args...)
	if len(charges(t, h)) != 1 {
		t.Error("a 51-character name was sent")
	}
}
