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

// IPNForm is the form Facti posts for a paid payment: ipn_password as the
// md5 (lowercase hex) of the company's password, ipn_type 1 and data JSON.
func ipnForm(c *company, p *payment) map[string]string {
	sum := md5.Sum([]byte(c.IPNPassword))
	data, _ := json.Marshal(ipnData{
		ID: p.ID, CompanyID: c.ID, CompanyRazonSocial: c.RazonSocial, CompanyAlias: c.Alias,
		RequestDatetime: p.RequestDatetime, Serie: p.Serie, Folio: p.Folio, ToEmail: p.ToEmail,
		TotalAmount: p.TotalAmount, AmountReceived: p.AmountReceived, LimitPaymentDate: p.LimitPaymentDate,
		ConfirmedFrom: p.ConfirmedFrom, ConfirmedDate: p.ConfirmedDate, PaymentWayID: p.PaymentWayID, PaymentWayAlias: p.PaymentWayAlias,
	})
	return map[string]string{"ipn_password": hex.EncodeToString(sum[:]), "ipn_type": "1", "data": string(data)}
}

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
