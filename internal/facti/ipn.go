package facti

import (
	"bytes"
	"crypto/md5"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"mime"
	"net/url"
	"strings"
	"time"

	"github.com/mxpay/mxpay/internal/jsonobj"
)

// IPNPasswordHash is what Facti sends as ipn_password: the md5 of the
// company's IPN password in lowercase hex (assumed; api-notes.md).
func IPNPasswordHash(password string) string {
	sum := md5.Sum([]byte(password))
	return hex.EncodeToString(sum[:])
}

// VerifyIPNPassword compares a received ipn_password with the md5 of
// password in constant time, ignoring hex case.
func VerifyIPNPassword(received, password string) bool {
	want := IPNPasswordHash(password)
	got := strings.ToLower(strings.TrimSpace(received))
	return subtle.ConstantTimeCompare([]byte(got), []byte(want)) == 1
}

// IPN is one payment notification as Facti posts it.
type IPN struct {
	Password string          // ipn_password: md5 hex of the company's password
	Type     string          // ipn_type: 1 for a newly conciliated payment
	Data     json.RawMessage // data: the payment, a JSON object
	// PaymentID is data.id, the key notifications are deduplicated by.
	PaymentID string
}

// ParseIPN reads an IPN body: a form (ipn_password, ipn_type, data as a
// JSON string), or a JSON object with the same keys where data may be an
// object or a string holding one. The encoding is not documented, so both
// are accepted (api-notes.md).
func ParseIPN(contentType string, body []byte) (*IPN, error) {
	var n IPN
	var data string
	if mt, _, _ := mime.ParseMediaType(contentType); mt == "application/json" || (mt == "" && len(bytes.TrimSpace(body)) > 0 && bytes.TrimSpace(body)[0] == '{') {
		var in struct {
			Password Flex            `json:"ipn_password"`
			Type     Flex            `json:"ipn_type"`
			Data     json.RawMessage `json:"data"`
		}
		if err := json.Unmarshal(body, &in); err != nil {
			return nil, fmt.Errorf("the body is not a JSON object: %v", err)
		}
		n.Password, n.Type = string(in.Password), string(in.Type)
		if err := json.Unmarshal(in.Data, &data); err != nil {
			data = string(in.Data) // an object, not a string holding one
		}
	} else {
		form, err := url.ParseQuery(string(body))
		if err != nil {
			return nil, fmt.Errorf("the body is not a form: %v", err)
		}
		n.Password, n.Type, data = form.Get("ipn_password"), form.Get("ipn_type"), form.Get("data")
	}
	if n.Password == "" {
		return nil, errors.New("no ipn_password")
	}
	var payment struct {
		ID Flex `json:"id"`
	}
	if err := json.Unmarshal([]byte(data), &payment); err != nil {
		return nil, fmt.Errorf("data is not a JSON object: %v", err)
	}
	if payment.ID == "" {
		return nil, errors.New("data has no payment id")
	}
	n.Data, n.PaymentID = json.RawMessage(data), string(payment.ID)
	return &n, nil
}

// IPNMembers are the members of an IPN's data, in the order the document
// lists them.
func IPNMembers() []string {
	return []string{"id", "company_id", "company_razon_social", "company_alias", "request_datetime", "serie", "folio",
		"to_email", "total_amount", "amount_received", "limit_payment_date", "confirmed_from", "confirmed_date",
		"payment_way_id", "payment_way_alias"}
}

// IPNSource is what an IPN is built from when mxpay sends one itself.
type IPNSource struct {
	// Listed is the payment as company_payments lists it: the IPN names
	// the company company_id as the listing does (the detail views'
	// empresas_id may be another value), and shares the listing's values.
	Listed *Payment
	// Way is the payment way it was paid through (PickWay), if known.
	Way *PaymentWay
	// Now is when a payment still pending is said to have been paid.
	Now time.Time
}

// IPNData builds the data Facti posts for a conciliated payment: every
// member the document lists, in its order, with the listing's values
// (types as Facti sent them). A payment still pending is described as
// paid at Now, in full (amount_received = total_amount), through Way.
// Unknown names the members no documented reply carries for this payment
// (company_razon_social and company_alias always; the payment way's when
// Way is nil): they are sent as "", for the caller to warn about or fill.
func IPNData(src IPNSource) (data *jsonobj.Object, unknown []string) {
	var listed map[string]json.RawMessage
	_ = json.Unmarshal(src.Listed.Raw, &listed)
	has := func(k string) bool {
		v, ok := listed[k]
		return ok && string(v) != "null" && string(v) != `""`
	}
	var way map[string]json.RawMessage
	if src.Way != nil {
		_ = json.Unmarshal(src.Way.Raw, &way)
	}
	data = &jsonobj.Object{}
	for _, k := range IPNMembers() {
		switch {
		case k == "company_razon_social" || k == "company_alias":
			data.Set(k, "")
			unknown = append(unknown, k)
		case k == "amount_received" && !has(k) && has("total_amount"):
			data.SetRaw(k, listed["total_amount"])
		case k == "confirmed_from" && !has(k):
			via := "bank"
			if src.Way != nil && src.Way.Type != "" {
				via = string(src.Way.Type)
			}
			data.Set(k, via)
		case k == "confirmed_date" && !has(k):
			data.Set(k, src.Now.Format(time.DateTime))
		case k == "payment_way_id" && way["id"] != nil:
			data.SetRaw(k, way["id"])
		case k == "payment_way_alias" && src.Way != nil && src.Way.Alias != "":
			data.SetRaw(k, way["alias"])
		case k == "payment_way_id" || k == "payment_way_alias" || !has(k):
			data.Set(k, "")
			unknown = append(unknown, k)
		default:
			data.SetRaw(k, listed[k])
		}
	}
	return data, unknown
}

// PickWay is the payment way a payment confirmed from confirmedFrom (stp,
// bank, paypal; "" for a pending one) was most likely paid through: the
// first of the company's ways of that type, else its first way.
func PickWay(ways []PaymentWay, confirmedFrom string) *PaymentWay {
	for i := range ways {
		if confirmedFrom != "" && strings.EqualFold(string(ways[i].Type), confirmedFrom) {
			return &ways[i]
		}
	}
	if len(ways) > 0 && confirmedFrom == "" {
		return &ways[0]
	}
	return nil
}

// IPNBody encodes a signed IPN for password: a form, or a JSON object.
func IPNBody(password string, data json.RawMessage, asJSON bool) (contentType string, body []byte) {
	hash := IPNPasswordHash(password)
	if asJSON {
		b, _ := json.Marshal(map[string]any{"ipn_password": hash, "ipn_type": "1", "data": string(data)})
		return "application/json", b
	}
	f := &Form{}
	f.Add("ipn_password", hash)
	f.Add("ipn_type", "1")
	f.Add("data", string(data))
	return "application/x-www-form-urlencoded", []byte(f.Encode())
}
