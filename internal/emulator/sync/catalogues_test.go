package sync

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestCataloguesServeTheDocumentedShapes(t *testing.T) {
	e := newEmu(t)
	auth := "TOKEN token=" + e.token(e.createUser("u"))
	shapes := map[string][]string{
		"account_types":      {"id_account_type", "name"},
		"attachment_types":   {"id_attachment_type", "name"},
		"countries":          {"id_country", "name", "code"},
		"site_organizations": {"id_site_organization", "id_site_organization_type", "id_country", "name", "avatar", "small_cover", "cover"},
	}
	for path, members := range shapes {
		r := e.do("GET", "/v1/catalogues/"+path, auth, nil)
		var rows []map[string]any
		if err := json.Unmarshal(r.Response, &rows); err != nil || r.Status != 200 || len(rows) < 3 {
			t.Fatalf("%s: %d %s", path, r.Status, r.Response)
		}
		for _, row := range rows {
			if len(row) != len(members) {
				t.Errorf("%s: row %v, want exactly %v", path, row, members)
			}
			for _, m := range members {
				if s, _ := row[m].(string); s == "" {
					t.Errorf("%s: row %v has no %s", path, row, m)
				}
			}
		}
	}
	r := e.do("GET", "/v1/catalogues/site_organizations?fields=name", auth, nil)
	for _, want := range []string{`{"name":"SAT"}`, `{"name":"BBVA México"}`, `{"name":"Banorte"}`} {
		if !strings.Contains(string(r.Response), want) {
			t.Errorf("organizations lack %s: %s", want, r.Response)
		}
	}
	// The emulated data's ids are in the catalogues.
	for path, id := range map[string]string{"account_types": accountTypeChecking, "attachment_types": attachmentTypeCFDI} {
		if r := e.do("GET", "/v1/catalogues/"+path, auth, nil); !strings.Contains(string(r.Response), id) {
			t.Errorf("%s lacks %s", path, id)
		}
	}
	if r := e.do("GET", "/v1/catalogues/countries?order=code,desc&limit=2&skip=1&fields=code", auth, nil); string(r.Response) != `[{"code":"PE"},{"code":"MX"}]` {
		t.Errorf("countries page = %s", r.Response)
	}
	if r := e.do("GET", "/v1/catalogues/account_types", "", nil); r.Status != 401 {
		t.Errorf("without a token: %d", r.Status)
	}
	if r := e.do("POST", "/v1/catalogues/countries", auth, nil); r.Status != 405 {
		t.Errorf("POST: %d", r.Status)
	}
	if r := e.do("GET", "/v1/catalogues/banks", auth, nil); r.Status != 404 {
		t.Errorf("unknown catalogue: %d", r.Status)
	}
}

func TestOrganizationFilters(t *testing.T) {
	e := newEmu(t)
	auth := "TOKEN token=" + e.token(e.createUser("u"))
	names := func(path string) string {
		t.Helper()
		r := e.do("GET", path, auth, nil)
		var rows []struct {
			Name  string
			Sites []struct {
				IDSite string `json:"id_site"`
				Name   string
			}
		}
		if err := json.Unmarshal(r.Response, &rows); err != nil || r.Status != 200 {
			t.Fatalf("%s: %d %s", path, r.Status, r.Response)
		}
		var out []string
		for _, o := range rows {
			s := o.Name
			for _, st := range o.Sites {
				s += "|" + st.Name
			}
			out = append(out, s)
		}
		return strings.Join(out, ";")
	}
	cases := map[string]string{
		"/v1/catalogues/site_organizations?id_site_organization_type=" + typeGovern:  "SAT",
		"/v1/catalogues/site_organizations?id_site=" + SiteToken:                     "ACME Bank (sandbox)",
		"/v1/catalogues/site_organizations?id_site_organization=" + orgBBVA:          "BBVA México",
		"/v1/catalogues/site_organizations?id_country=" + countryUS:                  "",
		"/v1/catalogues/organizations/sites?id_site_organization=" + orgBBVA:         "BBVA México|BBVA México|BBVA Net Cash",
		"/v1/catalogues/organizations/sites?id_site=" + SiteToken:                    "ACME Bank (sandbox)|Token",
		"/v1/catalogues/organizations/sites?id_site_organization_type=" + typeGovern: "SAT|SAT CIEC",
		// No paging on this listing: skip and limit are ignored.
		"/v1/catalogues/organizations/sites?id_site_organization=" + orgSAT + "&skip=5&limit=1": "SAT|SAT CIEC",
	}
	for path, want := range cases {
		if got := names(path); got != want {
			t.Errorf("%s = %q, want %q", path, got, want)
		}
	}
	r := e.do("GET", "/v1/catalogues/organizations/sites?id_site="+SiteSATCIEC, auth, nil)
	if !strings.Contains(string(r.Response), `"credentials":[{"name":"rfc"`) || !strings.Contains(string(r.Response), `"is_disable":0`) {
		t.Errorf("organizations/sites = %s", r.Response)
	}
	// Every site belongs to an organization of the catalogue.
	for _, st := range catalogue {
		if names("/v1/catalogues/site_organizations?id_site_organization="+st.IDSiteOrganization) == "" {
			t.Errorf("site %s (%s) has no organization", st.Name, st.IDSite)
		}
	}
}

func TestFieldsNarrowEveryListing(t *testing.T) {
	e := newEmu(t)
	u := e.createUser("u")
	auth := "TOKEN token=" + e.token(u)
	for _, path := range []string{"/v1/catalogues/sites", "/v1/catalogues/account_types", "/v1/catalogues/site_organizations", "/v1/credentials"} {
		e.do("POST", "/v1/credentials", auth, map[string]any{"id_site": SiteNormal, "credentials": map[string]string{"username": "test", "password": "test"}})
		r := e.do("GET", path+"?fields=name,id_site", auth, nil)
		var rows []map[string]json.RawMessage
		json.Unmarshal(r.Response, &rows)
		if len(rows) == 0 {
			t.Fatalf("%s: %s", path, r.Response)
		}
		for _, row := range rows {
			for k := range row {
				if k != "name" && k != "id_site" {
					t.Errorf("%s?fields=name,id_site sent %s", path, k)
				}
			}
		}
	}
	if r := e.do("GET", "/v1/users?fields=id_user", keyAuth, nil); string(r.Response) != `[{"id_user":"`+u+`"}]` {
		t.Errorf("users = %s", r.Response)
	}
}
