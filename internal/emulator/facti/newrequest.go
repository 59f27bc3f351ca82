package facti

import (
	"fmt"
	"net/http"
	"net/mail"

	"strconv"
	"strings"
	"time"

	"github.com/mxpay/mxpay/internal/money"
	"github.com/mxpay/mxpay/internal/rfc"
	"go.etcd.io/bbolt"
)

// now is the emulator's clock, in Mexico City time like Facti's server.
func now() time.Time {
	loc, err := time.LoadLocation("America/Mexico_City")
	if err != nil {
		loc = time.FixedZone("CST", -6*3600)
	}
	return time.Now().In(loc)
}

func validDate(s string) bool { _, err := time.Parse("2006-01-02", s); return err == nil }

// parsedRequest is a new_request after validation.
type parsedRequest struct {
	p       payment
	wayIDs  []string
	company *company
}

// parseNewRequest checks a new_request as Facti documents it and returns
// the first problem in Facti's style (Spanish, one message).
func parseNewRequest(tx *bbolt.Tx, r *http.Request) (*parsedRequest, string) {
	f := r.Form.Get
	for _, k := range []string{"folio", "from_rfc", "to_client_name", "to_email", "total_amount"} {
		if strings.TrimSpace(f(k)) == "" {
			return nil, "El parámetro " + k + " es requerido"
		}
	}
	fromRFC := strings.ToUpper(f("from_rfc"))
	c, err := companyByRFC(tx, fromRFC)
	if err != nil {
		return nil, "Error interno: " + err.Error()
	}
	if c == nil {
		return nil, "No existe una empresa con el RFC " + fromRFC + " en esta cuenta"
	}
	if to := f("to_rfc"); to != "" && !rfc.Valid(strings.ToUpper(to)) {
		return nil, "El RFC destinatario " + to + " no es válido"
	}
	for e := range strings.SplitSeq(f("to_email"), ";") {
		if a, err := mail.ParseAddress(strings.TrimSpace(e)); err != nil || a.Address != strings.TrimSpace(e) {
			return nil, "El correo electrónico " + e + " no es válido"
		}
	}
	total, err := money.ParseWire(f("total_amount"))
	if err != nil || !total.IsPositive() {
		return nil, "El parámetro total_amount no es un importe válido"
	}
	total, _ = total.RoundUpCents() // documented: 242.831 -> 242.84
	status := 0
	switch f("status") {
	case "", "0":
	case "1":
		status = 1
	default:
		return nil, "El parámetro status debe ser 0 o 1"
	}
	for _, k := range []string{"payment_date", "limit_payment_date"} {
		if v := f(k); v != "" && !validDate(v) {
			return nil, "El parámetro " + k + " debe tener el formato YYYY-MM-DD"
		}
	}
	t := now()
	limit := f("limit_payment_date")
	if limit == "" {
		limit = t.AddDate(0, 1, 0).Format("2006-01-02")
	}
	p := payment{
		CompanyID: c.ID, OrgID: c.OrgID, RequestDatetime: t.Format("2006-01-02 15:04:05"),
		Serie: f("serie"), Folio: f("folio"), ToRFC: strings.ToUpper(f("to_rfc")), ToClientName: f("to_client_name"),
		ToEmail: f("to_email"), TotalAmount: total, LimitPaymentDate: limit, Status: status,
		SendEmail: f("send_email_to_client") != "0", GenerateInvoice: f("generate_invoice") == "1",
		Conceptos: nested(r, "conceptos"),
	}
	if p.ToRFC == "" {
		p.ToRFC = "XAXX010101000"
	}
	if status == 1 {
		date := f("payment_date")
		if date == "" {
			date = t.Format("2006-01-02")
		}
		received := total
		p.AmountReceived, p.ConfirmedDate = &received, date+" 00:00:00"
	}
	if msg := parseGroup(r, &p); msg != "" {
		return nil, msg
	}
	for i, c := range p.Conceptos {
		for _, k := range []string{"quantity", "unit", "description", "pu"} {
			if strings.TrimSpace(c[k]) == "" {
				return nil, fmt.Sprintf("El concepto %d no tiene %s", i, k)
			}
		}
	}
	if ir := object(r, "invoice_receiver"); len(ir) > 0 {
		if !rfc.Valid(strings.ToUpper(ir["rfc"])) {
			return nil, "invoice_receiver[rfc] es requerido y debe ser un RFC válido"
		}
		p.InvoiceReceiver = ir
	} else if p.GenerateInvoice {
		return nil, "Para generar la factura se requiere invoice_receiver"
	}
	return &parsedRequest{p: p, wayIDs: list(r, "payment_ways_ids"), company: c}, ""
}

// parseGroup reads folios/series/total_amounts; their amounts must add up
// to total_amount exactly and folio must be the fixed 1.
func parseGroup(r *http.Request, p *payment) string {
	folios := list(r, "folios")
	if len(folios) == 0 {
		return ""
	}
	if r.Form.Get("folio") != "1" {
		return "Al agrupar facturas (folios) el parámetro folio debe ser 1"
	}
	series, amounts := list(r, "series"), list(r, "total_amounts")
	if len(amounts) != len(folios) || (len(series) != 0 && len(series) != len(folios)) {
		return "folios, series y total_amounts deben tener la misma cantidad de elementos"
	}
	var sum money.Amount
	for i, fo := range folios {
		a, err := money.ParseWire(amounts[i])
		if err != nil || !a.IsPositive() {
			return "total_amounts[" + strconv.Itoa(i) + "] no es un importe válido"
		}
		c := child{Folio: fo, TotalAmount: a}
		if len(series) > 0 {
			c.Serie = series[i]
		}
		p.Childs = append(p.Childs, c)
		sum = sum.Add(a)
	}
	if !sum.Equal(p.TotalAmount) {
		return fmt.Sprintf("La suma de total_amounts (%s) no coincide con total_amount (%s)", sum, p.TotalAmount)
	}
	return ""
}

type createdReply struct {
	RequestID        uint64           `json:"request_id"`
	TotalAmount      money.Amount     `json:"total_amount"`
	LimitPaymentDate string           `json:"limit_payment_date"`
	SendTo           string           `json:"send_to"`
	References       []reference      `json:"references"`
	ReferencesErrors []referenceError `json:"References_errors"`
}

type referenceError struct {
	Type  string `json:"type"`
	Error string `json:"error"`
}

func (s *server) newRequest(w http.ResponseWriter, r *http.Request) {
	var reply createdReply
	var msg string
	// Concurrent requests (bulk runs) share one commit and fsync.
	err := s.batch.update(func(tx *bbolt.Tx) error {
		msg = ""
		if err := ensureSeed(tx); err != nil {
			return err
		}
		pr, m := parseNewRequest(tx, r)
		if m != "" {
			msg = m
			return nil
		}
		id, err := nextPaymentID(tx)
		if err != nil {
			return err
		}
		pr.p.ID = id
		refs, refErrs, err := references(tx, pr.company, &pr.p, pr.wayIDs)
		if err != nil {
			return err
		}
		pr.p.References = refs
		if len(refs) > 0 {
			w, _ := strconv.ParseUint(refs[0].PaymentWayID, 10, 64)
			pr.p.PaymentWayID, pr.p.PaymentWayAlias = w, refs[0].PaymentWayAlias
		}
		if pr.p.Status == 1 {
			pr.p.ConfirmedFrom = pr.p.confirmedVia()
		}
		if err := numberCustomerAndInvoice(tx, pr.company, &pr.p); err != nil {
			return err
		}
		if err := putPayment(tx, &pr.p); err != nil {
			return err
		}
		if refErrs == nil {
			refErrs = []referenceError{}
		}
		reply = createdReply{RequestID: id, TotalAmount: pr.p.TotalAmount, LimitPaymentDate: pr.p.LimitPaymentDate,
			SendTo: pr.company.RFC + "@facti.mx", References: refs, ReferencesErrors: refErrs}
		return nil
	})
	switch {
	case err != nil:
		WriteError(w, http.StatusInternalServerError, "Error interno: "+err.Error())
	case msg != "":
		fail(w, msg)
	default:
		ok(w, reply)
	}
}

func nextPaymentID(tx *bbolt.Tx) (uint64, error) {
	b, err := tx.CreateBucketIfNotExists([]byte(bucketPayments))
	if err != nil {
		return 0, err
	}
	return b.NextSequence()
}
