package sync

import (
	"context"
	"testing"
)

func TestSitesAndUsersSendTheDocumentedParameters(t *testing.T) {
	f, srv := newFake(t, ok(`{"token":"`+string(make64('a'))+`"}`),
		ok(`[{"id_site":"s1","name":"Normal","is_business":1,"is_personal":1,"credentials":[]}]`),
		ok(`[{"id_user":"u9","name":"El Santo"}]`))
	c := newTestClient(srv, NewMemorySessions())
	sites, err := c.Sites(context.Background(), "u1", SiteFilter{IDSite: "s1", IDSiteOrganization: "o1", IDSiteOrganizationType: "t1",
		ListParams: ListParams{Skip: 3, Limit: 7, Order: "name,desc", Fields: "id_site,name"}})
	if err != nil || len(sites) != 1 || sites[0].Name != "Normal" {
		t.Fatalf("%+v %v", sites, err)
	}
	if _, err := c.ListUsers(context.Background(), UserFilter{IDUser: "u9", ListParams: ListParams{Order: "dt_create,desc"}}); err != nil {
		t.Fatal(err)
	}
	want := []exchange{
		{Method: "GET", Path: "/v1/catalogues/sites", Auth: "TOKEN token=" + string(make64('a')),
			Query: "fields=id_site%2Cname&id_site=s1&id_site_organization=o1&id_site_organization_type=t1&limit=7&order=name%2Cdesc&skip=3"},
		{Method: "GET", Path: "/v1/users", Auth: "API_KEY api_key=key-123", Query: "id_user=u9&order=dt_create%2Cdesc"},
	}
	for i, w := range want {
		if f.seen[i+1] != w {
			t.Errorf("request %d = %+v\nwant        %+v", i, f.seen[i+1], w)
		}
	}
}
