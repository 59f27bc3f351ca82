package facti

import (
	"encoding/json"

	"github.com/mxpay/mxpay/internal/jsonrows"
	"github.com/mxpay/mxpay/internal/money"
)

// paymentFields decode a company_payments row in the same pass as the
// reply (ListPayments); the JSON tags on Payment name the same members for
// the other replies, decoded with encoding/json. Both use Flex's and
// money.Amount's leniency.
var paymentFields = jsonrows.Fields[Payment]{
	"id":                 func(p *Payment, v []byte) error { return p.ID.set(v) },
	"company_id":         func(p *Payment, v []byte) error { return p.CompanyID.set(v) },
	"empresas_id":        func(p *Payment, v []byte) error { return p.EmpresasID.set(v) },
	"request_datetime":   func(p *Payment, v []byte) error { return p.RequestDatetime.set(v) },
	"serie":              func(p *Payment, v []byte) error { return p.Serie.set(v) },
	"folio":              func(p *Payment, v []byte) error { return p.Folio.set(v) },
	"to_rfc":             func(p *Payment, v []byte) error { return p.ToRFC.set(v) },
	"to_email":           func(p *Payment, v []byte) error { return p.ToEmail.set(v) },
	"total_amount":       func(p *Payment, v []byte) error { return amount(&p.TotalAmount, v) },
	"amount_received":    amountReceived,
	"limit_payment_date": func(p *Payment, v []byte) error { return p.LimitPaymentDate.set(v) },
	"status":             func(p *Payment, v []byte) error { return p.Status.set(v) },
	"confirmed_from":     func(p *Payment, v []byte) error { return p.ConfirmedFrom.set(v) },
	"confirmed_date":     func(p *Payment, v []byte) error { return p.ConfirmedDate.set(v) },
	"group_parent":       func(p *Payment, v []byte) error { return p.GroupParent.set(v) },
	"group_child":        func(p *Payment, v []byte) error { return p.GroupChild.set(v) },
	"count_childs":       func(p *Payment, v []byte) error { return p.CountChilds.set(v) },
	"childs":             func(p *Payment, v []byte) error { return jsonrows.Raw(&p.Childs, v) },
}

// amount reads an amount as money.Amount's UnmarshalJSON does. Its error
// quotes the value, so a shape error stands in for it.
func amount(dst *money.Amount, v []byte) error {
	if err := dst.UnmarshalJSON(v); err != nil {
		return &jsonrows.ShapeError{Want: "an amount", Got: jsonrows.KindOf(v)}
	}
	return nil
}

func amountReceived(p *Payment, v []byte) error {
	if string(v) == "null" {
		p.AmountReceived = nil
		return nil
	}
	a := new(money.Amount)
	if err := amount(a, v); err != nil {
		return err
	}
	p.AmountReceived = a
	return nil
}

// paymentsInto reads a payments array into dst, each row keeping its bytes.
func paymentsInto(dst *[]Payment) memberReaders {
	return memberReaders{"payments": func(r *jsonrows.Reader) error {
		*dst = (*dst)[:0]
		return jsonrows.Rows(r, paymentFields, func(p *Payment, raw []byte) {
			p.Raw = json.RawMessage(raw)
			*dst = append(*dst, *p)
		})
	}}
}
