package facti

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"go.etcd.io/bbolt"
)

// Emulator-only, not part of Facti's document: a customer paying a
// request, for `mxpay emulator pay facti ID --via stp|bank`:
//
//	POST /emulator/payments/{id}/pay  (client_id, api_key, via=stp|bank)
//
// By STP the emulator does what Facti does with an STP transfer: it
// conciliates the request itself (paid, confirmed_from stp, the STP way)
// and delivers the IPN. By bank it changes nothing: a deposit at the bank
// is not seen by Facti, so it answers the deposit slip (the request's bank
// reference, its bank, agreement and amount) for the caller to put in the
// bank account, where `mxpay reconcile` finds it.

// Slip is what the pay call answers.
type Slip struct {
	PaymentID   uint64 `json:"payment_id"`
	Via         string `json:"via"`
	Amount      string `json:"amount"`
	Reference   string `json:"reference"`
	BankName    string `json:"bank_name,omitempty"`
	Agreement   string `json:"bank_agreement_number,omitempty"`
	ConfirmedAt string `json:"confirmed_date,omitempty"`
	IPN         string `json:"ipn,omitempty"`
}

func (s *server) payAdmin(w http.ResponseWriter, r *http.Request) {
	via := r.Form.Get("via")
	if via != "stp" && via != "bank" {
		fail(w, "via debe ser stp o bank")
		return
	}
	var slip Slip
	var p *payment
	var c *company
	var msg string
	err := s.st.Update(func(tx *bbolt.Tx) error {
		var err error
		if p, err = getPayment(tx, r.PathValue("id")); err != nil || p == nil {
			msg = "No existe el pago " + r.PathValue("id")
			return err
		}
		if p.Status == 1 {
			msg = "El pago " + r.PathValue("id") + " ya está pagado"
			return nil
		}
		ref, found := referenceOf(p, via)
		if !found {
			msg = "El pago " + r.PathValue("id") + " no tiene forma de pago " + via
			return nil
		}
		slip = Slip{PaymentID: p.ID, Via: via, Amount: p.TotalAmount.String(), Reference: ref.Reference, BankName: ref.BankName, Agreement: ref.BankAgreementNumber}
		if via == "bank" {
			return nil
		}
		p.PaymentWayID, _ = strconv.ParseUint(ref.PaymentWayID, 10, 64)
		p.PaymentWayAlias = ref.PaymentWayAlias
		c, err = conciliate(tx, p, "stp")
		slip.ConfirmedAt = p.ConfirmedDate
		return err
	})
	switch {
	case err != nil:
		WriteError(w, http.StatusInternalServerError, "Error interno: "+err.Error())
	case msg != "":
		fail(w, msg)
	default:
		if c != nil && c.IPNURL != "" {
			s.sendIPN(c, p)
			slip.IPN = c.IPNURL
		}
		ok(w, slip)
	}
}

// referenceOf is the request's reference of a payment type.
func referenceOf(p *payment, kind string) (reference, bool) {
	for _, ref := range p.References {
		if ref.PaymentType == kind {
			return ref, true
		}
	}
	return reference{}, false
}

// Pay calls the admin path through hc (the in-process transport, or
// `mxpay emulator serve`); base is the Facti base URL without /v1.
func Pay(ctx context.Context, hc *http.Client, base, clientID, apiKey, id, via string) (*Slip, error) {
	form := url.Values{"client_id": {clientID}, "api_key": {apiKey}, "via": {via}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, strings.TrimRight(base, "/")+"/emulator/payments/"+url.PathEscape(id)+"/pay", strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := hc.Do(req)
	if err != nil {
		var urlErr *url.Error
		if errors.As(err, &urlErr) {
			return nil, urlErr.Err
		}
		return nil, err
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	var reply struct {
		failure
		Slip
	}
	if json.Unmarshal(body, &reply) != nil {
		return nil, fmt.Errorf("the emulator answered %d to the payment, not its JSON (is this the emulator?)", resp.StatusCode)
	}
	if reply.Result != 1 {
		return nil, fmt.Errorf("the emulator refused: %s", reply.Msg)
	}
	return &reply.Slip, nil
}
