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
		{"param long", func(r *ChargeRequest) { r.Params[2] = strings.Repeat("x", 61) }, "param3"},
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
