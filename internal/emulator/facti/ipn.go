package facti

import (
	"crypto/md5"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/mxpay/mxpay/internal/money"
	"go.etcd.io/bbolt"
)

// ipnTimeout bounds an IPN delivery so a dead listener cannot hold the
// emulated request for long.
const ipnTimeout = 5 * time.Second

// postIPN sends one IPN as a form POST, the encoding api-notes.md assumes.
func postIPN(target string, form map[string]string) error {
	vals := url.Values{}
	for k, v := range form {
		vals.Set(k, v)
	}
	resp, err := (&http.Client{Timeout: ipnTimeout}).PostForm(target, vals)
	if err != nil {
		var uerr *url.Error
		if errors.As(err, &uerr) {
			return uerr.Err // url.Error repeats the URL; the cause is enough
		}
		return err
	}
	io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<16))
	resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("the IPN endpoint answered %d", resp.StatusCode)
	}
	return nil
}

// ipnData is the IPN's data object: every member the document lists, in
// its order, with the values and types company_payments shows for the
// same payment (ids and amounts as numbers, the folio as the listing
// writes it, limit_payment_date as a date-time), so that a receiver can
// match an IPN against the listing member by member.
type ipnData struct {
	ID                 uint64          `json:"id"`
	CompanyID          uint64          `json:"company_id"`
	CompanyRazonSocial string          `json:"company_razon_social"`
	CompanyAlias       string          `json:"company_alias"`
	RequestDatetime    string          `json:"request_datetime"`
	Serie              string          `json:"serie"`
	Folio              json.RawMessage `json:"folio"`
	ToEmail            string          `json:"to_email"`
	TotalAmount        money.Amount    `json:"total_amount"`
	AmountReceived     *money.Amount   `json:"amount_received"`
	LimitPaymentDate   string          `json:"limit_payment_date"`
	ConfirmedFrom      *string         `json:"confirmed_from"`
	ConfirmedDate      *string         `json:"confirmed_date"`
	PaymentWayID       uint64          `json:"payment_way_id"`
	PaymentWayAlias    string          `json:"payment_way_alias"`
}

// ipnForm is the form Facti posts for a paid payment: ipn_password as the
// md5 (lowercase hex) of the company's password, ipn_type 1 and data JSON.
func ipnForm(c *company, p *payment) map[string]string {
	sum := md5.Sum([]byte(c.IPNPassword))
	l := p.listView()
	data, _ := json.Marshal(ipnData{
		ID: l.ID, CompanyID: l.CompanyID, CompanyRazonSocial: c.RazonSocial, CompanyAlias: c.Alias,
		RequestDatetime: l.RequestDatetime, Serie: l.Serie, Folio: l.Folio, ToEmail: l.ToEmail,
		TotalAmount: l.TotalAmount, AmountReceived: l.AmountReceived, LimitPaymentDate: l.LimitPaymentDate,
		ConfirmedFrom: l.ConfirmedFrom, ConfirmedDate: l.ConfirmedDate, PaymentWayID: p.PaymentWayID, PaymentWayAlias: p.PaymentWayAlias,
	})
	return map[string]string{"ipn_password": hex.EncodeToString(sum[:]), "ipn_type": "1", "data": string(data)}
}

// confirmedVia is confirmed_from for a payment conciliated by hand (marked
// paid through the API, or created paid). The document allows only bank,
// stp and paypal, so the emulator names the payment way the request
// records (the first of its references); "bank" when it has none, as a
// deposit checked by hand is the nearest documented value.
func (p *payment) confirmedVia() string {
	for _, r := range p.References {
		if r.PaymentWayID == strconv.FormatUint(p.PaymentWayID, 10) && isDocumentedWay(r.PaymentType) {
			return r.PaymentType
		}
	}
	return "bank"
}

func isDocumentedWay(t string) bool { return t == "bank" || t == "stp" || t == "paypal" }

// sendIPN delivers synchronously (the in-process emulator lives only as
// long as one command) and records the outcome on the payment.
func (s *server) sendIPN(c *company, p *payment) {
	result := "delivered " + time.Now().UTC().Format(time.RFC3339)
	if err := s.deliver(c.IPNURL, ipnForm(c, p)); err != nil {
		result = "failed: " + err.Error()
	}
	s.st.Update(func(tx *bbolt.Tx) error {
		q, err := getPayment(tx, strconv.FormatUint(p.ID, 10))
		if err != nil || q == nil {
			return err
		}
		q.IPNResult = result
		return putPayment(tx, q)
	})
}

// configureIPN is emulator-only (not in Facti's document): it sets where a
// company's IPNs go, and optionally their password. An empty url stops them.
func (s *server) configureIPN(w http.ResponseWriter, r *http.Request) {
	target := strings.TrimSpace(r.Form.Get("url"))
	if target != "" {
		if u, err := url.Parse(target); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			fail(w, "url debe ser una URL http(s)")
			return
		}
	}
	var c *company
	var msg string
	err := s.st.Update(func(tx *bbolt.Tx) error {
		if err := ensureSeed(tx); err != nil {
			return err
		}
		var found bool
		var err error
		if c, found, err = loadCompany(tx, r.PathValue("id")); err != nil || !found {
			msg = "No existe la empresa " + r.PathValue("id")
			return err
		}
		c.IPNURL = target
		if pw := r.Form.Get("ipn_password"); pw != "" {
			c.IPNPassword = pw
		}
		return saveCompany(tx, c)
	})
	switch {
	case err != nil:
		WriteError(w, http.StatusInternalServerError, "Error interno: "+err.Error())
	case msg != "":
		fail(w, msg)
	default:
		ok(w, map[string]any{"company_id": c.ID, "ipn_url": c.IPNURL})
	}
}
