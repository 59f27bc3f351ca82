package sync

import (
	"context"
	"io"
	"net/url"
	"testing"
)

func TestTransactionsEncodeEveryFilter(t *testing.T) {
	token := `{"token":"` + string(make64('a')) + `"}`
	f, srv := newFake(t, ok(token),
		ok(`[{"id_transaction":"t1","amount":-1234.50,"currency":"MXN","dt_transaction":1700000000,"reference":null,"attachments":[]}]`),
		ok(`{"count":140}`))
	c := newTestClient(srv, NewMemorySessions())
	yes, no := true, false
	filter := TransactionFilter{
		Common:        Common{IDAccount: "a1", IDCredential: "c1", Keywords: "spei,oxxo", SkipKeywords: "cfe"},
		IDTransaction: "t1", IDSite: "s1", IDSiteOrganization: "o1", IDSiteOrganizationType: "ot1",
		HasAttachment: &yes, IsDisable: &no, DTTransactionFrom: 1700000000, DTTransactionTo: 1700086399,
		DTRefreshFrom: 1600000000, DTRefreshTo: 1600000001, ListParams: ListParams{Skip: 2000, Limit: 1000, Order: "dt_transaction,desc"},
	}
	txs, err := c.Transactions(context.Background(), "u1", filter)
	if err != nil || len(txs) != 1 || txs[0].Amount.String() != "-1234.50" || txs[0].Reference != nil || string(txs[0].Raw) == "" {
		t.Fatalf("%+v %v", txs, err)
	}
	want := url.Values{"id_account": {"a1"}, "id_credential": {"c1"}, "keywords": {"spei,oxxo"}, "skip_keywords": {"cfe"},
		"id_transaction": {"t1"}, "id_site": {"s1"}, "id_site_organization": {"o1"}, "id_site_organization_type": {"ot1"},
		"has_attachment": {"1"}, "is_disable": {"0"}, "dt_transaction_from": {"1700000000"}, "dt_transaction_to": {"1700086399"},
		"dt_refresh_from": {"1600000000"}, "dt_refresh_to": {"1600000001"}, "skip": {"2000"}, "limit": {"1000"}, "order": {"dt_transaction,desc"}}
	if got := f.seen[1]; got.Method != "GET" || got.Path != "/v1/transactions" || got.Query != want.Encode() || got.Auth != "TOKEN token="+string(make64('a')) {
		t.Errorf("request %+v\nwant query %s", got, want.Encode())
	}
	n, err := c.CountTransactions(context.Background(), "u1", filter)
	if err != nil || n != 140 {
		t.Fatal(n, err)
	}
	want.Del("skip")
	want.Del("limit")
	want.Del("order")
	if got := f.seen[2]; got.Path != "/v1/transactions/count" || got.Query != want.Encode() {
		t.Errorf("count request %+v", got)
	}
}

func make64(c byte) []byte {
	b := make([]byte, 64)
	for i := range b {
		b[i] = c
	}
	return b
}

func TestOpenAttachmentIsRawAndRenewsAnExpiredToken(t *testing.T) {
	f, srv := newFake(t, ok(`{"token":"`+string(make64('a'))+`"}`), failure(401, "Unauthorized"),
		ok(`{"token":"`+string(make64('b'))+`"}`), reply{200, `<cfdi:Comprobante/>`})
	c := newTestClient(srv, NewMemorySessions())
	d, err := c.OpenAttachment(context.Background(), "u1", "att1")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(d.Body)
	d.Body.Close()
	if string(body) != `<cfdi:Comprobante/>` || d.Size != int64(len(body)) {
		t.Errorf("body %q size %d", body, d.Size)
	}
	if got := f.seen[3]; got.Path != "/v1/attachments/att1" || got.Auth != "TOKEN token="+string(make64('b')) {
		t.Errorf("retry %+v", got)
	}
	f.replies = append(f.replies, failure(404, "Attachment not found"))
	if _, err := c.OpenAttachment(context.Background(), "u1", "nope"); !IsNotFound(err) {
		t.Errorf("404: %v", err)
	}
}

func TestWebhooksUseTheAPIKey(t *testing.T) {
	f, srv := newFake(t, ok(`{"id_webhook":"w1","url":"https://example.com/h","events":["refresh"],"delay":5,"dt_created":1578615924}`),
		ok(`true`), reply{200, `{"rid":"r","code":200,"errors":null,"status":false,"message":"Webhook not found","response":null}`})
	c := newTestClient(srv, nil)
	delay := 5
	h, err := c.createWebhook(context.Background(), "https://example.com/h", []string{"refresh"}, &delay)
	if err != nil || h.IDWebhook != "w1" || string(h.DTCreated) != "1578615924" {
		t.Fatal(h, err)
	}
	if got := f.seen[0]; got.Method != "POST" || got.Auth != "API_KEY api_key=key-123" || got.Body != `{"delay":5,"events":["refresh"],"url":"https://example.com/h"}` {
		t.Errorf("create %+v", got)
	}
	if err := c.DeleteWebhook(context.Background(), "w1"); err != nil || f.seen[1].Method != "DELETE" || f.seen[1].Path != "/v1/webhooks/w1" {
		t.Errorf("delete %v %+v", err, f.seen[1])
	}
	if err := c.DeleteWebhook(context.Background(), "w1"); err == nil {
		t.Error("status false on 200 was not an error")
	}
}
