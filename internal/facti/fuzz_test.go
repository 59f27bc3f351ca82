package facti

import (
	"encoding/json"
	"errors"
	"testing"
)

// FuzzParseIPN: whatever is POSTed to the listener, ParseIPN returns an
// IPN with a password and a payment id, or an error; it never panics.
func FuzzParseIPN(f *testing.F) {
	f.Add("application/x-www-form-urlencoded", []byte(`ipn_password=0123&ipn_type=1&data=%7B%22id%22%3A5%7D`))
	f.Add("application/json", []byte(`{"ipn_password":"x","ipn_type":1,"data":{"id":"5","folio":3}}`))
	f.Add("", []byte(`{"ipn_password":"x","data":"{\"id\":5}"}`))
	f.Add("text/plain; charset=%", []byte("data=%ZZ"))
	f.Fuzz(func(t *testing.T, contentType string, body []byte) {
		n, err := ParseIPN(contentType, body)
		if err != nil {
			return
		}
		if n.Password == "" || n.PaymentID == "" || !json.Valid(n.Data) {
			t.Fatalf("accepted an IPN without its parts: %+v", n)
		}
	})
}

// FuzzReply: a reply of any status and body is Facti's object, Facti's
// refusal, or unreadable; what is accepted decodes into every reply type
// or fails as a ReplyError, without panicking.
func FuzzReply(f *testing.F) {
	f.Add(200, []byte(createdReply))
	f.Add(200, []byte(`{"result":1,"details":{"id":"5","status":1,"total_amount":"10.5","childs":[{"folio":1}]}}`))
	f.Add(200, []byte(`{"result":"1","payments":[{"id":9,"amount_received":null,"total_amount":1e400}]}`))
	f.Add(200, []byte(`{"status":0,"msg":{"a":1}}`))
	f.Add(401, []byte(`<html>`))
	f.Add(404, []byte(`{"result":0,"msg":"no"}`))
	f.Add(200, []byte(`{"result":1,"request_id":[1],"references":{}}`))
	f.Fuzz(func(t *testing.T, status int, body []byte) {
		raw, err := decodeReply("fuzz", status, body)
		if err != nil {
			var fe *Error
			var re *ReplyError
			if !errors.As(err, &fe) && !errors.As(err, &re) {
				t.Fatalf("unexpected error type %T", err)
			}
			return
		}
		var obj map[string]json.RawMessage
		if json.Unmarshal(raw, &obj) != nil {
			t.Fatalf("accepted a reply that is not an object: %q", raw)
		}
		var created Created
		var accounts Accounts
		var list struct {
			Payments    []Payment    `json:"payments"`
			PaymentWays []PaymentWay `json:"payment_ways"`
		}
		for _, v := range []any{&created, &accounts, &list} {
			if err := decode("fuzz", raw, v); err != nil {
				var re *ReplyError
				if !errors.As(err, &re) {
					t.Fatalf("decode error %T", err)
				}
			}
		}
		for _, key := range []string{"details", "payment_details"} {
			if p, err := details("fuzz", raw, key); err == nil && p == nil {
				t.Fatal("details returned neither a payment nor an error")
			}
		}
		for _, p := range list.Payments {
			seenOf(&p)
		}
	})
}
