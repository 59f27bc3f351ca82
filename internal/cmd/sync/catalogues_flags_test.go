package sync_test

import (
	"testing"

	synccmd "github.com/mxpay/mxpay/internal/cmd/sync"
	syncapi "github.com/mxpay/mxpay/internal/sync"
)

func TestCatalogueAndSiteFlags(t *testing.T) {
	s := parse(t, synccmd.NewCmdSitesList, "--user", "u1", "--site", "s1", "--organization", "o1", "--organization-type", "t1",
		"--name", "banco", "--type", "personal", "--limit", "5", "--skip", "2", "--order", "name,desc")
	want := syncapi.SiteFilter{IDSite: "s1", IDSiteOrganization: "o1", IDSiteOrganizationType: "t1"}
	if s.Filter != want || s.Name != "banco" || s.Type != "personal" || s.User != "u1" || s.Page.Limit != 5 || s.Page.Skip != 2 || s.Page.Order != "name,desc" {
		t.Errorf("sites list %+v", s)
	}
	o := parse(t, synccmd.NewCmdOrganizations, "--with-sites", "--site", "s1", "--organization", "o1", "--organization-type", "t1", "--country", "c1")
	if !o.WithSites || o.Filter != (syncapi.OrganizationFilter{IDSite: "s1", IDSiteOrganization: "o1", IDSiteOrganizationType: "t1", IDCountry: "c1"}) {
		t.Errorf("organizations %+v", o)
	}
	for _, newCmd := range []func() *synccmd.CatalogueOptions{
		func() *synccmd.CatalogueOptions {
			return parse(t, synccmd.NewCmdAccountTypes, "--user", "u1", "--all", "--page-size", "50")
		},
		func() *synccmd.CatalogueOptions {
			return parse(t, synccmd.NewCmdAttachmentTypes, "--user", "u1", "--all", "--page-size", "50")
		},
		func() *synccmd.CatalogueOptions {
			return parse(t, synccmd.NewCmdCountries, "--user", "u1", "--all", "--page-size", "50")
		},
	} {
		if c := newCmd(); c.User != "u1" || !c.Page.All || c.Page.PageSize != 50 {
			t.Errorf("catalogue %+v", c)
		}
	}
	u := parse(t, synccmd.NewCmdUsersList, "--user-id", "u9", "--external-id", "e1", "--order", "dt_create,desc", "--limit", "3")
	if u.UserID != "u9" || u.ExternalID != "e1" || u.Page.Order != "dt_create,desc" || u.Page.Limit != 3 {
		t.Errorf("users list %+v", u)
	}
}
