package facti

import (
	"strings"

	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/money"
)

// NewRequest is every parameter of POST /v1/payments/new_request.
type NewRequest struct {
	Serie        string
	Folio        string
	FromRFC      string
	ToRFC        string
	ToClientName string
	ToEmails     []string // sent joined with ";"
	TotalAmount  money.Amount
	// Paid creates the request already paid (status=1), for the record.
	Paid             bool
	PaymentDate      string // YYYY-MM-DD, only with Paid
	LimitPaymentDate string // YYYY-MM-DD
	NoEmail          bool   // send_email_to_client=0
	PaymentWayIDs    []string
	Group            []GroupItem
	Conceptos        []Concepto
	GenerateInvoice  bool
	InvoiceReceiver  *InvoiceReceiver
}

// GroupItem is one invoice of a grouped payment request.
type GroupItem struct {
	Serie  string       `json:"serie"`
	Folio  string       `json:"folio"`
	Amount money.Amount `json:"amount"`
}

// Concepto is one line of the request.
type Concepto struct {
	Quantity    string        `json:"quantity"`
	Unit        string        `json:"unit"`
	Description string        `json:"description"`
	PU          money.Amount  `json:"pu"`
	Total       *money.Amount `json:"total,omitempty"`
	Details     string        `json:"details,omitempty"`
}

// InvoiceReceiver is the customer's fiscal data for generate_invoice.
type InvoiceReceiver struct {
	RFC                 string `json:"rfc"`
	Nombre              string `json:"nombre,omitempty"`
	DomicilioCalle      string `json:"domicilio_calle,omitempty"`
	DomicilioNoExt      string `json:"domicilio_no_ext,omitempty"`
	DomicilioNoInt      string `json:"domicilio_no_int,omitempty"`
	DomicilioColonia    string `json:"domicilio_colonia,omitempty"`
	DomicilioLocalidad  string `json:"domicilio_localidad,omitempty"`
	DomicilioReferencia string `json:"domicilio_referencia,omitempty"`
	DomicilioMunicipio  string `json:"domicilio_municipio,omitempty"`
	DomicilioEstado     string `json:"domicilio_estado,omitempty"`
	DomicilioPais       string `json:"domicilio_pais,omitempty"`
	DomicilioCP         string `json:"domicilio_cp,omitempty"`
}

// fields lists the receiver's form fields in the document's order.
func (r *InvoiceReceiver) fields() [][2]string {
	return [][2]string{
		{"rfc", r.RFC}, {"nombre", r.Nombre}, {"domicilio_calle", r.DomicilioCalle},
		{"domicilio_no_ext", r.DomicilioNoExt}, {"domicilio_no_int", r.DomicilioNoInt},
		{"domicilio_colonia", r.DomicilioColonia}, {"domicilio_localidad", r.DomicilioLocalidad},
		{"domicilio_referencia", r.DomicilioReferencia}, {"domicilio_municipio", r.DomicilioMunicipio},
		{"domicilio_estado", r.DomicilioEstado}, {"domicilio_pais", r.DomicilioPais}, {"domicilio_cp", r.DomicilioCP},
	}
}

// Normalize upper-cases RFCs, trims text and applies Facti's documented
// round-up to total_amount (242.831 → 242.84). It returns the amount
// before rounding when rounding changed it, so the caller can tell the user.
func (r *NewRequest) Normalize() (before *money.Amount) {
	r.FromRFC = strings.ToUpper(strings.TrimSpace(r.FromRFC))
	r.ToRFC = strings.ToUpper(strings.TrimSpace(r.ToRFC))
	r.Folio, r.Serie = strings.TrimSpace(r.Folio), strings.TrimSpace(r.Serie)
	r.ToClientName = strings.TrimSpace(r.ToClientName)
	var emails []string
	for _, e := range r.ToEmails {
		for part := range strings.SplitSeq(e, ";") {
			if part = strings.TrimSpace(part); part != "" {
				emails = append(emails, part)
			}
		}
	}
	r.ToEmails = emails
	if r.InvoiceReceiver != nil {
		r.InvoiceReceiver.RFC = strings.ToUpper(strings.TrimSpace(r.InvoiceReceiver.RFC))
	}
	if rounded, changed := r.TotalAmount.RoundUpCents(); changed {
		orig := r.TotalAmount
		r.TotalAmount = rounded
		return &orig
	}
	return nil
}

// Validate reports every problem at once; call Normalize first.
func (r *NewRequest) Validate() error {
	var p problems
	if len(r.Group) == 0 && r.Folio == "" {
		p.add("folio is required")
	}
	if r.FromRFC == "" {
		p.add("from_rfc (the RFC that issues the request) is required")
	} else if err := CheckRFC("from_rfc", r.FromRFC); err != nil {
		p.add("%v", err)
	}
	if r.ToRFC != "" {
		if err := CheckRFC("to_rfc", r.ToRFC); err != nil {
			p.add("%v", err)
		}
	}
	if r.ToClientName == "" {
		p.add("to_client_name (the customer's name) is required")
	}
	if len(r.ToEmails) == 0 {
		p.add("to_email is required")
	}
	for _, e := range r.ToEmails {
		if err := CheckEmail(e); err != nil {
			p.add("to_email: %v", err)
		}
	}
	if !r.TotalAmount.IsPositive() {
		p.add("total_amount must be greater than 0")
	}
	if r.PaymentDate != "" {
		if !r.Paid {
			p.add("payment_date only applies to a request created as paid")
		}
		if err := CheckDate("payment_date", r.PaymentDate); err != nil {
			p.add("%v", err)
		}
	}
	if r.LimitPaymentDate != "" {
		if err := CheckDate("limit_payment_date", r.LimitPaymentDate); err != nil {
			p.add("%v", err)
		}
	}
	for _, id := range r.PaymentWayIDs {
		if err := CheckID("payment way", id); err != nil {
			p.add("%v", err)
		}
	}
	r.validateGroup(&p)
	for i, c := range r.Conceptos {
		validateConcepto(&p, i, c)
	}
	if r.GenerateInvoice && r.InvoiceReceiver == nil {
		p.add("generating an invoice needs the receiver's fiscal data (at least its RFC)")
	}
	if ir := r.InvoiceReceiver; ir != nil {
		if ir.RFC == "" {
			p.add("invoice_receiver[rfc] is required")
		} else if err := CheckRFC("invoice_receiver[rfc]", ir.RFC); err != nil {
			p.add("%v", err)
		}
		if ir.DomicilioCP != "" && (len(ir.DomicilioCP) != 5 || strings.Trim(ir.DomicilioCP, "0123456789") != "") {
			p.add("invoice_receiver[domicilio_cp] %q is not a 5-digit postal code", ir.DomicilioCP)
		}
	}
	return p.err()
}

func (r *NewRequest) validateGroup(p *problems) {
	if len(r.Group) == 0 {
		return
	}
	var amounts []money.Amount
	for i, g := range r.Group {
		if strings.TrimSpace(g.Folio) == "" {
			p.add("grouped invoice %d has no folio", i+1)
		}
		if err := checkCents(i18n.Errorf("grouped invoice %s amount", g.Folio), g.Amount); err != nil {
			p.add("%v", err)
		}
		amounts = append(amounts, g.Amount)
	}
	if sum := money.Sum(amounts...); !sum.Equal(r.TotalAmount) {
		p.add("the grouped amounts add up to %s but total_amount is %s: they must match exactly", sum.String(), r.TotalAmount.String())
	}
}

func validateConcepto(p *problems, i int, c Concepto) {
	n := i + 1
	if q, err := money.Parse(c.Quantity); c.Quantity == "" || err != nil || !q.IsPositive() {
		p.add("concept %d: quantity %q must be a number greater than 0", n, c.Quantity)
	}
	if strings.TrimSpace(c.Unit) == "" {
		p.add("concept %d: unit is required", n)
	}
	if strings.TrimSpace(c.Description) == "" {
		p.add("concept %d: description is required", n)
	}
	if !c.PU.IsPositive() {
		p.add("concept %d: pu (unit price) must be greater than 0", n)
	}
	if c.Total != nil && !c.Total.IsPositive() {
		p.add("concept %d: total must be greater than 0", n)
	}
}

// Form returns the request body without credentials, in the document's
// order. Grouped requests send folio=1 and the folios/series/total_amounts
// arrays, as the document requires.
func (r *NewRequest) Form() *Form {
	f := &Form{}
	if r.Serie != "" && len(r.Group) == 0 {
		f.Add("serie", r.Serie)
	}
	if len(r.Group) > 0 {
		f.Add("folio", "1")
	} else {
		f.Add("folio", r.Folio)
	}
	f.Add("from_rfc", r.FromRFC)
	if r.ToRFC != "" {
		f.Add("to_rfc", r.ToRFC)
	}
	f.Add("to_client_name", r.ToClientName)
	if r.Paid {
		f.Add("status", "1")
		if r.PaymentDate != "" {
			f.Add("payment_date", r.PaymentDate)
		}
	}
	f.Add("to_email", strings.Join(r.ToEmails, ";"))
	f.Add("total_amount", r.TotalAmount.String())
	if r.LimitPaymentDate != "" {
		f.Add("limit_payment_date", r.LimitPaymentDate)
	}
	if r.NoEmail {
		f.Add("send_email_to_client", "0")
	}
	f.AddList("payment_ways_ids", r.PaymentWayIDs)
	if len(r.Group) > 0 {
		folios, series, amounts := make([]string, len(r.Group)), make([]string, len(r.Group)), make([]string, len(r.Group))
		for i, g := range r.Group {
			folios[i], series[i], amounts[i] = g.Folio, g.Serie, g.Amount.String()
		}
		f.AddList("folios", folios)
		f.AddList("series", series)
		f.AddList("total_amounts", amounts)
	}
	for i, c := range r.Conceptos {
		k := "conceptos[" + itoa(i) + "]"
		f.Add(k+"[quantity]", c.Quantity)
		f.Add(k+"[unit]", c.Unit)
		f.Add(k+"[description]", c.Description)
		f.Add(k+"[pu]", c.PU.String())
		if c.Total != nil {
			f.Add(k+"[total]", c.Total.String())
		}
		if c.Details != "" {
			f.Add(k+"[details]", c.Details)
		}
	}
	if r.GenerateInvoice {
		f.Add("generate_invoice", "1")
	}
	if r.InvoiceReceiver != nil {
		for _, kv := range r.InvoiceReceiver.fields() {
			if kv[1] != "" {
				f.Add("invoice_receiver["+kv[0]+"]", kv[1])
			}
		}
	}
	return f
}
