package facti

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
)

// A page of company_payments is read once, and each payment keeps its
// bytes as Facti sent them (what -o json prints), ids and statuses read
// leniently.
func TestPaymentsKeepTheirBytes(t *testing.T) {
	rows := []string{
		`{"id":"7","company_id":5,"serie":"A\"B","folio":3,"total_amount":1234.50,"amount_received":null,"status":"1","no_cliente":11,"extra":{"x":["}"]}}`,
		`{ "id" : 9, "total_amount" : "55.20", "status" : 0, "confirmed_date": null, "big": 123456789012345678901234567890 }`,
	}
	f := &fakeFacti{answer: func(w http.ResponseWriter, r *http.Request, _ url.Values) bool {
		io.WriteString(w, `{"result":1,"msg":"","payments":[`+strings.Join(rows, ",\n")+`]}`)
		return true
	}}
	page, err := f.client(t).ListPayments(context.Background(), ListFilter{CompanyID: "5"})
	if err != nil || len(page) != 2 {
		t.Fatalf("%d payments, %v", len(page), err)
	}
	for i, p := range page {
		if string(p.Raw) != rows[i] {
			t.Errorf("payment %d raw = %s\nwant %s", i, p.Raw, rows[i])
		}
	}
	if page[0].ID != "7" || !page[0].Paid() || page[0].Serie != `A"B` || page[0].Folio != "3" || page[0].TotalAmount.String() != "1234.50" || page[0].AmountReceived != nil {
		t.Errorf("payment 0 = %+v", page[0])
	}
	if page[1].ID != "9" || page[1].Paid() || page[1].TotalAmount.String() != "55.20" {
		t.Errorf("payment 1 = %+v", page[1])
	}
}

// A member of the wrong type makes the reply unreadable, without quoting
// it; Facti's refusal is still its refusal.
func TestPaymentOfTheWrongShape(t *testing.T) {
	for body, want := range map[string]string{
		`{"result":1,"payments":[{"id":{"secret":"s-1"}}]}`:       "documented types",
		`{"result":1,"payments":[{"id":1,"total_amount":"x1"}]}`:  "documented types",
		`{"result":1,"payments":{"id":1}}`:                        "documented types",
		`{"result":0,"msg":"sin permiso","payments":[{"id":{}}]}`: "sin permiso",
	} {
		f := &fakeFacti{answer: func(w http.ResponseWriter, r *http.Request, _ url.Values) bool { io.WriteString(w, body); return true }}
		_, err := f.client(t).ListPayments(context.Background(), ListFilter{CompanyID: "5"})
		if err == nil || !strings.Contains(err.Error(), want) || strings.Contains(err.Error(), "s-1") {
			t.Errorf("%s: %v", body, err)
		}
	}
}

// A server that ignores since_id sends its first page forever: the pager
// yields it once and stops with an error, having asked twice.
func TestPaymentsStopWhenTheServerIgnoresSinceID(t *testing.T) {
	f := &fakeFacti{ignoreSinceID: true}
	for i := 1; i <= 250; i++ {
		f.add(i, "", strconv.Itoa(i), "10.00", "a@b.mx")
	}
	var n int
	var err error
	for _, e := range f.client(t).Payments(context.Background(), ListFilter{CompanyID: "1"}) {
		if e != nil {
			err = e
			break
		}
		n++
	}
	var re *ReplyError
	if n != 200 || !errors.As(err, &re) || !strings.Contains(err.Error(), "ignores since_id") {
		t.Fatalf("%d payments, %v", n, err)
	}
	if c := f.count("/v1/payments/company_payments"); c != 2 {
		t.Errorf("%d requests", c)
	}
}

// Every payment of several pages, in order, each once; since_id moves past
// the highest id of each page.
func TestPaymentsReadEveryPage(t *testing.T) {
	f := &fakeFacti{}
	for i := 1; i <= 450; i++ {
		f.add(i*2, "", strconv.Itoa(i), "10.00", "a@b.mx") // ids with gaps
	}
	var ids []string
	for p, err := range f.client(t).Payments(context.Background(), ListFilter{CompanyID: "1"}) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, string(p.ID))
	}
	if len(ids) != 450 || ids[0] != "2" || ids[449] != "900" {
		t.Fatalf("%d payments: %v…", len(ids), ids[:min(3, len(ids))])
	}
	if got := strings.Join(f.sinceIDs, ","); got != ",401,801" {
		t.Errorf("since_ids %q", got)
	}
}

func TestSinceCursorFromReplies(t *testing.T) {
	c, err := NewSinceCursor("", "", 2)
	if err != nil {
		t.Fatal(err)
	}
	more, err := c.NextFromReply([]byte(`{"result":1,"payments":[{"id":"4"},{"id":5}]}`))
	if !more || err != nil || c.SinceID() != "6" {
		t.Fatalf("%v %v since %s", more, err, c.SinceID())
	}
	// The same page again: nothing from 6 on.
	if more, err := c.NextFromReply([]byte(`{"result":1,"payments":[{"id":"4"},{"id":5}]}`)); more || err == nil {
		t.Errorf("a repeated full page: %v %v", more, err)
	}
	if more, err := c.NextFromReply([]byte(`{"result":1,"payments":[{"id":"x"}]}`)); more || err == nil {
		t.Errorf("an id that is not a number: %v %v", more, err)
	}
	if more, err := c.NextFromReply([]byte(`{"result":0,"msg":"no"}`)); more || err == nil {
		t.Errorf("a refusal: %v %v", more, err)
	}
}
