package cfdi

import (
	"strings"

	"github.com/mxpay/mxpay/internal/money"
)

// PaymentRequest is what a Facti payment request takes from an invoice, as
// plain values (the command layer builds the facti.NewRequest; this
// package does not import the client). E-mail addresses are not in a CFDI:
// the caller supplies them.
type PaymentRequest struct {
	Serie, Folio string
	// IssuerRFC is the Emisor's RFC: the caller checks it is the company
	// the request is sent for (Facti's from_rfc).
	IssuerRFC    string
	ReceiverRFC  string // to_rfc
	ReceiverName string // to_client_name
	Total        money.Amount
	Concepts     []RequestConcept
	// UUID is the invoice's folio fiscal, for messages and the ledger.
	UUID string
}

// RequestConcept is one Facti concepto: quantity, unit, description, unit
// price (pu) and total. Total is the concept's Importe (quantity × unit
// price, before its discount and taxes), so the concepts need not add up
// to the request's Total, which includes taxes.
type RequestConcept struct {
	Quantity    string
	Unit        string
	Description string
	UnitPrice   money.Amount
	Total       money.Amount
}

// PaymentRequest validates the invoice (Validate) and maps it to a payment
// request. Besides Validate's problems it refuses, in the same *Error, an
// invoice that is not income (TipoDeComprobante "I": a credit note, a
// payment receipt or payroll is not something to collect), one without a
// Folio, and one not in pesos (Facti's amounts are pesos; converting at
// TipoCambio is a business decision left to a person).
func (inv *Invoice) PaymentRequest() (PaymentRequest, error) {
	var p problems
	if err := inv.Validate(); err != nil {
		p = append(p, err.(*Error).Problems...)
	}
	if inv.TipoDeComprobante != "I" && inv.TipoDeComprobante != "" {
		p.add("TipoDeComprobante is %q (%s); only income invoices (I) become payment requests",
			inv.TipoDeComprobante, typeName(inv.TipoDeComprobante))
	}
	if strings.TrimSpace(inv.Folio) == "" {
		p.add("the invoice has no Folio, which a payment request needs")
	}
	if inv.Moneda != "" && inv.Moneda != "MXN" {
		p.add("the invoice is in %s; Facti payment requests are in pesos (MXN)", inv.Moneda)
	}
	if err := p.err(); err != nil {
		return PaymentRequest{}, err
	}
	req := PaymentRequest{Serie: inv.Serie, Folio: inv.Folio, IssuerRFC: inv.Emisor.Rfc,
		ReceiverRFC: inv.Receptor.Rfc, ReceiverName: inv.Receptor.Nombre, Total: inv.Total, UUID: inv.UUID}
	for _, c := range inv.Conceptos {
		unit := c.Unidad
		if unit == "" {
			unit = c.ClaveUnidad
		}
		req.Concepts = append(req.Concepts, RequestConcept{Quantity: c.Cantidad, Unit: unit,
			Description: c.Descripcion, UnitPrice: c.ValorUnitario, Total: c.Importe})
	}
	return req, nil
}

func typeName(t string) string {
	switch t {
	case "E":
		return "egreso: a credit note"
	case "P":
		return "pago: a payment receipt"
	case "T":
		return "traslado"
	case "N":
		return "nómina"
	}
	return "unknown type"
}
