package pagofacil

import (
	"strings"
	"testing"

	"github.com/mxpay/mxpay/internal/money"
)

func TestValidateFields(t *testing.T) {
	tests := []struct {
		name   string
		change func(r *ChargeRequest)
		field  string
	}{
		{"zero amount", func(r *ChargeRequest) { r.Amount = money.Amount{} }, "monto"},
		{"three decimals", func(r *ChargeRequest) { r.Amount, _ = money.Parse("10.001") }, "monto"},
		{"too large", func(r *ChargeRequest) { r.Amount, _ = money.Parse("100000000") }, "monto"},
		{"long name", func(r *ChargeRequest) { r.Customer.Name = strings.Repeat("ñ", 51) }, "nombre"},
		{"missing colonia", func(r *ChargeRequest) { r.Customer.Colonia = " " }, "colonia"},
		{"phone letters", func(r *ChargeRequest) { r.Customer.Phone = "55-1234" }, "telefono"},
		{"mobile long", func(r *ChargeRequest) { r.Customer.Mobile = "12345678901" }, "celular"},
		{"bad email", func(r *ChargeRequest) { r.Customer.Email = "jon at example" }, "email"},
		{"zip long", func(r *ChargeRequest) { r.Customer.Zip = "1234567890" }, "cp"},
		{"msi no months", func(r *ChargeRequest) { r.Months = "" }, "mensualidades"},
		{"msi bad months", func(r *ChargeRequest) { r.Months = "24" }, "mensualidades"},
		{"nor with months", func(r *ChargeRequest) { r.Plan = "NOR" }, "mensualidades"},
		{"bad plan", func(r *ChargeRequest) { r.Plan = "XYZ" }, "plan"},
		{"bad service", func(r *ChargeRequest) { r.ServiceID = "2" }, "idServicio"},
		{"order id spaces", func(r *ChargeRequest) { r.OrderID = "a b" }, "idPedido"},
		{"missing street", func(r *ChargeRequest) { r.Customer.Street = "" }, "calleyNumero"},
		{"bad ip", func(r *ChargeRequest) { r.IP = "1.1.1" }, "ip"},
	}
	for _, tt := range tests {
		r := testRequest(t)
		if errs := r.ValidateFields(); len(errs) != 0 {
			t.Fatalf("base request invalid: %v", errs)
		}
		tt.change(r)
		errs := r.ValidateFields()
		if len(errs) != 1 || errs[0].Field != tt.field {
			t.Errorf("%s: %v, want one error on %s", tt.name, errs, tt.field)
		}
	}
}

// Over-long free text is sent cut to the documented length, with the
// truncations listed for a warning, not refused: PagoFácil's own plugins
// send such values and the service charges them.
func TestOverLongFreeTextIsTruncatedNotRefused(t *testing.T) {
	r := testRequest(t)
	cart := strings.Repeat("eyJpZF9wcm9kdWN0Ijo3fQ", 10) // 220 characters of base64, as PrestaShop's param2
	r.Params[1] = cart
	r.UserAgent = strings.Repeat("ñ", 180)
	r.Customer.Street = strings.Repeat("Av. Insurgentes Sur 2113 ", 3)
	if errs := r.ValidateFields(); len(errs) != 0 {
		t.Fatalf("refused: %v", errs)
	}
	want := []Truncation{{"calleyNumero", 75, 45}, {"param2", 220, 60}, {"httpUserAgent", 180, 150}}
	if got := r.Truncations(); len(got) != len(want) || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Errorf("truncations %+v, want %+v", got, want)
	}
	form := r.form("suc", "usr")
	if form.Get("data[param2]") != cart[:60] || form.Get("data[httpUserAgent]") != strings.Repeat("ñ", 150) ||
		form.Get("data[calleyNumero]") != r.Customer.Street[:45] {
		t.Errorf("sent %q, %q, %q", form.Get("data[param2]"), form.Get("data[httpUserAgent]"), form.Get("data[calleyNumero]"))
	}
	if r.Params[1] != cart {
		t.Error("the request itself was changed")
	}
	if got := testRequest(t).Truncations(); len(got) != 0 {
		t.Errorf("a request within the lengths: %+v", got)
	}
}
