package sync

import (
	"context"
	"net/http"
	"net/url"
	gosync "sync"
	"testing"
	"time"
)

func TestCataloguesSendTheDocumentedParameters(t *testing.T) {
	token := `{"token":"` + string(make64('a')) + `"}`
	f, srv := newFake(t, ok(token),
		ok(`[{"id_account_type":"520d3aa93b8e778e0d000000","name":"Cuenta de cheques"}]`),
		ok(`[{"id_attachment_type":"56bcdfca784806d1378b4567","name":"CFDI"},{"_id":"56bcdfca784806d1378b4568","name":"Estado de cuenta"}]`),
		ok(`[{"id_country":"c1","name":"México","code":"MX"}]`),
		ok(`[{"id_site_organization":"o1","id_site_organization_type":"ot1","id_country":"c1","name":"BBVA México","avatar":"/images/o1/avatar","small_cover":"","cover":""}]`),
		ok(`[{"id_site_organization":"o1","name":"BBVA México","is_disable":0,"sites":[{"id_site":"s1","name":"BBVA Net Cash","credentials":[{"name":"password","type":"password"}]}]}]`))
	c := newTestClient(srv, NewMemorySessions())
	ctx := context.Background()
	page := ListParams{Skip: 10, Limit: 5, Order: "name,desc", Fields: "id_account_type,name"}

	types, err := c.AccountTypes(ctx, "u1", page)
	if err != nil || len(types) != 1 || types[0].Name != "Cuenta de cheques" || string(types[0].Raw) == "" {
		t.Fatalf("%+v %v", types, err)
	}
	atts, err := c.AttachmentTypes(ctx, "u1", ListParams{})
	if err != nil || len(atts) != 2 || atts[0].ID() != "56bcdfca784806d1378b4567" || atts[1].ID() != "56bcdfca784806d1378b4568" {
		t.Fatalf("attachment types %+v %v (either name of the id is read)", atts, err)
	}
	countries, err := c.Countries(ctx, "u1", ListParams{Order: "code"})
	if err != nil || countries[0].Code != "MX" {
		t.Fatalf("%+v %v", countries, err)
	}
	filter := OrganizationFilter{IDSite: "s1", IDSiteOrganization: "o1", IDSiteOrganizationType: "ot1", IDCountry: "c1", ListParams: ListParams{Limit: 50, Fields: "name"}}
	orgs, err := c.Organizations(ctx, "u1", filter)
	if err != nil || orgs[0].Name != "BBVA México" || orgs[0].Avatar != "/images/o1/avatar" {
		t.Fatalf("%+v %v", orgs, err)
	}
	grouped, err := c.OrganizationSites(ctx, "u1", filter)
	if err != nil || len(grouped[0].Sites) != 1 || grouped[0].Sites[0].Name != "BBVA Net Cash" || !grouped[0].Sites[0].Credentials[0].IsSecret() {
		t.Fatalf("%+v %v", grouped, err)
	}

	filters := url.Values{"id_site": {"s1"}, "id_site_organization": {"o1"}, "id_site_organization_type": {"ot1"}, "id_country": {"c1"}}
	want := []exchange{
		{Path: "/v1/catalogues/account_types", Query: "fields=id_account_type%2Cname&limit=5&order=name%2Cdesc&skip=10"},
		{Path: "/v1/catalogues/attachment_types"},
		{Path: "/v1/catalogues/countries", Query: "order=code"},
		{Path: "/v1/catalogues/site_organizations", Query: "fields=name&id_country=c1&id_site=s1&id_site_organization=o1&id_site_organization_type=ot1&limit=50"},
		// The document gives this listing filters only: no paging, no fields.
		{Path: "/v1/catalogues/organizations/sites", Query: filters.Encode()},
	}
	for i, w := range want {
		got := f.seen[i+1]
		w.Method, w.Auth = "GET", "TOKEN token="+string(make64('a'))
		if got != w {
			t.Errorf("request %d = %+v\nwant        %+v", i, got, w)
		}
	}
}

func TestAllCataloguesPageByTheOneRule(t *testing.T) {
	// Pages are asked ahead, so the server answers by skip, not by turn.
	var mu gosync.Mutex
	queries := map[string]bool{}
	h := newHostile(t, map[string]route{"GET /v1/catalogues/site_organizations": func(_ int, w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		queries[r.URL.RawQuery] = true
		mu.Unlock()
		rows := `[]`
		switch r.URL.Query().Get("skip") {
		case "", "0":
			rows = `[{"id_site_organization":"o1","name":"A"},{"id_site_organization":"o2","name":"B"}]`
		case "2":
			rows = `[{"id_site_organization":"o3","name":"C"}]` // short: not the end
		}
		answer(200, wrap(200, true, rows))(0, w, r)
	}})
	var names string
	for o, err := range h.client(time.Second, nil).AllOrganizations(context.Background(), "u1", OrganizationFilter{IDCountry: "c1", ListParams: ListParams{Limit: 2, Order: "name"}}) {
		if err != nil {
			t.Fatal(err)
		}
		names += o.Name
	}
	if names != "ABC" {
		t.Errorf("names %q", names)
	}
	for _, q := range []string{"id_country=c1&limit=2&order=name", "id_country=c1&limit=2&order=name&skip=2", "id_country=c1&limit=2&order=name&skip=3"} {
		if !queries[q] {
			t.Errorf("no page asked with %q (asked: %v)", q, queries)
		}
	}
}

func TestAllAccountTypesStopsWhenSkipIsIgnored(t *testing.T) {
	h := newHostile(t, map[string]route{"GET /v1/catalogues/account_types": answer(200, wrap(200, true, `[{"id_account_type":"a1","name":"A"},{"id_account_type":"a2","name":"B"}]`))})
	n := 0
	for _, err := range h.client(time.Second, nil).AllAccountTypes(context.Background(), "u1", ListParams{}) {
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
	if n != 2 {
		t.Errorf("%d rows, want 2: the repeated page is the end", n)
	}
}
