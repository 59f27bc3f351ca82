package pagofacil

import (
	"strings"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/mxpay/mxpay/internal/prompt"
	"github.com/mxpay/mxpay/internal/prompt/prompttest"
)

// reflected is how a page echoing the charge shows the card data; after
// readCard, the run's redactor must mask all of it.
const reflected = "data%5BnumeroTarjeta%5D=4111111111111111 4111 1111 1111 1111 data%5Bcvt%5D=739 data[cvt]=739 " +
	"data%5BmesExpiracion%5D=12 data%5BanyoExpiracion%5D=30 12/30 12/2030"

func cardOptions(t *testing.T, stdin string, tty bool) (*ChargeOptions, *cmdutil.Factory) {
	t.Helper()
	ios, in, _, _ := output.Test()
	in.WriteString(stdin)
	ios.SetTTY(tty, tty, tty)
	f := cmdutil.NewFactory("test", ios, func(string) (string, bool) { return "", false })
	return &ChargeOptions{IO: ios, Redactor: f.Redactor(), Prompter: f.Ask, Now: func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) }}, f
}

func assertMasked(t *testing.T, r *cmdutil.Redactor) {
	t.Helper()
	masked := r.Text(reflected)
	for _, part := range []string{"4111", "739", "=12", "=30", "12/30", "12/2030"} {
		if strings.Contains(masked, part) {
			t.Errorf("%q survives the redactor: %s", part, masked)
		}
	}
}

func TestCardFromFileGoesToTheRedactor(t *testing.T) {
	for _, stdin := range []string{
		"number=4111 1111 1111 1111\ncvv=739\nexp_month=12\nexp_year=2030\n",
		`{"number": "4111111111111111", "cvv": "739", "exp_month": "12", "exp_year": "30"}`,
		// Invalid cards too: what was read is masked before it is judged.
		"number=4111 1111 1111 1111\ncvv=739\nexp_month=12\nexp_year=2030\nbogus\n",
	} {
		opts, _ := cardOptions(t, stdin, false)
		opts.CardFile = "-"
		readCard(opts)
		assertMasked(t, opts.Redactor)
	}
}

func TestCardFromPromptGoesToTheRedactor(t *testing.T) {
	opts, f := cardOptions(t, "", true)
	mock := prompttest.NewMock(t)
	f.Prompter = func() prompt.Prompter { return mock }
	mock.ExpectPassword("Card number", "4111 1111 1111 1111")
	mock.ExpectPassword("CVV", "739")
	mock.ExpectInput("Expiry", "12/30")
	if _, err := readCard(opts); err != nil {
		t.Fatal(err)
	}
	assertMasked(t, opts.Redactor)
}

func TestAnInvalidExpiryIsAskedAgain(t *testing.T) {
	opts, f := cardOptions(t, "", true)
	mock := prompttest.NewMock(t)
	f.Prompter = func() prompt.Prompter { return mock }
	mock.ExpectPassword("Card number", "4111 1111 1111 1111")
	mock.ExpectPassword("CVV", "739")
	mock.ExpectInput("Expiry", "12")
	mock.ExpectInput("Expiry", "13/30")
	mock.ExpectInput("Expiry", "12/30")
	card, err := readCard(opts)
	if err != nil {
		t.Fatalf("the third answer is valid, the command goes on: %v", err)
	}
	if card.Last4() != "1111" {
		t.Errorf("card %+v", card)
	}
	if r := mock.Refused(); len(r) != 2 || !strings.Contains(r[0], "MM/YY, e.g. 08/29") {
		t.Errorf("refusals: %q", r)
	}
}
