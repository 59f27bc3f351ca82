package api_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
)

func emulatorHarness(t *testing.T) *cmdtest.Harness {
	h := cmdtest.New(t)
	h.Env["MXPAY_ENV"] = "emulator"
	return h
}

func TestAPISyncOnTheEmulator(t *testing.T) {
	h := emulatorHarness(t)
	for i := 0; i < 5; i++ {
		h.MustRun(0, "", "sync", "users", "create", "--name", "User "+strconv.Itoa(i), "--external-id", "ext-"+strconv.Itoa(i))
	}
	r := h.MustRun(0, "", "api", "sync", "GET", "/users", "-F", "limit=2", "--paginate", "--jq", ".response[].id_external")
	if got := strings.Fields(r.Stdout); len(got) != 5 || got[0] != "ext-0" || got[4] != "ext-4" {
		t.Errorf("paginated users = %v", got)
	}
	user := strings.TrimSpace(h.MustRun(0, "", "api", "sync", "GET", "/users", "-f", "id_external=ext-3", "--jq", ".response[0].id_user").Stdout)
	if user == "" {
		t.Fatal("no user id")
	}
	// A user-scoped resource with a session token.
	r = h.MustRun(0, "", "api", "sync", "GET", "/credentials", "--user", user, "--jq", ".status")
	if strings.TrimSpace(r.Stdout) != "true" {
		t.Errorf("credentials with --user: %q", r.Stdout)
	}
	// Without --user (or an id_user field) Sync refuses user resources.
	h.MustRun(1, "", "api", "sync", "GET", "/credentials")
	h.Env["MXPAY_SYNC_API_KEY"] = "not-the-demo-key"
	r = h.MustRun(3, "", "api", "sync", "GET", "/users")
	if strings.Contains(r.Stderr+r.Stdout, "not-the-demo-key") {
		t.Error("the rejected key was printed")
	}
}

func TestAPIPagoFacilOnTheEmulator(t *testing.T) {
	h := emulatorHarness(t)
	card := "number=4111111111111111\ncvv=123\nexp_month=12\nexp_year=40\n"
	h.MustRun(0, card, "pagofacil", "charge", "--yes", "--card-file", "-", "--amount", "150.00",
		"--order-id", "API-1-approve", "--name", "Jon", "--last-name", "Snow", "--email", "jon@example.com",
		"--phone", "5575187500", "--mobile", "5530996234", "--street", "Valle del Don 45", "--colonia", "Del Valle",
		"--municipio", "Tecamac", "--state", "Sonora", "--country", "México", "--zip", "48219")
	r := h.MustRun(0, "", "api", "pagofacil", "POST", "/Wsrtransaccion/index/format/json",
		"-f", "method=verificar", "-f", "data[idPedido]=API-1-approve", "--jq", ".WebServices_Transacciones.verificar.autorizado")
	if strings.TrimSpace(r.Stdout) != "1" {
		t.Errorf("verificar through api: %q", r.Stdout)
	}
	if strings.Contains(r.Stdout, "4111111111111111") {
		t.Error("card number in the reply")
	}
	h.Env["MXPAY_PAGOFACIL_SUCURSAL"] = "wrong-sucursal"
	h.Env["MXPAY_PAGOFACIL_USUARIO"] = "wrong-usuario"
	h.MustRun(3, "", "api", "pagofacil", "POST", "/Wsrtransaccion/index/format/json", "-f", "method=verificar", "-f", "data[idPedido]=API-1-approve")
}

func TestAPIFactiOnTheEmulator(t *testing.T) {
	h := emulatorHarness(t)
	for i := 1; i <= 5; i++ {
		h.MustRun(0, "", "facti", "payments", "new", "--folio", strconv.Itoa(100+i), "--to-name", "Cliente SA",
			"--to-email", "pagos@cliente.mx", "--amount", "100.10", "--no-email")
	}
	company := strings.TrimSpace(h.MustRun(0, "", "api", "facti", "POST", "/v1/payments/company_payments", "-F", "limit=1", "-F", "company_id=1", "--jq", ".payments[0].company_id").Stdout)
	if company == "" {
		t.Fatal("no company id in the reply")
	}
	r := h.MustRun(0, "", "api", "facti", "POST", "/v1/payments/company_payments", "-F", "company_id="+company, "-F", "limit=2", "--paginate", "--jq", ".payments[].folio")
	if got := strings.Fields(r.Stdout); len(got) != 5 {
		t.Errorf("paginated folios = %v, want 5", got)
	}
	h.Env["MXPAY_FACTI_CLIENT_ID"] = "wrong-client"
	h.Env["MXPAY_FACTI_API_KEY"] = "wrong-key-value"
	r = h.MustRun(3, "", "api", "facti", "POST", "/v1/payments/company_payment_ways", "-f", "rfc=EMU190101AB1")
	if strings.Contains(r.Stderr+r.Stdout, "wrong-key-value") {
		t.Error("the rejected key was printed")
	}
}
