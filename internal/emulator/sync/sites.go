package sync

import (
	"encoding/json"
	"net/http"
)

// Site ids of the sandbox (api-notes) and of the extra emulated banks.
const (
	SiteNormal       = "56cf5728784806f72b8b4568"
	SiteToken        = "56cf5728784806f72b8b4569"
	SiteTokenCaptcha = "572ba390784806060f8b458b"
	SiteSATCIEC      = "5da784f1f9de2a06483abec1"
	SiteBancoDemo    = "5b28558f056f2911c13dbd01"
	SiteBancoEmpresa = "5b28558f056f2911c13dbd02"
)

const (
	orgSandbox   = "56cf4ff5784806152c8b4567"
	orgSAT       = "5da784d9f9de2a06483abebf"
	orgBancoDemo = "5b285524056f2911c13dbcff"
	typeSandbox  = "56cf4f5b784806cf028b4568"
	typeBank     = "56cf4f5b784806cf028b4567"
	typeGovern   = "56cf4f5b784806cf028b4569"
	siteTypeWeb  = "5b285177056f2911c13dbce1"
)

// field is one entry of a credential or two-factor form.
type field struct {
	Name       string  `json:"name"`
	Type       string  `json:"type"`
	Label      string  `json:"label"`
	Required   bool    `json:"required"`
	Username   bool    `json:"username"`
	Token      bool    `json:"token"`
	Validation *string `json:"validation"`
}

// site is a catalogue entry; twofa and flow are the emulator's own notes.
type site struct {
	IDSite                 string  `json:"id_site"`
	IDSiteOrganization     string  `json:"id_site_organization"`
	IDSiteOrganizationType string  `json:"id_site_organization_type"`
	IDSiteType             string  `json:"id_site_type"`
	IsBusiness             int     `json:"is_business"`
	IsPersonal             int     `json:"is_personal"`
	Version                int     `json:"version"`
	Name                   string  `json:"name"`
	Credentials            []field `json:"credentials"`
	Endpoint               string  `json:"endpoint"`

	twofa []twofaField // asked at 410; nil for sites without two-factor
	sat   bool         // an RFC and a CIEC instead of a username and a password
}

// twofaField is an entry of the twofa list of a 410 status.
type twofaField struct {
	Name  string `json:"name"`
	Type  string `json:"type"`
	Label string `json:"label"`
}

var (
	rfcPattern = `^[A-Z&Ñ]{3,4}[0-9]{6}[A-Z0-9]{3}$`
	userPass   = []field{
		{Name: "username", Type: "text", Label: "Username", Required: true, Username: true},
		{Name: "password", Type: "password", Label: "Password", Required: true},
	}
	tokenTwofa = []twofaField{{Name: "token", Type: "text", Label: "Enter any number sequence as a token"}}
)

// catalogue is the emulated site list, in a fixed order: the sandbox's
// sites, then the Mexican banks' (organizations.go).
var catalogue = append(sandboxSites, bankSites...)

// sandboxSites are the sites of the documentation and api-notes, with the
// emulator's own Banco Demo.
var sandboxSites = []site{
	{IDSite: SiteNormal, IDSiteOrganization: orgSandbox, IDSiteOrganizationType: typeSandbox, IDSiteType: siteTypeWeb, IsBusiness: 1, IsPersonal: 1, Version: 1, Name: "Normal", Credentials: userPass, Endpoint: "/v1/credentials"},
	{IDSite: SiteToken, IDSiteOrganization: orgSandbox, IDSiteOrganizationType: typeSandbox, IDSiteType: siteTypeWeb, IsBusiness: 1, IsPersonal: 1, Version: 1, Name: "Token", Credentials: userPass, Endpoint: "/v1/credentials", twofa: tokenTwofa},
	{IDSite: SiteTokenCaptcha, IDSiteOrganization: orgSandbox, IDSiteOrganizationType: typeSandbox, IDSiteType: siteTypeWeb, IsBusiness: 1, IsPersonal: 1, Version: 1, Name: "Token & captcha", Credentials: userPass, Endpoint: "/v1/credentials",
		twofa: append([]twofaField{{Name: "captcha", Type: "captcha", Label: "Type the characters of the image (any text in the sandbox)"}}, tokenTwofa...)},
	{IDSite: SiteSATCIEC, IDSiteOrganization: orgSAT, IDSiteOrganizationType: typeGovern, IDSiteType: siteTypeWeb, IsBusiness: 1, IsPersonal: 1, Version: 1, Name: "SAT CIEC", Endpoint: "/v1/credentials", sat: true,
		Credentials: []field{
			{Name: "rfc", Type: "text", Label: "RFC", Required: true, Username: true, Validation: &rfcPattern},
			{Name: "password", Type: "password", Label: "CIEC", Required: true},
		}},
	{IDSite: SiteBancoDemo, IDSiteOrganization: orgBancoDemo, IDSiteOrganizationType: typeBank, IDSiteType: siteTypeWeb, IsBusiness: 0, IsPersonal: 1, Version: 1, Name: "Banco Demo Personas", Credentials: userPass, Endpoint: "/v1/credentials"},
	{IDSite: SiteBancoEmpresa, IDSiteOrganization: orgBancoDemo, IDSiteOrganizationType: typeBank, IDSiteType: siteTypeWeb, IsBusiness: 1, IsPersonal: 0, Version: 1, Name: "Banco Demo Empresas", Endpoint: "/v1/credentials",
		Credentials: []field{
			{Name: "client", Type: "text", Label: "Client number", Required: true},
			{Name: "username", Type: "text", Label: "Username", Required: true, Username: true},
			{Name: "password", Type: "password", Label: "Password", Required: true},
		}, twofa: []twofaField{{Name: "token", Type: "text", Label: "Digits shown by your token device"}}},
}

func siteByID(id string) (*site, bool) {
	for i := range catalogue {
		if catalogue[i].IDSite == id {
			return &catalogue[i], true
		}
	}
	return nil, false
}

// siteList serves GET /catalogues/sites for a user: the documented
// filters, then order, skip, limit and fields.
func (s *server) siteList(w http.ResponseWriter, req *request) {
	id, org, orgType := req.str("id_site"), req.str("id_site_organization"), req.str("id_site_organization_type")
	items := []json.RawMessage{}
	for _, st := range catalogue {
		if (id == "" || st.IDSite == id) && (org == "" || st.IDSiteOrganization == org) && (orgType == "" || st.IDSiteOrganizationType == orgType) {
			raw, _ := json.Marshal(st)
			items = append(items, raw)
		}
	}
	writePage(w, req, items)
}
