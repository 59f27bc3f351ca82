package facti_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
	"github.com/mxpay/mxpay/internal/facti"
)

// captured is what a test webhook received.
type captured struct {
	mu    sync.Mutex
	forms []url.Values
}

func (c *captured) server(t *testing.T) string {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		c.mu.Lock()
		c.forms = append(c.forms, r.PostForm)
		c.mu.Unlock()
		io.WriteString(w, `{"ok":true}`)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

func (c *captured) last(t *testing.T) (keys []string, members map[string]json.RawMessage) {
	t.Helper()
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.forms) == 0 {
		t.Fatal("the webhook got nothing")
	}
	data := c.forms[len(c.forms)-1].Get("data")
	dec := json.NewDecoder(strings.NewReader(data))
	if _, err := dec.Token(); err != nil {
		t.Fatalf("data %q", data)
	}
	members = map[string]json.RawMessage{}
	for dec.More() {
		k, _ := dec.Token()
		var v json.RawMessage
		dec.Decode(&v)
		keys = append(keys, k.(string))
		members[k.(string)] = v
	}
	return keys, members
}

// A Facti whose listing and detail views name the company differently, as
// the document's own examples do (company_id 5 in company_payments,
// empresas_id 452 in GET /v1/payments/{id}).
func documentedFacti(t *testing.T) (string, *int) {
	details := new(int)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		switch r.URL.Path {
		case "/v1/payments/company_payments":
			if r.Form.Get("company_id") != "5" || r.Form.Get("since_id") != "9" || r.Form.Get("max_id") != "9" {
				io.WriteString(w, `{"result":1,"msg":"","payments":[]}`)
				return
			}
			io.WriteString(w, `{"result":1,"msg":"","payments":[{"id":9,"company_id":5,"request_datetime":"2019-05-10 15:06:05","serie":"","folio":3,
				"to_rfc":"CGM011210S72","to_email":"alejandro@mail.com","total_amount":111.11,"amount_received":111.11,
				"limit_payment_date":"2019-06-10 00:00:00","status":1,"confirmed_from":"stp","confirmed_date":"2019-05-10 16:55:51","no_cliente":11,"no_factura":5}]}`)
		case "/v1/payments/company_payment_ways":
			io.WriteString(w, `{"result":1,"msg":"","payment_ways":[{"id":9,"type":"bank","alias":"Santander Prepago"},{"id":1,"type":"stp","alias":"STP Prepago"}]}`)
		case "/v1/payments/9":
			*details++
			io.WriteString(w, `{"result":1,"msg":"","details":{"id":9,"empresas_id":452,"organizaciones_id":232,"status":"1","total_amount":111.11}}`)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv.URL, details
}

func TestIPNSendHasEveryDocumentedMemberFromTheListing(t *testing.T) {
	base, details := documentedFacti(t)
	h := cmdtest.New(t)
	for k, v := range map[string]string{"MXPAY_ENV": "sandbox", "MXPAY_FACTI_BASE_URL": base, "MXPAY_FACTI_CLIENT_ID": "cid-123456",
		"MXPAY_FACTI_API_KEY": "key-123456", "MXPAY_FACTI_IPN_PASSWORD": "ipn-secret", "MXPAY_FACTI_COMPANY_ID": "5", "MXPAY_FACTI_FROM_RFC": "ACM010101ABC"} {
		h.Env[k] = v
	}
	var hook captured
	to := hook.server(t)
	r := h.MustRun(0, "", "facti", "ipn", "send", "--to", to, "--payment", "9")
	keys, m := hook.last(t)
	if !slices.Equal(keys, facti.IPNMembers()) {
		t.Errorf("members %v\nwant    %v", keys, facti.IPNMembers())
	}
	want := map[string]string{"id": "9", "company_id": "5", "request_datetime": `"2019-05-10 15:06:05"`, "serie": `""`, "folio": "3",
		"to_email": `"alejandro@mail.com"`, "total_amount": "111.11", "amount_received": "111.11", "limit_payment_date": `"2019-06-10 00:00:00"`,
		"confirmed_from": `"stp"`, "confirmed_date": `"2019-05-10 16:55:51"`, "payment_way_id": "1", "payment_way_alias": `"STP Prepago"`,
		"company_razon_social": `""`, "company_alias": `""`}
	for k, v := range want {
		if string(m[k]) != v {
			t.Errorf("%s = %s, want %s", k, m[k], v)
		}
	}
	if *details != 0 {
		t.Errorf("the detail view (empresas_id) was read %d time(s)", *details)
	}
	contains(t, "stderr", r.Stderr, "company_razon_social, company_alias")

	// Any member can be changed, added or left out.
	h.MustRun(0, "", "facti", "ipn", "send", "--to", to, "--payment", "9", "--set", "amount_received=50.00", "--set", "payment_way_id=99",
		"--set", "company_razon_social=ACME SA de CV", "--set", "company_alias=ACME", "--set", "note=partial", "--unset", "confirmed_date")
	keys, m = hook.last(t)
	if string(m["amount_received"]) != "50.00" || string(m["payment_way_id"]) != "99" || string(m["company_razon_social"]) != `"ACME SA de CV"` ||
		string(m["note"]) != `"partial"` || m["confirmed_date"] != nil || keys[len(keys)-1] != "note" {
		t.Errorf("overridden: %v %s", keys, m)
	}
	h.MustRun(2, "", "facti", "ipn", "send", "--to", to, "--payment", "9", "--set", "no-equals-sign")
	r = h.MustRun(2, "", "facti", "ipn", "send", "--to", to, "--payment", "10")
	contains(t, "unknown payment", r.Stderr, "payment 10 is not among company 5's payments")
}

// Under the emulator, a pending payment is described as paid now through
// the company's first way, and the values match the listing.
func TestIPNSendForAPendingEmulatorPayment(t *testing.T) {
	h := emulator(t)
	h.MustRun(0, "", "facti", "payments", "new", "--folio", "7", "--to-name", "X", "--to-email", "a@b.mx", "--amount", "100")
	var hook captured
	r := h.MustRun(0, "", "facti", "ipn", "send", "--to", hook.server(t), "--payment", "1")
	contains(t, "stderr", r.Stderr, "pending at Facti")
	keys, m := hook.last(t)
	if !slices.Equal(keys, facti.IPNMembers()) || string(m["amount_received"]) != string(m["total_amount"]) ||
		string(m["confirmed_from"]) != `"stp"` || string(m["payment_way_id"]) != "1" || len(m["confirmed_date"]) != len(`"2006-01-02 15:04:05"`) {
		t.Errorf("pending payment's IPN: %s", m)
	}
}
