package facti_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"testing"

	emu "github.com/mxpay/mxpay/internal/emulator/facti"
	"github.com/mxpay/mxpay/internal/facti"
)

// ipnMembers are the members of the IPN's data, in the order the Facti
// document lists them (section 4, "Notificación de pagos").
var ipnMembers = []string{"id", "company_id", "company_razon_social", "company_alias", "request_datetime", "serie", "folio",
	"to_email", "total_amount", "amount_received", "limit_payment_date", "confirmed_from", "confirmed_date",
	"payment_way_id", "payment_way_alias"}

// TestEmulatorIPNCarriesEveryDocumentedMember: the emulator's own IPN has
// every member of the document, the listing's values for the members
// company_payments shares with it, and a confirmed_from of the documented
// set, for a payment marked paid and one created paid.
func TestEmulatorIPNCarriesEveryDocumentedMember(t *testing.T) {
	c, base := newEmulator(t)
	ctx := context.Background()
	got := make(chan string, 2)
	ipn := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		got <- r.PostForm.Get("data")
	}))
	defer ipn.Close()
	if _, err := http.PostForm(base+"/emulator/companies/1/ipn", url.Values{"client_id": {emu.DemoClientID}, "api_key": {emu.DemoAPIKey}, "url": {ipn.URL}}); err != nil {
		t.Fatal(err)
	}
	r := request("0042", "111.11")
	r.Serie = "A"
	if _, err := c.CreatePayment(ctx, r); err != nil {
		t.Fatal(err)
	}
	if _, err := c.MarkPaid(ctx, "1"); err != nil {
		t.Fatal(err)
	}
	data := <-got
	var members map[string]json.RawMessage
	dec := json.NewDecoder(bytes.NewReader([]byte(data)))
	dec.UseNumber()
	if err := dec.Decode(&members); err != nil {
		t.Fatalf("data %q: %v", data, err)
	}
	var keys []string
	for k := range members {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	want := slices.Sorted(slices.Values(ipnMembers))
	if !slices.Equal(keys, want) {
		t.Errorf("IPN data members %v, want %v", keys, want)
	}
	listed, err := c.ListPayments(ctx, facti.ListFilter{CompanyID: emu.DemoCompanyID})
	if err != nil || len(listed) != 1 {
		t.Fatal(err, listed)
	}
	var row map[string]json.RawMessage
	json.Unmarshal(listed[0].Raw, &row)
	for _, k := range ipnMembers {
		if v, shared := row[k]; shared && string(v) != string(members[k]) {
			t.Errorf("%s: IPN %s, company_payments %s", k, members[k], v)
		}
	}
	for _, k := range []string{"company_razon_social", "company_alias", "payment_way_alias"} {
		if string(members[k]) == `""` {
			t.Errorf("%s is empty", k)
		}
	}
	if from := string(members["confirmed_from"]); from != `"stp"` {
		t.Errorf("confirmed_from %s: the payment way the request records is STP", from)
	}

	// A request created paid reports a documented way too.
	paid := request("43", "10")
	paid.Paid = true
	paid.PaymentWayIDs = []string{"2"}
	if _, err := c.CreatePayment(ctx, paid); err != nil {
		t.Fatal(err)
	}
	p, err := c.GetPayment(ctx, "2")
	if err != nil || p.ConfirmedFrom != "bank" {
		t.Errorf("created paid through the bank way: confirmed_from %q (%v)", p.ConfirmedFrom, err)
	}
}
