package facti_test

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mxpay/mxpay/internal/errs"

	emu "github.com/mxpay/mxpay/internal/emulator/facti"
	"github.com/mxpay/mxpay/internal/emulator/state"
	"github.com/mxpay/mxpay/internal/facti"
	"github.com/mxpay/mxpay/internal/httpx"
	"github.com/mxpay/mxpay/internal/money"
)

func newEmulator(t *testing.T) (*facti.Client, string) {
	t.Helper()
	st, err := state.Open(filepath.Join(t.TempDir(), "emu.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	srv := httptest.NewServer(emu.New(st))
	t.Cleanup(srv.Close)
	return facti.New(httpx.NewClient(httpx.Options{MaxRetries: -1}), srv.URL, emu.DemoClientID, emu.DemoAPIKey), srv.URL
}

func amt(s string) money.Amount { a, _ := money.Parse(s); return a }

func request(folio, total string) *facti.NewRequest {
	return &facti.NewRequest{Folio: folio, FromRFC: emu.DemoCompanyRFC, ToClientName: "Cliente", ToEmails: []string{"cliente@example.com"}, TotalAmount: amt(total)}
}

func TestCreateGetListPayDelete(t *testing.T) {
	c, base := newEmulator(t)
	ctx := context.Background()

	created, err := c.CreatePayment(ctx, request("100", "242.831"))
	if err != nil {
		t.Fatal(err)
	}
	if created.RequestID != "1" || created.TotalAmount.String() != "242.84" || len(created.References) != 2 || created.SendTo == "" {
		t.Fatalf("created %s", created.Raw)
	}
	clabe := string(created.References[0].StpCuentaClabe)
	if len(clabe) != 18 || !strings.HasPrefix(clabe, "646") || emu.CLABECheckDigit(clabe[:17]) != int(clabe[17]-'0') {
		t.Errorf("CLABE %q", clabe)
	}
	if created.References[1].PaymentType != "bank" || len(created.References[1].Reference) != 21 {
		t.Errorf("bank reference %+v", created.References[1])
	}
	// The customer's CLABE is stable across requests and stp_client_clabe.
	acc, err := c.ClientCLABE(ctx, facti.CLABERequest{CompanyID: emu.DemoCompanyID, ToEmail: "cliente@example.com"})
	if err != nil || len(acc.Accounts) != 1 || string(acc.Accounts[0].StpCuentaClabe) != clabe {
		t.Fatalf("clabe %v %s", err, acc.Raw)
	}
	// Unknown payment way → References_errors.
	r := request("101", "10")
	r.PaymentWayIDs = []string{"2", "99"}
	created, err = c.CreatePayment(ctx, r)
	if err != nil || len(created.References) != 1 || len(created.ReferencesErrors) != 1 {
		t.Fatalf("%v %s", err, created.Raw)
	}

	p, err := c.GetPayment(ctx, "1")
	if err != nil || p.Folio != "100" || p.Paid() || p.Status != "0" {
		t.Fatalf("get %v %s", err, p.Raw)
	}
	ps, err := c.ListPayments(ctx, facti.ListFilter{CompanyID: emu.DemoCompanyID, SinceID: "2"})
	if err != nil || len(ps) != 1 || ps[0].ID != "2" {
		t.Fatalf("since %v %+v", err, ps)
	}

	// IPN on mark-paid, to the URL configured through the emulator-only path.
	got := make(chan url.Values, 1)
	ipn := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		got <- r.PostForm
	}))
	defer ipn.Close()
	resp, err := http.PostForm(base+"/emulator/companies/1/ipn", url.Values{"client_id": {emu.DemoClientID}, "api_key": {emu.DemoAPIKey}, "url": {ipn.URL}})
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(body), `"result":1`) {
		t.Fatalf("configure: %s", body)
	}
	p, err = c.MarkPaid(ctx, "1")
	if err != nil || !p.Paid() || p.AmountReceived == nil {
		t.Fatalf("pay %v", err)
	}
	form := <-got
	if !facti.VerifyIPNPassword(form.Get("ipn_password"), emu.DemoIPNPassword) || form.Get("ipn_type") != "1" || !strings.Contains(form.Get("data"), `"id":1,`) {
		t.Errorf("IPN %v", form)
	}
	var fe *facti.Error
	if _, err := c.MarkPaid(ctx, "1"); !errors.As(err, &fe) || errs.KindOf(fe) != errs.Rejected {
		t.Errorf("paying twice: %v", err)
	}
	if _, err := c.DeletePayment(ctx, emu.DemoCompanyID, "1"); !errors.As(err, &fe) || !strings.Contains(fe.Msg, "status 0") {
		t.Errorf("deleting paid: %v", err)
	}
	if _, err := c.DeletePayment(ctx, emu.DemoCompanyID, "2"); err != nil {
		t.Errorf("deleting pending: %v", err)
	}
	paid, err := c.ListPayments(ctx, facti.ListFilter{CompanyID: emu.DemoCompanyID, Status: "1", FromPaymentDate: "2000-01-01 00:00:00"})
	if err != nil || len(paid) != 1 {
		t.Fatalf("paid filter %v %d", err, len(paid))
	}
	pending, _ := c.ListPayments(ctx, facti.ListFilter{CompanyID: emu.DemoCompanyID, Status: "0"})
	if len(pending) != 0 {
		t.Errorf("pending after delete: %d", len(pending))
	}
}

func TestGroupedAndValidation(t *testing.T) {
	c, _ := newEmulator(t)
	ctx := context.Background()
	r := request("", "300")
	r.Group = []facti.GroupItem{{Serie: "A", Folio: "1", Amount: amt("100")}, {Folio: "2", Amount: amt("200")}}
	created, err := c.CreatePayment(ctx, r)
	if err != nil {
		t.Fatal(err)
	}
	p, _ := c.GetPayment(ctx, string(created.RequestID))
	if p.CountChilds != "2" || p.GroupParent != "1" {
		t.Errorf("group %s", p.Raw)
	}
	r.Group[1].Amount = amt("199.99") // sum no longer matches: the server refuses too
	var fe *facti.Error
	if _, err := c.CreatePayment(ctx, r); !errors.As(err, &fe) || !strings.Contains(fe.Msg, "no coincide") {
		t.Errorf("bad group: %v", err)
	}
	r = request("5", "1")
	r.FromRFC = "XAXX010101000"
	if _, err := c.CreatePayment(ctx, r); !errors.As(err, &fe) || errs.KindOf(fe) != errs.Rejected {
		t.Errorf("unknown company: %v", err)
	}
	bad := facti.New(c.HTTP, c.BaseURL, "wrong", "wrong")
	if err := bad.Authenticate(ctx); !errors.As(err, &fe) || errs.KindOf(fe) != errs.Auth {
		t.Errorf("bad credentials: %v", err)
	}
	if err := c.Authenticate(ctx); err != nil {
		t.Error(err)
	}
	ways, err := c.PaymentWays(ctx, emu.DemoCompanyRFC)
	if err != nil || len(ways) != 2 || ways[0].Type != "stp" || ways[1].Type != "bank" {
		t.Errorf("ways %v %+v", err, ways)
	}
}

func TestListLimitCapAndPaging(t *testing.T) {
	c, _ := newEmulator(t)
	ctx := context.Background()
	for i := range 205 {
		if _, err := c.CreatePayment(ctx, request(string(rune('a'+i%26))+"x", "1")); err != nil {
			t.Fatal(err)
		}
	}
	ps, err := c.ListPayments(ctx, facti.ListFilter{CompanyID: emu.DemoCompanyID, Limit: 500})
	if err != nil || len(ps) != 200 {
		t.Fatalf("cap: %v %d", err, len(ps))
	}
	n := 0
	for _, err := range c.Payments(ctx, facti.ListFilter{CompanyID: emu.DemoCompanyID, MaxID: "204"}) {
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
	if n != 204 {
		t.Errorf("paging: %d payments, want 204", n)
	}
}
