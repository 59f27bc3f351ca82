package pagofacil_test

import (
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
	emupf "github.com/mxpay/mxpay/internal/emulator/pagofacil"
	"github.com/mxpay/mxpay/internal/emulator/state"
)

const (
	visa    = "4111111111111111"
	visaCVV = "739"
	amex    = "378282246310005"
	amexCVV = "7391"
)

func visaCard() string {
	return "number=" + visa + "\ncvv=" + visaCVV + "\nexp_month=12\nexp_year=2030\n"
}
func amexCard() string {
	return `{"number": "` + amex + `", "cvv": "` + amexCVV + `", "exp_month": "08", "exp_year": "29"}`
}

// customerFlags are every cardholder field as flags.
var customerFlags = []string{
	"--name", "Jon", "--last-name", "Snow", "--email", "jon@example.com", "--phone", "5575187500",
	"--mobile", "5530996234", "--street", "Valle del Don 45", "--colonia", "Del Valle",
	"--municipio", "Tecamac", "--state", "Sonora", "--country", "México", "--zip", "48219",
}

// newHarness runs mxpay against the in-process emulator. A lost reply is
// looked up for 400ms (settle's first look is after ~250ms), so a charge
// that landed is found at once and one that did not is reported unknown
// quickly; tests that need a longer window set MXPAY_VERIFY_WINDOW.
func newHarness(t *testing.T) *cmdtest.Harness {
	h := cmdtest.New(t)
	h.Env["MXPAY_ENV"] = "emulator"
	h.Env["MXPAY_VERIFY_WINDOW"] = "400ms"
	return h
}

// chargeArgs is a complete non-interactive charge reading the card from stdin.
func chargeArgs(amount string, extra ...string) []string {
	args := append([]string{"pagofacil", "charge", "--yes", "--card-file", "-", "--amount", amount}, customerFlags...)
	return append(args, extra...)
}

// charges lists what the emulator processed (the state file is closed
// after every run).
func charges(t *testing.T, h *cmdtest.Harness) []emupf.Charge {
	t.Helper()
	path := h.Env["MXPAY_EMULATOR_DB"]
	if _, err := os.Stat(path); err != nil {
		return nil
	}
	st, err := state.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	cs, err := emupf.Charges(st)
	if err != nil {
		t.Fatal(err)
	}
	return cs
}

var orderIDLine = regexp.MustCompile(`Order id: (\S+)`)

func orderIDOf(t *testing.T, stderr string) string {
	t.Helper()
	m := orderIDLine.FindStringSubmatch(stderr)
	if m == nil {
		t.Fatalf("no order id printed:\n%s", stderr)
	}
	return m[1]
}

// assertNoCardData fails if the full card number or the CVV (as a number of
// its own: a CVV's digits may occur inside timestamps or a trace's timings,
// "(739µs)", "1.739s", by chance) appears in any text or in any file under
// the test's directory.
func assertNoCardData(t *testing.T, h *cmdtest.Harness, number, cvv string, texts ...string) {
	t.Helper()
	cvvPattern := regexp.MustCompile(`(^|[^0-9.])` + cvv + `([^0-9.µms]|$)`)
	check := func(where, s string) {
		if strings.Contains(s, number) || strings.Contains(s, number[:4]+" "+number[4:8]) {
			t.Errorf("card number found in %s", where)
		}
		if cvvPattern.MatchString(s) {
			t.Errorf("CVV found in %s: %q", where, cvvPattern.FindString(s))
		}
	}
	for i, s := range texts {
		check("output #"+string(rune('0'+i)), s)
	}
	filepath.WalkDir(h.Dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Errorf("reading %s: %v", path, err)
			return nil
		}
		check(path, string(data))
		return nil
	})
}

// closedPort returns a loopback address nothing listens on.
func closedPort(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return addr
}

func envOr(name, def string) string {
	if v, ok := os.LookupEnv(name); ok {
		return v
	}
	return def
}

// assertNoSecrets is assertNoCardData for the Visa card, plus its expiry
// and the credentials in the texts (the emulator's own state holds the
// credentials of each charge, as PagoFácil's does).
func assertNoSecrets(t *testing.T, h *cmdtest.Harness, texts ...string) {
	t.Helper()
	assertNoCardData(t, h, visa, visaCVV, texts...)
	for _, s := range texts {
		for _, secret := range []string{emupf.DemoSucursal, emupf.DemoUsuario, h.Env["MXPAY_PAGOFACIL_SUCURSAL"], h.Env["MXPAY_PAGOFACIL_USUARIO"],
			"12/30", "mesExpiracion%5D=12", "mesExpiracion]=12", "anyoExpiracion%5D=30", "anyoExpiracion]=30"} {
			if secret != "" && strings.Contains(s, secret) {
				t.Errorf("%q found in:\n%s", secret, s)
			}
		}
	}
}
