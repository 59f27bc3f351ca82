package sync

import (
	"encoding/json"
	"net/http"
)

// accountType is an entry of /catalogues/account_types.
type accountType struct {
	IDAccountType string `json:"id_account_type"`
	Name          string `json:"name"`
}

// accountTypes holds the types the emulated accounts use (data.go) and
// the other kinds a Mexican bank reports.
var accountTypes = []accountType{
	{accountTypeChecking, "Cuenta de cheques"},
	{accountTypeCredit, "Tarjeta de crédito"},
	{"520d3aa93b8e778e0d000002", "Cuenta de ahorro"},
	{"520d3aa93b8e778e0d000003", "Inversión"},
	{"520d3aa93b8e778e0d000004", "Préstamo"},
	{"520d3aa93b8e778e0d000005", "Crédito hipotecario"},
	{accountTypeFiscal, "Fiscal (SAT)"},
}

// attachmentType is an entry of /catalogues/attachment_types.
type attachmentType struct {
	IDAttachmentType string `json:"id_attachment_type"`
	Name             string `json:"name"`
}

// attachmentTypes: the CFDI type is the one of the documentation's
// examples, and the one the emulated SAT attachments carry.
var attachmentTypes = []attachmentType{
	{attachmentTypeCFDI, "CFDI"},
	{"56bcdfca784806d1378b4568", "Estado de cuenta"},
	{"56bcdfca784806d1378b4569", "Constancia de situación fiscal"},
	{"56bcdfca784806d1378b456a", "Opinión de cumplimiento"},
	{"56bcdfca784806d1378b456b", "Declaración anual"},
	{"56bcdfca784806d1378b456c", "Acuse de recibo"},
}

// country is an entry of /catalogues/countries.
type country struct {
	IDCountry string `json:"id_country"`
	Name      string `json:"name"`
	Code      string `json:"code"`
}

var countries = []country{
	{countryMX, "México", "MX"},
	{countryUS, "Estados Unidos", "US"},
	{countryCO, "Colombia", "CO"},
	{countryCL, "Chile", "CL"},
	{countryPE, "Perú", "PE"},
	{countryAR, "Argentina", "AR"},
	{countryBR, "Brasil", "BR"},
	{countryES, "España", "ES"},
}

// catalogues serves GET /catalogues/... for a user (token, or API key and
// id_user).
func (s *server) catalogues(w http.ResponseWriter, req *request) {
	path := ""
	if len(req.segs) > 1 {
		path = req.segs[1]
		if len(req.segs) == 3 {
			path += "/" + req.segs[2]
		}
	}
	serve := map[string]func(http.ResponseWriter, *request){
		"sites":               s.siteList,
		"account_types":       listOf(accountTypes),
		"attachment_types":    listOf(attachmentTypes),
		"countries":           listOf(countries),
		"site_organizations":  organizationList,
		"organizations/sites": organizationSites,
	}[path]
	if serve == nil || len(req.segs) > 3 {
		notFound(w, req.r)
		return
	}
	if req.method != http.MethodGet {
		methodNotAllowed(w)
		return
	}
	if s.userOf(w, req) == "" {
		return
	}
	serve(w, req)
}

// listOf serves a catalogue without filters: order, skip, limit, fields.
func listOf[T any](entries []T) func(http.ResponseWriter, *request) {
	return func(w http.ResponseWriter, req *request) {
		items := make([]json.RawMessage, 0, len(entries))
		for _, e := range entries {
			raw, _ := json.Marshal(e)
			items = append(items, raw)
		}
		writePage(w, req, items)
	}
}

// writePage answers a listing after order, skip, limit and fields.
func writePage(w http.ResponseWriter, req *request, items []json.RawMessage) {
	page, err := req.page(items)
	if err != nil {
		WriteError(w, http.StatusBadRequest, err.Error())
		return
	}
	writeOK(w, page)
}

// organizationFilter is what both organization listings filter on: the
// organization's own ids, its country, and (id_site) having that site.
type organizationFilter struct{ site, org, orgType, country string }

func organizationFilterOf(req *request) organizationFilter {
	return organizationFilter{req.str("id_site"), req.str("id_site_organization"), req.str("id_site_organization_type"), req.str("id_country")}
}

func (f organizationFilter) match(o organization) bool {
	return (f.org == "" || o.IDSiteOrganization == f.org) && (f.orgType == "" || o.IDSiteOrganizationType == f.orgType) &&
		(f.country == "" || o.IDCountry == f.country) && (f.site == "" || len(f.sitesOf(o)) > 0)
}

// sitesOf returns the organization's sites, only the one named by id_site
// when it is given.
func (f organizationFilter) sitesOf(o organization) []site {
	var out []site
	for _, st := range catalogue {
		if st.IDSiteOrganization == o.IDSiteOrganization && (f.site == "" || st.IDSite == f.site) {
			out = append(out, st)
		}
	}
	return out
}

// organizationList serves /catalogues/site_organizations.
func organizationList(w http.ResponseWriter, req *request) {
	f := organizationFilterOf(req)
	items := []json.RawMessage{}
	for _, o := range organizations {
		if f.match(o) {
			raw, _ := json.Marshal(o)
			items = append(items, raw)
		}
	}
	writePage(w, req, items)
}

// organizationSite is a site as /catalogues/organizations/sites lists it
// under its organization: the members Paybook's API reference gives.
type organizationSite struct {
	IDSite      string  `json:"id_site"`
	Name        string  `json:"name"`
	Credentials []field `json:"credentials"`
}

// organizationSites serves /catalogues/organizations/sites: each matching
// organization with its sites. The document gives it filters and no
// paging, so skip, limit, order and fields are ignored, as Sync's webhook
// listing ignores skip.
func organizationSites(w http.ResponseWriter, req *request) {
	f := organizationFilterOf(req)
	type withSites struct {
		organization
		IsDisable int                `json:"is_disable"`
		Sites     []organizationSite `json:"sites"`
	}
	out := []withSites{}
	for _, o := range organizations {
		if !f.match(o) {
			continue
		}
		entry := withSites{organization: o, Sites: []organizationSite{}}
		for _, st := range f.sitesOf(o) {
			entry.Sites = append(entry.Sites, organizationSite{IDSite: st.IDSite, Name: st.Name, Credentials: st.Credentials})
		}
		out = append(out, entry)
	}
	writeOK(w, out)
}
