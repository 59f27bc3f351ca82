package root_test

import (
	"strings"
	"testing"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
)

func TestHelpTopics(t *testing.T) {
	h := cmdtest.New(t)
	cases := map[string][]string{
		"exit-codes":  {"  0  success", "  6  outcome unknown", "130  interrupted"},
		"environment": {"MXPAY_FACTI_API_KEY", "MXPAY_SYNC_USER", "MXPAY_EMULATOR_FAULTS", "NO_COLOR", "MXPAY_PAGOFACIL_SUCURSAL"},
		"formats":     {"--jq EXPR", "jsonl", "RFC 4180", "--fields"},
	}
	for topic, wants := range cases {
		r := h.MustRun(0, "", "help", topic)
		for _, want := range wants {
			if !strings.Contains(r.Stdout, want) {
				t.Errorf("mxpay help %s lacks %q", topic, want)
			}
		}
	}
	if r := h.MustRun(0, "", "--help"); !strings.Contains(r.Stdout, "exit-codes") {
		t.Errorf("--help does not list the help topics:\n%s", r.Stdout)
	}
}
