package output

import (
	"os/exec"
	"strings"
	"testing"
)

func TestPagerCommand(t *testing.T) {
	env := func(kv ...string) func(string) (string, bool) {
		return func(k string) (string, bool) {
			for i := 0; i < len(kv); i += 2 {
				if kv[i] == k {
					return kv[i+1], true
				}
			}
			return "", false
		}
	}
	tests := []struct {
		name     string
		lookup   func(string) (string, bool)
		noPager  bool
		want     string
		explicit bool
	}{
		{"default", env(), false, "less -FRX", false},
		{"PAGER", env("PAGER", "more"), false, "more", true},
		{"MXPAY_PAGER wins", env("PAGER", "more", "MXPAY_PAGER", "most -s"), false, "most -s", true},
		{"empty MXPAY_PAGER turns it off", env("PAGER", "more", "MXPAY_PAGER", ""), false, "", true},
		{"--no-pager", env("MXPAY_PAGER", "most"), true, "", false},
	}
	for _, tt := range tests {
		got, explicit := PagerCommand(tt.lookup, tt.noPager)
		if got != tt.want || explicit != tt.explicit {
			t.Errorf("%s: PagerCommand = %q, %v; want %q, %v", tt.name, got, explicit, tt.want, tt.explicit)
		}
	}
}

func TestListGoesThroughThePagerOnlyOnATerminal(t *testing.T) {
	if _, err := exec.LookPath("sed"); err != nil {
		t.Skip("no sed to stand in for a pager")
	}
	for _, tty := range []bool{true, false} {
		ios, out, _ := testStreams(tty)
		ios.SetPager("sed 's/^/paged: /'", true)
		if err := printList(ios, Options{Format: "csv"}, paymentColumns(), paymentRaw, samplePayments()); err != nil {
			t.Fatal(err)
		}
		if paged := strings.HasPrefix(out.String(), "paged: id,amount,status\n"); paged != tty {
			t.Errorf("tty=%v: paged %v:\n%s", tty, paged, out.String())
		}
		if ios.pager.running() {
			t.Errorf("tty=%v: the pager still runs after Close", tty)
		}
	}
}

func TestAPagerThatCannotStartIsSkipped(t *testing.T) {
	ios, out, errOut := testStreams(true)
	ios.SetPager("/nonexistent/pager", true)
	if err := printList(ios, Options{Format: "csv"}, paymentColumns(), paymentRaw, samplePayments()[:1]); err != nil {
		t.Fatal(err)
	}
	if out.String() != "id,amount,status\npay_1,1234.50,paid\n" || !strings.Contains(errOut.String(), "not using the pager") {
		t.Errorf("stdout %q, stderr %q", out.String(), errOut.String())
	}
}
