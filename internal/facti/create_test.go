package facti

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/errs"
	"github.com/mxpay/mxpay/internal/settle"
)

const newRequestPath = "/v1/payments/new_request"

// appliesThen answers new_request with reply after "applying" it: the
// payment shows up in the listing as id.
func appliesThen(f *fakeFacti, id int, reply func(w http.ResponseWriter, r *http.Request)) func(http.ResponseWriter, *http.Request, url.Values) bool {
	return func(w http.ResponseWriter, r *http.Request, form url.Values) bool {
		if r.URL.Path != newRequestPath {
			return false
		}
		if id > 0 {
			f.add(id, form.Get("serie"), form.Get("folio"), form.Get("total_amount"), form.Get("to_email"))
		}
		reply(w, r)
		return true
	}
}

func status(code int, body string) func(http.ResponseWriter, *http.Request) {
	return func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(code)
		io.WriteString(w, body)
	}
}

// TestCreateOrFindLooksUpEveryAmbiguousReply: whatever comes back that is
// neither Facti's answer nor proof that nothing left, the request is
// looked up, never sent again, and reported found when it is there.
func TestCreateOrFindLooksUpEveryAmbiguousReply(t *testing.T) {
	capture := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		t.Errorf("the redirect was followed to %s", r.URL)
	}))
	defer capture.Close()
	redirect := func(code int) func(http.ResponseWriter, *http.Request) {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Location", capture.URL+"/v1/payments/new_request")
			w.WriteHeader(code)
			io.WriteString(w, `{"result":1,"msg":""}`)
		}
	}
	hijackClose := func(w http.ResponseWriter, _ *http.Request) {
		conn, _, _ := http.NewResponseController(w).Hijack()
		conn.(*net.TCPConn).SetLinger(0)
		conn.Close()
	}
	cases := map[string]func(http.ResponseWriter, *http.Request){
		"301": redirect(301), "302": redirect(302), "303": redirect(303), "307": redirect(307), "308": redirect(308),
		"408": status(408, "timeout"), "429": status(429, `{"result":0,"msg":"slow down"}`),
		"500": status(500, `{"result":0,"msg":"Error interno"}`), "502": status(502, "<html>bad gateway</html>"),
		"503": status(503, ""), "504": status(504, "<html>504 Gateway Time-out</html>"),
		"garbled 200":       status(200, `{"result":1,"msg":"","request_id":7,"refer`),
		"html 200":          status(200, "<html>Welcome to nginx</html>"),
		"json, no result":   status(200, `{"ok":true}`),
		"result 1, no id":   status(200, `{"result":1,"msg":""}`),
		"html 400 from WAF": status(400, "<html>blocked</html>"),
		"reset":             hijackClose,
		"timeout":           func(http.ResponseWriter, *http.Request) { time.Sleep(600 * time.Millisecond) },
	}
	for name, reply := range cases {
		t.Run(name, func(t *testing.T) {
			f := &fakeFacti{}
			f.add(3, "", "9", "50.00", "z@b.mx")
			f.answer = appliesThen(f, 7, reply)
			c := f.client(t)
			res, err := c.CreateOrFind(context.Background(), testRequest("A", "1001"), CreateOptions{CompanyID: "1"})
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if res.Outcome != settle.Found || res.RequestID != "7" || res.Cause == nil {
				t.Errorf("%s: %+v", name, res)
			}
			if n := f.count(newRequestPath); n != 1 {
				t.Errorf("%s: new_request sent %d times", name, n)
			}
			// The lookups read only what the survey had not seen.
			if f.sinceIDs[0] != "" || f.sinceIDs[1] != "4" {
				t.Errorf("%s: since_id of survey and lookup: %q", name, f.sinceIDs)
			}
		})
	}
}

// TestCreateOrFindUnknownWhenNotFound: an ambiguous reply whose request
// never shows up is unknown (exit 6), with where to look; never "created".
func TestCreateOrFindUnknownWhenNotFound(t *testing.T) {
	for _, code := range []int{302, 307, 308, 504} {
		f := &fakeFacti{}
		f.add(5, "A", "1001", "100.00", "a@b.mx") // the same request, sent earlier on purpose
		f.answer = appliesThen(f, 0, status(code, ""))
		c := f.client(t)
		res, err := c.CreateOrFind(context.Background(), testRequest("A", "1001"), CreateOptions{CompanyID: "1", AllowDuplicate: true})
		var unsettled *UnsettledError
		var unknown *settle.UnknownError
		if res != nil || !errors.As(err, &unsettled) || !errors.As(err, &unknown) || errs.KindOf(err) != errs.UnknownOutcome {
			t.Fatalf("%d: %+v %v", code, res, err)
		}
		if unsettled.SinceID != 6 || unsettled.CompanyID != "1" || unknown.Lookup.Attempts < 2 {
			t.Errorf("%d: %+v %+v", code, unsettled, unknown.Lookup)
		}
		if n := f.count(newRequestPath); n != 1 {
			t.Errorf("%d: new_request sent %d times", code, n)
		}
	}
}

// TestCreateOrFindFinalAnswers: Facti's own answers are final, with no
// lookup; a request that never left is "not sent".
func TestCreateOrFindFinalAnswers(t *testing.T) {
	cases := []struct {
		reply func(http.ResponseWriter, *http.Request)
		kind  errs.Kind
	}{
		{status(200, `{"result":0,"msg":"El folio es inválido"}`), errs.Rejected},
		{status(400, `{"result":0,"msg":"Parámetros incorrectos"}`), errs.Rejected},
		{status(401, "<html>Unauthorized</html>"), errs.Auth},
		{status(403, `{"result":0,"msg":"Prohibido"}`), errs.Auth},
		{status(200, `{"result":0,"msg":"Credenciales inválidas"}`), errs.Auth},
	}
	for i, tc := range cases {
		f := &fakeFacti{}
		f.answer = appliesThen(f, 0, tc.reply)
		c := f.client(t)
		_, err := c.CreateOrFind(context.Background(), testRequest("", "1"), CreateOptions{CompanyID: "1"})
		var fe *Error
		if !errors.As(err, &fe) || errs.KindOf(err) != tc.kind {
			t.Errorf("case %d: %v (kind %v)", i, err, errs.KindOf(err))
		}
		if n := f.count("/v1/payments/company_payments"); n != 1 {
			t.Errorf("case %d: %d listings, want the survey only", i, n)
		}
	}

	l, _ := net.Listen("tcp", "127.0.0.1:0")
	addr := l.Addr().String()
	l.Close()
	f := &fakeFacti{}
	c := f.client(t)
	survey := &Survey{CompanyID: "1", byKey: map[string][]Seen{}, details: newGroupDetails(c)}
	c.BaseURL = "http://" + addr
	_, err := c.CreateOrFind(context.Background(), testRequest("", "1"), CreateOptions{CompanyID: "1", Survey: survey})
	var notSent *settle.NotSentError
	if !errors.As(err, &notSent) || errs.KindOf(err) != errs.Unreachable {
		t.Errorf("refused connection: %v", err)
	}
}

// TestDuplicateGuard: the serie and folio are looked up first, whatever
// the amount; a match is refused before anything is sent.
func TestDuplicateGuard(t *testing.T) {
	f := &fakeFacti{}
	f.add(4, "a", "001001", "999.00", "other@b.mx") // same invoice: serie case and zeros aside
	var sent atomic.Int32
	f.answer = func(w http.ResponseWriter, r *http.Request, _ url.Values) bool {
		if r.URL.Path == newRequestPath {
			sent.Add(1)
			io.WriteString(w, `{"result":1,"msg":"","request_id":5}`)
			return true
		}
		return false
	}
	c := f.client(t)
	confirmed := 0
	_, err := c.CreateOrFind(context.Background(), testRequest("A", "1001"), CreateOptions{CompanyID: "1", BeforeSend: func() error { confirmed++; return nil }})
	var dup *DuplicateError
	if !errors.As(err, &dup) || errs.KindOf(err) != errs.Usage || dup.Existing[0].ID != 4 || sent.Load() != 0 || confirmed != 0 {
		t.Fatalf("%v %d %d", err, sent.Load(), confirmed)
	}
	if !strings.Contains(err.Error(), "payment 4") || !strings.Contains(err.Error(), "nothing was sent") {
		t.Errorf("message: %v", err)
	}
	res, err := c.CreateOrFind(context.Background(), testRequest("A", "1001"), CreateOptions{CompanyID: "1", AllowDuplicate: true, BeforeSend: func() error { confirmed++; return nil }})
	if err != nil || res.Outcome != settle.Created || res.RequestID != "5" || sent.Load() != 1 || confirmed != 1 {
		t.Fatalf("allowed: %+v %v", res, err)
	}
	// A refusal at the confirmation sends nothing.
	_, err = c.CreateOrFind(context.Background(), testRequest("B", "1"), CreateOptions{CompanyID: "1", BeforeSend: func() error { return errors.New("no") }})
	if err == nil || sent.Load() != 1 {
		t.Errorf("confirmation refused: %v, %d sent", err, sent.Load())
	}
}

// TestGroupedRequestsAreKnownByTheirInvoices: grouped requests are all
// listed as folio 1; their invoices, read from the details, tell them
// apart, from each other and from a single request with folio 1.
func TestGroupedRequestsAreKnownByTheirInvoices(t *testing.T) {
	group := &NewRequest{FromRFC: "CGM011210S72", ToClientName: "X", ToEmails: []string{"a@b.mx"}, TotalAmount: amt("300"),
		Group: []GroupItem{{Serie: "A", Folio: "10", Amount: amt("100")}, {Folio: "11", Amount: amt("200")}}}
	group.Normalize()
	f := &fakeFacti{details: map[string]string{
		"3": `{"id":3,"status":"0","childs":[{"serie":"A","folio":10,"total_amount":100},{"serie":"","folio":"12","total_amount":200}]}`,
		"4": `{"id":4,"status":"0","childs":[]}`,
		"6": `{"id":6,"status":"0","childs":[{"serie":"","folio":11,"total_amount":200.00},{"serie":"a","folio":"10","total_amount":"100"}]}`,
	}}
	f.add(3, "", "1", "300.00", "a@b.mx") // other invoices
	f.add(4, "", "1", "300.00", "a@b.mx") // a single request with folio 1
	c := f.client(t)
	s, err := c.Survey(context.Background(), "1")
	if err != nil {
		t.Fatal(err)
	}
	if dups, err := s.Duplicates(context.Background(), group); err != nil || len(dups) != 0 {
		t.Errorf("before: %v %+v", err, dups)
	}
	single := testRequest("", "1")
	single.TotalAmount = amt("300")
	if dups, err := s.Duplicates(context.Background(), single); err != nil || len(dups) != 1 || dups[0].ID != 4 {
		t.Errorf("single folio 1: %v %+v", err, dups)
	}
	f.add(6, "", "1", "300.00", "a@b.mx") // the same invoices, in another order
	found, err := c.FindRequests(context.Background(), "1", 5, []*NewRequest{group})
	if err != nil || len(found[0]) != 1 || found[0][0].ID != "6" {
		t.Errorf("lookup: %v %+v", err, found)
	}
	s, _ = c.Survey(context.Background(), "1")
	if dups, err := s.Duplicates(context.Background(), group); err != nil || len(dups) != 1 || dups[0].ID != 6 {
		t.Errorf("after: %v %+v", err, dups)
	}
	// An invoice of the group that has a single request of its own.
	f.add(7, "", "11", "200.00", "a@b.mx")
	s, _ = c.Survey(context.Background(), "1")
	if dups, _ := s.Duplicates(context.Background(), group); len(dups) != 2 {
		t.Errorf("single invoice: %+v", dups)
	}
}

// TestPaymentsPagesByIDAndStopsOnAServerIgnoringSinceID.
func TestPaymentsPagesByIDAndStopsOnAServerIgnoringSinceID(t *testing.T) {
	f := &fakeFacti{}
	for id := 1; id <= 7; id++ {
		f.add(id, "", fmt.Sprint(id), "1.00", "")
	}
	c := f.client(t)
	var ids []string
	for p, err := range c.Payments(context.Background(), ListFilter{CompanyID: "1", Limit: 3, SinceID: "2"}) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, string(p.ID))
	}
	if strings.Join(ids, ",") != "2,3,4,5,6,7" || strings.Join(f.sinceIDs, ",") != "2,5,8" {
		t.Errorf("ids %v, since_id %v", ids, f.sinceIDs)
	}
	f.ignoreSinceID, f.sinceIDs = true, nil
	n := 0
	var last error
	for _, err := range c.Payments(context.Background(), ListFilter{CompanyID: "1", Limit: 3}) {
		n++
		last = err
	}
	var re *ReplyError
	if !errors.As(last, &re) || !strings.Contains(last.Error(), "ignores since_id") || n != 4 || len(f.sinceIDs) != 2 {
		t.Errorf("ignoring server: %d yields, %v, %v", n, last, f.sinceIDs)
	}
}

// TestRepliesThatAreNotFactisAreQuotedMasked: an error page that reflects
// the request is quoted only through the redactor.
func TestRepliesThatAreNotFactisAreQuotedMasked(t *testing.T) {
	for _, code := range []int{200, 400, 401, 403, 422} {
		f := &fakeFacti{}
		f.answer = func(w http.ResponseWriter, r *http.Request, form url.Values) bool {
			w.Header().Set("Content-Type", "text/html")
			w.WriteHeader(code)
			fmt.Fprintf(w, "<p>%s %s</p><pre>%s</pre>", form.Get("client_id"), form.Get("api_key"), r.URL.RawQuery)
			return true
		}
		c := f.client(t)
		_, err := c.GetPayment(context.Background(), "1")
		_, err2 := c.ListPayments(context.Background(), ListFilter{CompanyID: "1"})
		for _, e := range []error{err, err2} {
			if e == nil || strings.Contains(e.Error(), "cid-secret-1") || strings.Contains(e.Error(), "key-secret-2") {
				t.Errorf("%d: %v", code, e)
			}
		}
	}
}
