package sync_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	gosync "sync"
	"testing"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
)

// recorded is one request a recorder saw.
type recorded struct {
	method, path string
	query        map[string][]string
	body         map[string]json.RawMessage
}

// recorder is a stand-in Sync that records every request and answers each
// with the smallest reply of the right shape.
type recorder struct {
	mu       gosync.Mutex
	seen     []recorded
	answered bool // the two-factor job has its answer
}

func (rec *recorder) serve(w http.ResponseWriter, r *http.Request) {
	data, _ := io.ReadAll(r.Body)
	var body map[string]json.RawMessage
	json.Unmarshal(data, &body)
	rec.mu.Lock()
	rec.seen = append(rec.seen, recorded{r.Method, r.URL.Path, r.URL.Query(), body})
	rec.mu.Unlock()
	path := strings.TrimPrefix(r.URL.Path, "/v1")
	response := `[]`
	switch {
	case r.Method == "POST" && path == "/sessions":
		response = `{"token":"` + strings.Repeat("ab", 32) + `"}`
	case r.Method == "DELETE":
		response = `true`
	case r.Method == "POST" && path == "/users", r.Method == "PUT":
		response = `{"id_user":"U1","name":"N","id_external":"E","dt_create":1,"dt_modify":null}`
	case r.Method == "POST" && path == "/credentials":
		response = `{"id_credential":"C1","id_job":"J1","id_job_uuid":"X1","is_new":1,"username":"a**b"}`
	case r.Method == "POST" && path == "/webhooks":
		response = `{"id_webhook":"W1","url":"https://example.com/h","events":["refresh"],"delay":0,"dt_created":1}`
	case r.Method == "POST" && strings.HasSuffix(path, "/twofa"):
		rec.mu.Lock()
		rec.answered = true
		rec.mu.Unlock()
		response = `true`
	case path == "/catalogues/sites":
		response = `[{"id_site":"S1","id_site_organization":"O1","name":"Normal","credentials":[` +
			`{"name":"username","type":"text","label":"Username","required":true},{"name":"password","type":"password","label":"Password","required":true}]}]`
	case strings.HasSuffix(path, "/count"):
		response = `{"count":0}`
	case strings.HasSuffix(path, "/status"):
		rec.mu.Lock()
		answered := rec.answered
		rec.mu.Unlock()
		response = `[{"code":100},{"code":410,"twofa":[{"name":"token","type":"text","label":"Token"}]}]`
		if answered || !strings.Contains(path, "J410") {
			response = `[{"code":100},{"code":102},{"code":200}]`
		}
	case strings.HasSuffix(path, "/extra"):
		response = `{"id_attachment":"A1","extra":[]}`
	case strings.HasPrefix(path, "/attachments/"):
		w.Header().Set("Content-Type", "application/xml")
		io.WriteString(w, "<cfdi:Comprobante/>")
		return
	}
	w.Header().Set("Content-Type", "application/json")
	io.WriteString(w, `{"rid":"r","code":200,"errors":null,"status":true,"message":null,"response":`+response+`}`)
}

// probe is how one documented call is reached: a command line, the
// request it must make, and what each documented parameter becomes.
type probe struct {
	calls  []string // the document's names of the call ("GET /users")
	args   []string
	path   string // the request's path, when not /v1 and the call's resource
	params []param
}

// param is a documented parameter, the flag that sends it and the value
// Sync must receive: in the query of a GET, in the JSON body otherwise
// (where want "" only asks for the member).
type param struct {
	name string
	flag []string
	want string
}

// paging are the documented fields, limit, skip and order of a listing
// whose table columns include name (sent as fields, after the id).
func paging(id, name string) []param {
	return []param{
		{"fields", []string{"--fields", name}, id + "," + name},
		{"limit", []string{"--limit", "7"}, "7"},
		{"skip", []string{"--skip", "3"}, "3"},
		{"order", []string{"--order", name + ",desc"}, name + ",desc"},
	}
}

// filtersOf are the documented filters shared by accounts, transactions
// and attachments, and by their counts.
func filtersOf(extra ...param) []param {
	return append([]param{
		{"id_account", []string{"--account", "A1"}, "A1"},
		{"id_credential", []string{"--credential", "C1"}, "C1"},
		{"keywords", []string{"--keywords", "spei,oxxo"}, "spei,oxxo"},
		{"skip_keywords", []string{"--skip-keywords", "cfe"}, "cfe"},
	}, extra...)
}

var (
	site             = []param{{"id_site", []string{"--site", "S1"}, "S1"}}
	siteOrganization = []param{
		{"id_site_organization", []string{"--organization", "O1"}, "O1"},
		{"id_site_organization_type", []string{"--organization-type", "T1"}, "T1"},
	}
	refreshed = []param{
		{"dt_refresh_from", []string{"--refreshed-from", "2026-01-02T00:00:00Z"}, "1767312000"},
		{"dt_refresh_to", []string{"--refreshed-to", "2026-01-03T00:00:00Z"}, "1767398400"},
	}
	transactionFilters = filtersOf(slices.Concat(site, siteOrganization, refreshed, []param{
		{"id_transaction", []string{"--transaction", "T9"}, "T9"},
		{"is_disable", []string{"--disabled"}, "1"},
		{"dt_transaction_from", []string{"--from", "2026-01-02T00:00:00Z"}, "1767312000"},
		{"dt_transaction_to", []string{"--to", "2026-01-03T00:00:00Z"}, "1767398400"},
	})...)
	attachmentFilters = filtersOf(append(refreshed,
		param{"id_attachment_type", []string{"--attachment-type", "AT1"}, "AT1"},
		param{"id_transaction", []string{"--transaction", "T9"}, "T9"},
		param{"is_valid", []string{"--valid"}, "1"})...)
)

// surface is how mxpay reaches every call and parameter of the document.
var surface = []probe{
	{calls: []string{"GET /users"}, args: []string{"users", "list"}, params: append(paging("id_user", "name"),
		param{"id_external", []string{"--external-id", "E1"}, "E1"}, param{"id_user", []string{"--user-id", "U9"}, "U9"})},
	{calls: []string{"POST /users"}, args: []string{"users", "create"}, params: []param{
		{"name", []string{"--name", "N"}, ""}, {"id_external", []string{"--external-id", "E1"}, ""}}},
	{calls: []string{"PUT /users/:id_user"}, args: []string{"users", "update", "U9"}, path: "/v1/users/U9", params: []param{
		{"name", []string{"--name", "N"}, ""}, {"id_external", []string{"--external-id", "E1"}, ""}}},
	{calls: []string{"DELETE /users/:id_user"}, args: []string{"users", "delete", "U9", "--yes"}, path: "/v1/users/U9"},

	{calls: []string{"GET /catalogues/account_types"}, args: []string{"catalogues", "account-types", "--user", "U1"}, params: paging("id_account_type", "name")},
	{calls: []string{"GET /catalogues/attachment_types"}, args: []string{"catalogues", "attachment-types", "--user", "U1"}, params: paging("id_attachment_type", "name")},
	{calls: []string{"GET /catalogues/countries"}, args: []string{"catalogues", "countries", "--user", "U1"}, params: paging("id_country", "code")},
	{calls: []string{"GET /catalogues/sites"}, args: []string{"sites", "list", "--user", "U1"}, params: slices.Concat(site, siteOrganization, paging("id_site", "name"))},
	{calls: []string{"GET /catalogues/site_organizations"}, args: []string{"catalogues", "organizations", "--user", "U1"},
		params: slices.Concat(site, siteOrganization, paging("id_site_organization", "name"))},
	{calls: []string{"GET /catalogues/organizations/sites"}, args: []string{"catalogues", "organizations", "--with-sites", "--user", "U1"},
		params: slices.Concat(site, siteOrganization)},

	{calls: []string{"GET /credentials"}, args: []string{"credentials", "list", "--user", "U1"}},
	{calls: []string{"POST /credentials"}, args: []string{"credentials", "create", "--user", "U1", "--no-wait", "--set", "password=p"}, params: []param{
		{"id_site", []string{"--site", "S1"}, `"S1"`}, {"credentials", []string{"--set", "username=u"}, ""}}},
	{calls: []string{"DELETE /credentials/:id_credential"}, args: []string{"credentials", "delete", "C1", "--user", "U1", "--yes"}, path: "/v1/credentials/C1"},
	{calls: []string{"GET /jobs/:id_job/status"}, args: []string{"credentials", "status", "J1", "--user", "U1"}, path: "/v1/jobs/J1/status"},
	{calls: []string{"POST /jobs/:id_job/twofa"}, args: []string{"twofa", "J410", "--user", "U1", "--set", "token=123456"}, path: "/v1/jobs/J410/twofa"},

	{calls: []string{"GET /accounts"}, args: []string{"accounts", "list", "--user", "U1"}, params: slices.Concat(filtersOf(site...), siteOrganization,
		[]param{{"is_disable", []string{"--disabled"}, "1"}}, paging("id_account", "name"))},
	{calls: []string{"GET /transactions"}, args: []string{"transactions", "list", "--user", "U1"}, params: slices.Concat(transactionFilters,
		[]param{{"has_attachment", []string{"--has-attachment"}, "1"}}, paging("id_transaction", "amount"))},
	{calls: []string{"GET /transactions/count"}, args: []string{"transactions", "count", "--user", "U1"}, params: transactionFilters},
	{calls: []string{"GET /attachments"}, args: []string{"attachments", "list", "--user", "U1"}, params: slices.Concat(attachmentFilters, paging("id_attachment", "file"))},
	{calls: []string{"GET /attachments/count"}, args: []string{"attachments", "count", "--user", "U1"}, params: attachmentFilters},
	{calls: []string{"GET /attachments/:id_attachment"}, args: []string{"attachments", "get", "A1", "-O", "-", "--user", "U1"}, path: "/v1/attachments/A1"},
	{calls: []string{"GET /attachments/:id_attachment/extra"}, args: []string{"attachments", "extra", "A1", "--user", "U1"}, path: "/v1/attachments/A1/extra"},

	{calls: []string{"GET /webhooks"}, args: []string{"webhooks", "list"}},
	{calls: []string{"POST /webhooks"}, args: []string{"webhooks", "create"}, params: []param{
		{"url", []string{"--url", "https://example.com/h"}, `"https://example.com/h"`}, {"events", []string{"--event", "refresh"}, `["refresh"]`}}},
	{calls: []string{"DELETE /webhooks", "DELETE /webhooks/:id_webhook"}, args: []string{"webhooks", "delete", "W1", "--yes"}, path: "/v1/webhooks/W1"},
}

// TestEveryDocumentedParameterHasAFlag walks the calls and parameters of
// the Sync document and runs, against a recorder, the command and flag
// that sends each: a call or parameter the document gains and mxpay lacks
// fails here.
func TestEveryDocumentedParameterHasAFlag(t *testing.T) {
	documented := documentedCalls(t)
	covered := map[string]bool{}
	for _, p := range surface {
		for _, call := range p.calls {
			if _, ok := documented[call]; !ok {
				t.Errorf("the surface probes %s, which the document does not have", call)
			}
			covered[call] = true
			for _, prm := range p.params {
				covered[call+" "+prm.name] = true
			}
		}
	}
	for call, params := range documented {
		if !covered[call] {
			t.Errorf("the document has %s and no command reaches it", call)
		}
		for _, prm := range params {
			if !covered[call+" "+prm] {
				t.Errorf("the document gives %s the parameter %s and no flag sends it", call, prm)
			}
		}
	}

	rec := &recorder{}
	srv := httptest.NewServer(http.HandlerFunc(rec.serve))
	t.Cleanup(srv.Close)
	h := cmdtest.New(t)
	h.Env["MXPAY_SYNC_BASE_URL"] = srv.URL + "/v1"
	h.Env["MXPAY_SYNC_API_KEY"] = "recorder-key"
	for _, p := range surface {
		method, resource, _ := strings.Cut(p.calls[0], " ")
		path := p.path
		if path == "" {
			path = "/v1" + resource
		}
		args := append([]string{"sync"}, p.args...)
		for _, prm := range p.params {
			args = append(args, prm.flag...)
		}
		rec.mu.Lock()
		rec.seen = nil
		rec.mu.Unlock()
		if r := h.Run("", args...); r.Code != 0 {
			t.Errorf("mxpay %s: exit %d\n%s", strings.Join(args, " "), r.Code, r.Stderr)
			continue
		}
		rec.mu.Lock()
		i := slices.IndexFunc(rec.seen, func(r recorded) bool { return r.method == method && r.path == path })
		var got recorded
		if i >= 0 {
			got = rec.seen[i]
		}
		rec.mu.Unlock()
		if i < 0 {
			t.Errorf("mxpay %s sent no %s %s", strings.Join(args, " "), method, path)
			continue
		}
		for _, prm := range p.params {
			switch {
			case method == "GET" && (len(got.query[prm.name]) != 1 || got.query[prm.name][0] != prm.want):
				t.Errorf("%s %s: %s sent %s=%q, want %q", method, resource, strings.Join(prm.flag, " "), prm.name, got.query[prm.name], prm.want)
			case method != "GET" && (got.body[prm.name] == nil || prm.want != "" && string(got.body[prm.name]) != prm.want):
				t.Errorf("%s %s: %s sent %s as %s, want %s", method, resource, strings.Join(prm.flag, " "), prm.name, got.body[prm.name], prm.want)
			}
		}
	}
}
