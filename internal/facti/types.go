package facti

import (
	"encoding/json"

	"github.com/mxpay/mxpay/internal/money"
)

// Payment is one payment request as company_payments, GET /payments/{id},
// mark-paid and delete describe it. Raw is the object as Facti sent it.
type Payment struct {
	ID               Flex          `json:"id"`
	CompanyID        Flex          `json:"company_id"`
	EmpresasID       Flex          `json:"empresas_id"`
	RequestDatetime  Flex          `json:"request_datetime"`
	Serie            Flex          `json:"serie"`
	Folio            Flex          `json:"folio"`
	ToRFC            Flex          `json:"to_rfc"`
	ToEmail          Flex          `json:"to_email"`
	TotalAmount      money.Amount  `json:"total_amount"`
	AmountReceived   *money.Amount `json:"amount_received"`
	LimitPaymentDate Flex          `json:"limit_payment_date"`
	Status           Flex          `json:"status"`
	ConfirmedFrom    Flex          `json:"confirmed_from"`
	ConfirmedDate    Flex          `json:"confirmed_date"`
	GroupParent      Flex          `json:"group_parent"`
	GroupChild       Flex          `json:"group_child"`
	CountChilds      Flex          `json:"count_childs"`
	// Childs are the invoices of a grouped request (details only), kept
	// raw: the document shows only an empty array.
	Childs json.RawMessage `json:"childs"`

	Raw json.RawMessage `json:"-"`
}

// Company is company_id, or empresas_id where the reply uses that name.
func (p *Payment) Company() string {
	if p.CompanyID != "" {
		return string(p.CompanyID)
	}
	return string(p.EmpresasID)
}

// Paid reports status 1.
func (p *Payment) Paid() bool { return p.Status.Truthy() }

// StatusText is "paid" or "pending".
func (p *Payment) StatusText() string {
	if p.Paid() {
		return "paid"
	}
	return "pending"
}

// UnmarshalJSON decodes leniently and keeps the raw object.
func (p *Payment) UnmarshalJSON(b []byte) error {
	type plain Payment
	if err := json.Unmarshal(b, (*plain)(p)); err != nil {
		return err
	}
	p.Raw = append(json.RawMessage(nil), b...)
	return nil
}

// Reference is one way to pay a request (a CLABE, a bank reference).
type Reference struct {
	PaymentWayID        Flex `json:"payment_way_id"`
	PaymentWayAlias     Flex `json:"payment_way_alias"`
	PaymentType         Flex `json:"payment_type"`
	Reference           Flex `json:"reference"`
	StpCuentaClabe      Flex `json:"stp_cuenta_clabe"`
	BankName            Flex `json:"bank_name"`
	BankAgreementNumber Flex `json:"bank_agreement_number"`
}

// ReferenceError is one entry of References_errors.
type ReferenceError struct {
	Type  Flex `json:"type"`
	Error Flex `json:"error"`
}

// Created is the reply to new_request.
type Created struct {
	RequestID        Flex             `json:"request_id"`
	TotalAmount      money.Amount     `json:"total_amount"`
	LimitPaymentDate Flex             `json:"limit_payment_date"`
	LimitPayment     Flex             `json:"limit_payment"` // the name in the document's table
	SendTo           Flex             `json:"send_to"`
	References       []Reference      `json:"references"`
	ReferencesErrors []ReferenceError `json:"References_errors"`

	Raw json.RawMessage `json:"-"`
}

// DueDate is limit_payment_date, or limit_payment.
func (c *Created) DueDate() string {
	if c.LimitPaymentDate != "" {
		return string(c.LimitPaymentDate)
	}
	return string(c.LimitPayment)
}

// Account is one STP CLABE account of stp_client_clabe.
type Account struct {
	PaymentWayID    Flex `json:"payment_way_id"`
	PaymentWayAlias Flex `json:"payment_way_alias"`
	StpCuentaClabe  Flex `json:"stp_cuenta_clabe"`
}

// Accounts is the reply to stp_client_clabe. Errors are kept raw: their
// shape is not documented.
type Accounts struct {
	Accounts []Account         `json:"accounts"`
	Errors   []json.RawMessage `json:"errors"`
	Raw      json.RawMessage   `json:"-"`
}

// PaymentWay is one entry of company_payment_ways.
type PaymentWay struct {
	ID    Flex            `json:"id"`
	Type  Flex            `json:"type"`
	Alias Flex            `json:"alias"`
	Raw   json.RawMessage `json:"-"`
}

// UnmarshalJSON keeps the raw object.
func (w *PaymentWay) UnmarshalJSON(b []byte) error {
	type plain PaymentWay
	if err := json.Unmarshal(b, (*plain)(w)); err != nil {
		return err
	}
	w.Raw = append(json.RawMessage(nil), b...)
	return nil
}

// ErrorText renders one entry of an errors array: "type: error" for the
// documented object shape, the text itself for a string, else the JSON.
func ErrorText(raw json.RawMessage) string {
	var re ReferenceError
	if json.Unmarshal(raw, &re) == nil && re.Error != "" {
		if re.Type != "" {
			return string(re.Type) + ": " + string(re.Error)
		}
		return string(re.Error)
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return string(raw)
}
