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

// IPNData builds the data object of an IPN from a payment, as Facti
// documents it; fields the payment lacks are left out.
func IPNData(p *Payment) json.RawMessage {
	m := map[string]any{}
	var all map[string]json.RawMessage
	_ = json.Unmarshal(p.Raw, &all)
	for _, k := range []string{"id", "company_id", "company_razon_social", "company_alias", "request_datetime", "serie", "folio", "to_email", "total_amount", "amount_received", "limit_payment_date", "confirmed_from", "confirmed_date", "payment_way_id", "payment_way_alias"} {
		if v, ok := all[k]; ok {
			m[k] = v
		}
	}
	if _, ok := m["company_id"]; !ok && p.Company() != "" {
		m["company_id"] = p.Company()
	}
	b, _ := json.Marshal(m)
	return b
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
