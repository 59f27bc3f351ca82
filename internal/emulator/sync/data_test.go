package sync

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// synced returns a user's token auth after a SAT credential finished, so
// transactions come with CFDI attachments.
func synced(t *testing.T, e *emu) (auth, user, cred string) {
	user = e.createUser("sat")
	auth = "TOKEN token=" + e.token(user)
	cred, _ = e.startJob(auth, SiteSATCIEC, map[string]string{"rfc": "ACM010101ABC", "password": "test"})
	e.now = e.now.Add(5 * time.Second)
	return auth, user, cred
}

func list(t *testing.T, e *emu, auth, path string) []map[string]any {
	t.Helper()
	r := e.do("GET", path, auth, nil)
	var out []map[string]any
	if err := json.Unmarshal(r.Response, &out); err != nil || r.Status != 200 {
		t.Fatalf("%s: %d %s", path, r.Status, r.Response)
	}
	return out
}

func count(t *testing.T, e *emu, auth, path string) int {
	t.Helper()
	r := e.do("GET", path, auth, nil)
	var c struct{ Count *int }
	if json.Unmarshal(r.Response, &c); c.Count == nil {
		t.Fatalf("%s: %s", path, r.Response)
	}
	return *c.Count
}

func TestTransactionFiltersOrderAndCount(t *testing.T) {
	e := newEmu(t)
	auth, _, cred := synced(t, e)
	all := list(t, e, auth, "/v1/transactions")
	if len(all) != 5 || count(t, e, auth, "/v1/transactions/count") != 5 {
		t.Fatalf("transactions = %d", len(all))
	}
	if n := count(t, e, auth, "/v1/transactions/count?has_attachment=1&id_credential="+cred); n != 5 {
		t.Errorf("with attachments: %d", n)
	}
	if n := count(t, e, auth, "/v1/transactions/count?has_attachment=0"); n != 0 {
		t.Errorf("without attachments: %d", n)
	}
	asc := list(t, e, auth, "/v1/transactions?order=dt_transaction")
	desc := list(t, e, auth, "/v1/transactions?order=dt_transaction,desc&fields=id_transaction,dt_transaction")
	if asc[0]["id_transaction"] != desc[4]["id_transaction"] || len(desc[0]) != 2 {
		t.Errorf("order: asc %v, desc %v", asc[0], desc)
	}
	mid := int64(asc[2]["dt_transaction"].(float64))
	if n := count(t, e, auth, fmt.Sprintf("/v1/transactions/count?dt_transaction_from=%d", mid)); n < 3 {
		t.Errorf("from %d: %d", mid, n)
	}
	if n := count(t, e, auth, fmt.Sprintf("/v1/transactions/count?dt_transaction_to=%d&dt_transaction_from=%d", mid, mid)); n < 1 {
		t.Errorf("exactly %d: %d", mid, n)
	}
	word := strings.ToLower(all[0]["description"].(string))
	with := count(t, e, auth, "/v1/transactions/count?keywords="+strings.ReplaceAll(word, " ", "+"))
	without := count(t, e, auth, "/v1/transactions/count?skip_keywords="+strings.ReplaceAll(word, " ", "+"))
	if with == 0 || with+without != 5 {
		t.Errorf("keywords %d, skip_keywords %d", with, without)
	}
	page := list(t, e, auth, "/v1/transactions?skip=3&limit=10")
	if len(page) != 2 || page[0]["id_transaction"] != all[3]["id_transaction"] {
		t.Errorf("skip 3: %v", page)
	}
	if r := e.do("GET", "/v1/transactions?is_disable=maybe", auth, nil); r.Status != 400 {
		t.Errorf("bad flag: %d", r.Status)
	}
	if n := count(t, e, auth, "/v1/accounts/count?is_disable=0"); n != 1 {
		t.Errorf("accounts: %d", n)
	}
}

func TestAttachmentsRawAndExtra(t *testing.T) {
	e := newEmu(t)
	auth, _, _ := synced(t, e)
	atts := list(t, e, auth, "/v1/attachments?is_valid=1")
	if len(atts) != 5 || count(t, e, auth, "/v1/attachments/count?id_transaction="+atts[0]["id_transaction"].(string)) != 1 {
		t.Fatalf("attachments = %v", atts)
	}
	id := atts[0]["id_attachment"].(string)
	req := httptest.NewRequest("GET", "/v1/attachments/"+id, nil)
	req.Header.Set("Authorization", auth)
	rec := httptest.NewRecorder()
	e.h.ServeHTTP(rec, req)
	if rec.Code != 200 || rec.Header().Get("Content-Type") != "text/xml" || !strings.HasPrefix(rec.Body.String(), xmlProlog+"<cfdi:Comprobante") {
		t.Fatalf("raw: %d %q %.60s", rec.Code, rec.Header().Get("Content-Type"), rec.Body)
	}
	r := e.do("GET", "/v1/attachments/"+id+"/extra", auth, nil)
	var x struct {
		File  string
		Extra []node
	}
	json.Unmarshal(r.Response, &x)
	if x.File != atts[0]["file"] || len(x.Extra) != 1 || x.Extra[0].N != "CFDI:COMPROBANTE" || x.Extra[0].A["VERSION"] != "4.0" {
		t.Fatalf("extra: %s", r.Response)
	}
	complemento := x.Extra[0].C[len(x.Extra[0].C)-1]
	tfd := complemento.C[0]
	if tfd.N != "TFD:TIMBREFISCALDIGITAL" || tfd.A["UUID"]+".xml" != x.File || complemento.A != nil {
		t.Errorf("timbre: %+v", tfd)
	}
	if r := e.do("GET", "/v1/attachments/000000000000000000000000/extra", auth, nil); r.Status != 404 {
		t.Errorf("unknown: %d", r.Status)
	}
}

func TestWebhooksCRUDAndDelivery(t *testing.T) {
	got := make(chan map[string]any, 10)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		var m map[string]any
		json.Unmarshal(body, &m)
		got <- m
	}))
	defer srv.Close()
	e := newEmu(t)
	if r := e.do("POST", "/v1/webhooks", keyAuth, map[string]any{"url": srv.URL, "events": []string{"nope"}}); r.Status != 400 {
		t.Errorf("bad event: %d", r.Status)
	}
	r := e.do("POST", "/v1/webhooks", keyAuth, map[string]any{"url": srv.URL + "/hook", "events": Events()})
	var h map[string]any
	json.Unmarshal(r.Response, &h)
	id, _ := h["id_webhook"].(string)
	if r.Status != 200 || len(id) != 24 {
		t.Fatalf("create: %s", r.Response)
	}
	_, user, cred := synced(t, e)
	ev := <-got
	if ev["event"] != "credential_create" || ev["id_credential"] != cred || ev["id_user"] != user {
		t.Errorf("first event: %v", ev)
	}
	list(t, e, "TOKEN token="+e.token(user), "/v1/accounts") // settles the job
	ev = <-got
	ends := ev["endpoints"].(map[string]any)
	if ev["event"] != "refresh" || !strings.HasPrefix(ends["transactions"].([]any)[0].(string), "/v1/transactions?") {
		t.Errorf("refresh: %v", ev)
	}
	if hooks := list(t, e, keyAuth, "/v1/webhooks"); len(hooks) != 1 || hooks[0]["url"] != srv.URL+"/hook" {
		t.Errorf("list: %v", hooks)
	}
	if r := e.do("DELETE", "/v1/webhooks/"+id, keyAuth, nil); r.Status != 200 || !r.OK {
		t.Errorf("delete: %+v", r)
	}
	if r := e.do("DELETE", "/v1/webhooks/"+id, keyAuth, nil); r.OK {
		t.Errorf("second delete: %+v", r)
	}
}

func TestSeedAndPagingPastTheCap(t *testing.T) {
	e := newEmu(t)
	res, err := Seed(e.st, "", 2500)
	if err != nil || res.Transactions != 2500 {
		t.Fatal(res, err)
	}
	auth := "TOKEN token=" + e.token(res.IDUser)
	if n := count(t, e, auth, "/v1/transactions/count?id_account="+res.IDAccount); n != 2500 {
		t.Fatalf("count %d", n)
	}
	if p := list(t, e, auth, "/v1/transactions?limit=5000"); len(p) != maxLimit {
		t.Errorf("page past the cap: %d", len(p))
	}
	seen := map[string]bool{}
	for skip := 0; skip < 2500; skip += maxLimit {
		for _, tx := range list(t, e, auth, fmt.Sprintf("/v1/transactions?skip=%d&limit=%d", skip, maxLimit)) {
			seen[tx["id_transaction"].(string)] = true
		}
	}
	if len(seen) != 2500 {
		t.Errorf("paged %d distinct", len(seen))
	}
	// New data invalidates cached keys.
	if _, err := Seed(e.st, res.IDUser, 10); err != nil {
		t.Fatal(err)
	}
	if n := count(t, e, auth, "/v1/transactions/count"); n != 2510 {
		t.Errorf("after more seeding: %d", n)
	}
}
