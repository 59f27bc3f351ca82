package pagofacil_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mxpay/mxpay/internal/prompt/prompttest"
)

func TestChargeApproved(t *testing.T) {
	h := newHarness(t)
	r := h.MustRun(0, visaCard(), chargeArgs("1599.00", "--order-id", "ord-1-approve")...)
	for _, want := range []string{"approved", "ord-1-approve", "Visa ****1111", "1,599.00", "autorizacion\t", "S-PFE"} {
		if !strings.Contains(r.Stdout, want) {
			t.Errorf("stdout lacks %q:\n%s", want, r.Stdout)
		}
	}
	if !strings.Contains(r.Stderr, "Order id: ord-1-approve") {
		t.Errorf("stderr: %s", r.Stderr)
	}
	if cs := charges(t, h); len(cs) != 1 || !cs[0].Approved || cs[0].Amount != "1599.00" {
		t.Errorf("charges %+v", cs)
	}
	// Months without interest; "6" is sent as the two digits the wire wants.
	h.MustRun(0, amexCard(), chargeArgs("6000", "--plan", "msi", "--months", "6", "--order-id", "msi-1", "--param1", "cart-77", "--no-mail", "--ip", "10.0.0.1")...)
	cs := charges(t, h)
	if d := cs[len(cs)-1].Data; d["plan"] != "MSI" || d["mensualidades"] != "06" || d["param1"] != "cart-77" || d["noMail"] != "1" || d["ip"] != "10.0.0.1" {
		t.Errorf("sent %v", d)
	}
}

func TestChargeGeneratesOrderIDBeforeSending(t *testing.T) {
	h := newHarness(t)
	r := h.MustRun(0, amexCard(), chargeArgs("250.5", "-o", "json")...)
	id := orderIDOf(t, r.Stderr)
	if len(id) != 36 || strings.Count(id, "-") != 4 {
		t.Errorf("order id %q is not a UUID", id)
	}
	if !strings.Contains(r.Stdout, `"autorizado":"1"`) || !strings.Contains(r.Stdout, id) {
		t.Errorf("json: %s", r.Stdout)
	}
	v := h.MustRun(0, "", "pagofacil", "verify", id, "-o", "json", "--jq", ".dataVal.monto")
	if strings.Trim(strings.TrimSpace(v.Stdout), `"`) != "250.50" {
		t.Errorf("verify monto %s", v.Stdout)
	}
}

func TestChargeDeclinedExit5(t *testing.T) {
	h := newHarness(t)
	r := h.MustRun(5, visaCard(), chargeArgs("100", "--order-id", "ord-2-decline")...)
	if !strings.Contains(r.Stderr, "declined: Transacción inválida") || !strings.Contains(r.Stdout, "declined") {
		t.Errorf("stdout %s\nstderr %s", r.Stdout, r.Stderr)
	}
}

func TestCustomerFileYAMLAndJSON(t *testing.T) {
	h := newHarness(t)
	yamlFile := filepath.Join(h.Dir, "jon.yaml")
	os.WriteFile(yamlFile, []byte("name: Jon\nlast_name: Snow\nemail: jon@example.com\nphone: 5575187500\nmobile: 5530996234\n"+
		"street: Valle del Don 45\ncolonia: Del Valle\nmunicipio: Tecamac\nstate: Sonora\ncountry: México\nzip: 01234\n"), 0o600)
	h.MustRun(0, visaCard(), "pagofacil", "charge", "--yes", "--card-file", "-", "--amount", "10", "--customer-file", yamlFile, "--order-id", "y-approve")
	jsonFile := filepath.Join(h.Dir, "jon.json")
	os.WriteFile(jsonFile, []byte(`{"name":"Jon","last_name":"Snow","email":"jon@example.com","phone":"5575187500","mobile":"5530996234",`+
		`"street":"Valle del Don","colonia":"Del Valle","municipio":"Tecamac","state":"Sonora","country":"México","zip":"48219"}`), 0o600)
	// A flag overrides the file.
	h.MustRun(0, visaCard(), "pagofacil", "charge", "--yes", "--card-file", "-", "--amount", "10", "--customer-file", jsonFile, "--name", "Arya", "--order-id", "j-approve")
	cs := charges(t, h)
	if len(cs) != 2 || cs[0].Data["cp"] != "01234" || cs[1].Data["nombre"] != "Arya" {
		t.Errorf("charges %+v", cs)
	}
	os.WriteFile(jsonFile, []byte(`{"nmae":"Jon"}`), 0o600)
	h.MustRun(2, visaCard(), "pagofacil", "charge", "--yes", "--card-file", "-", "--amount", "10", "--customer-file", jsonFile)
}

func TestLocalValidationSendsNothing(t *testing.T) {
	h := newHarness(t)
	cases := []struct {
		name  string
		card  string
		extra []string
		want  string
	}{
		{"luhn", strings.Replace(visaCard(), visa, "4111111111111112", 1), nil, "numeroTarjeta"},
		{"expired", strings.Replace(visaCard(), "exp_year=2030", "exp_year=2020", 1), nil, "expired"},
		{"amex cvv", strings.Replace(amexCard(), amexCVV, "739", 1), nil, "cvt"},
		{"long name", visaCard(), []string{"--name", strings.Repeat("x", 51)}, "nombre (--name / name): at most 50"},
		{"msi without months", visaCard(), []string{"--plan", "MSI"}, "mensualidades"},
		{"nor with months", visaCard(), []string{"--months", "06"}, "mensualidades"},
		{"bad months", visaCard(), []string{"--plan", "MSI", "--months", "24"}, "mensualidades"},
		{"phone", visaCard(), []string{"--phone", "55 7518"}, "telefono"},
		{"bad order id", visaCard(), []string{"--order-id", "has space"}, "idPedido"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			args := chargeArgs("100", c.extra...)
			if !strings.Contains(strings.Join(c.extra, " "), "--order-id") {
				args = append(args, "--order-id", "local-"+strings.ReplaceAll(c.name, " ", "-"))
			}
			r := h.MustRun(2, c.card, args...)
			if !strings.Contains(r.Stderr, c.want) {
				t.Errorf("stderr lacks %q:\n%s", c.want, r.Stderr)
			}
			if strings.Contains(r.Stderr, "Order id:") {
				t.Errorf("got as far as the order id:\n%s", r.Stderr)
			}
		})
	}
	for _, amount := range []string{"0", "10.001", "-5", "1,000"} {
		h.MustRun(2, visaCard(), chargeArgs(amount, "--order-id", "local-amount")...)
	}
	// Nothing was sent: verificar knows none of these orders.
	h.MustRun(1, "", "pagofacil", "verify", "local-luhn")
	h.MustRun(1, "", "pagofacil", "verify", "local-amount")
	if cs := charges(t, h); len(cs) != 0 {
		t.Errorf("charged: %+v", cs)
	}
}

func TestProviderValidationExit1(t *testing.T) {
	h := newHarness(t)
	// 0.50 is valid locally; the account's minimum (1.00) is the provider's rule.
	r := h.MustRun(1, visaCard(), chargeArgs("0.50", "--order-id", "min-approve")...)
	if !strings.Contains(r.Stderr, "monto: El monto mínimo") || !strings.Contains(r.Stderr, "Error en las Validaciones") {
		t.Errorf("stderr:\n%s", r.Stderr)
	}
}

func TestBadCredentialsExit3(t *testing.T) {
	h := newHarness(t)
	h.Env["MXPAY_PAGOFACIL_SUCURSAL"] = "wrong-sucursal"
	h.Env["MXPAY_PAGOFACIL_USUARIO"] = "wrong-usuario"
	r := h.MustRun(3, visaCard(), chargeArgs("100")...)
	if !strings.Contains(r.Stderr, "mxpay auth login pagofacil") || strings.Contains(r.Stderr, "wrong-sucursal") {
		t.Errorf("stderr:\n%s", r.Stderr)
	}
	h.MustRun(3, "", "pagofacil", "verify", "any-order")
	delete(h.Env, "MXPAY_PAGOFACIL_SUCURSAL")
	delete(h.Env, "MXPAY_PAGOFACIL_USUARIO")
	h.MustRun(3, "sucursal=wrong\nusuario=wrong\n", "auth", "login", "pagofacil", "--with-token")
	h.MustRun(0, "sucursal=demo-pagofacil-sucursal\nusuario=demo-pagofacil-usuario\n", "auth", "login", "pagofacil", "--with-token")
}

func TestUnreachableExit4(t *testing.T) {
	h := cmdtest4(t)
	r := h.MustRun(4, visaCard(), chargeArgs("100")...)
	if !strings.Contains(r.Stderr, "nothing was charged") || strings.Contains(r.Stderr, "PRODUCTION") {
		t.Errorf("stderr:\n%s", r.Stderr)
	}
	// Production is said plainly, even without a terminal.
	h.Env["MXPAY_ENV"] = "production"
	r = h.MustRun(4, visaCard(), chargeArgs("100")...)
	if !strings.Contains(r.Stderr, "PRODUCTION: this charges a real card") || !strings.Contains(r.Stderr, "Environment: production") {
		t.Errorf("stderr:\n%s", r.Stderr)
	}
}

func TestMissingYesWithoutTTY(t *testing.T) {
	h := newHarness(t)
	args := chargeArgs("100", "--order-id", "noyes-approve")[3:] // without --yes
	r := h.MustRun(2, visaCard(), append([]string{"pagofacil", "charge"}, args...)...)
	if !strings.Contains(r.Stderr, "--yes") {
		t.Errorf("stderr:\n%s", r.Stderr)
	}
	// Without a terminal the card must come from --card-file.
	args = append([]string{"pagofacil", "charge", "--yes"}, args[2:]...)
	r = h.MustRun(2, visaCard(), args...)
	if !strings.Contains(r.Stderr, "--card-file") {
		t.Errorf("stderr:\n%s", r.Stderr)
	}
	if cs := charges(t, h); len(cs) != 0 {
		t.Errorf("charged: %+v", cs)
	}
}

func TestCardFile(t *testing.T) {
	h := newHarness(t)
	path := filepath.Join(h.Dir, "card.json")
	os.WriteFile(path, []byte(amexCard()), 0o600)
	args := append([]string{"pagofacil", "charge", "--yes", "--card-file", path, "--amount", "10"}, customerFlags...)
	r := h.MustRun(0, "", args...)
	if !strings.Contains(r.Stdout, "American Express ****0005") {
		t.Errorf("stdout:\n%s", r.Stdout)
	}
	for _, bad := range []string{"number=1\nfoo=2\n", "{not json", "", `{"number": ["x"]}`} {
		r := h.MustRun(2, bad, append([]string{"pagofacil", "charge", "--yes", "--card-file", "-", "--amount", "10"}, customerFlags...)...)
		if !strings.Contains(r.Stderr, "--card-file") {
			t.Errorf("%q: stderr:\n%s", bad, r.Stderr)
		}
	}
}

func TestCardFromPromptOnTTY(t *testing.T) {
	h := newHarness(t)
	h.TTY = true
	h.Prompter = prompttest.NewMock(t)
	h.Prompter.ExpectPassword("Card number", "4111 1111 1111 1111")
	h.Prompter.ExpectPassword("CVV", visaCVV)
	h.Prompter.ExpectInput("Expiry (MM/YY)", "12/30")
	h.Prompter.ExpectConfirm("Charge MXN 1,599.00 to Visa ****1111?", true)
	args := append([]string{"--debug", "pagofacil", "charge", "--amount", "1599", "--order-id", "tty-approve"}, customerFlags...)
	r := h.MustRun(0, "", args...)
	for _, want := range []string{"Amount:      MXN 1,599.00", "Card:        Visa ****1111", "Environment: emulator"} {
		if !strings.Contains(r.Stderr, want) {
			t.Errorf("summary lacks %q:\n%s", want, r.Stderr)
		}
	}
	assertNoCardData(t, h, visa, visaCVV, r.Stdout, r.Stderr)

	// Declining the confirmation sends nothing.
	h.Prompter.ExpectPassword("Card number", visa)
	h.Prompter.ExpectPassword("CVV", visaCVV)
	h.Prompter.ExpectInput("Expiry", "12/30")
	h.Prompter.ExpectConfirm("Charge MXN", false)
	args = append([]string{"pagofacil", "charge", "--amount", "5", "--order-id", "tty2-approve"}, customerFlags...)
	h.MustRun(7, "", args...)
	if cs := charges(t, h); len(cs) != 1 {
		t.Errorf("charges %+v", cs)
	}
}

func TestDuplicateOrderRefused(t *testing.T) {
	h := newHarness(t)
	h.MustRun(0, visaCard(), chargeArgs("100", "--order-id", "dup-approve")...)
	r := h.MustRun(2, visaCard(), chargeArgs("100", "--order-id", "dup-approve")...)
	if !strings.Contains(r.Stderr, "already charged and approved") || !strings.Contains(r.Stderr, "--allow-duplicate-order") {
		t.Errorf("stderr:\n%s", r.Stderr)
	}
	h.MustRun(0, visaCard(), chargeArgs("100", "--order-id", "dup-approve", "--allow-duplicate-order")...)
	// A declined order id may be charged again (another attempt, same order).
	h.MustRun(5, visaCard(), chargeArgs("100", "--order-id", "dup-decline")...)
	h.MustRun(5, visaCard(), chargeArgs("100", "--order-id", "dup-decline")...)
	if cs := charges(t, h); len(cs) != 4 {
		t.Errorf("charges: %d, want 4", len(cs))
	}
}
