package sync

// The site organizations: the sandbox's ACME bank, the SAT, the emulator's
// Banco Demo and the main Mexican banks, each with the sites (personal
// and business online banking) a credential connects to. The banks' sites
// behave like the sandbox's Normal site: test/test succeeds.

// Country ids of /catalogues/countries (catalogues.go).
const (
	countryMX = "5a2f8e52f9de2a07328b4567"
	countryUS = "5a2f8e52f9de2a07328b4568"
	countryCO = "5a2f8e52f9de2a07328b4569"
	countryCL = "5a2f8e52f9de2a07328b456a"
	countryPE = "5a2f8e52f9de2a07328b456b"
	countryAR = "5a2f8e52f9de2a07328b456c"
	countryBR = "5a2f8e52f9de2a07328b456d"
	countryES = "5a2f8e52f9de2a07328b456e"
)

// organization is an entry of /catalogues/site_organizations, in its
// documented shape.
type organization struct {
	IDSiteOrganization     string `json:"id_site_organization"`
	IDSiteOrganizationType string `json:"id_site_organization_type"`
	IDCountry              string `json:"id_country"`
	Name                   string `json:"name"`
	Avatar                 string `json:"avatar"`
	SmallCover             string `json:"small_cover"`
	Cover                  string `json:"cover"`
}

func newOrganization(id, orgType, name string) organization {
	img := "/images/" + id + "/"
	return organization{IDSiteOrganization: id, IDSiteOrganizationType: orgType, IDCountry: countryMX, Name: name,
		Avatar: img + "avatar", SmallCover: img + "small_cover", Cover: img + "cover"}
}

// Organization ids of the banks.
const (
	orgBBVA       = "5b28552d056f2911c13dbc10"
	orgBanamex    = "5b28552d056f2911c13dbc11"
	orgSantander  = "5b28552d056f2911c13dbc12"
	orgBanorte    = "5b28552d056f2911c13dbc13"
	orgHSBC       = "5b28552d056f2911c13dbc14"
	orgScotiabank = "5b28552d056f2911c13dbc15"
	orgInbursa    = "5b28552d056f2911c13dbc16"
	orgAzteca     = "5b28552d056f2911c13dbc17"
	orgBanCoppel  = "5b28552d056f2911c13dbc18"
	orgBanBajio   = "5b28552d056f2911c13dbc19"
	orgBanregio   = "5b28552d056f2911c13dbc1a"
	orgAmex       = "5b28552d056f2911c13dbc1b"
)

// organizations is the emulated organization catalogue, in a fixed order.
var organizations = []organization{
	newOrganization(orgSandbox, typeSandbox, "ACME Bank (sandbox)"),
	newOrganization(orgSAT, typeGovern, "SAT"),
	newOrganization(orgBancoDemo, typeBank, "Banco Demo"),
	newOrganization(orgBBVA, typeBank, "BBVA México"),
	newOrganization(orgBanamex, typeBank, "Banamex"),
	newOrganization(orgSantander, typeBank, "Santander"),
	newOrganization(orgBanorte, typeBank, "Banorte"),
	newOrganization(orgHSBC, typeBank, "HSBC México"),
	newOrganization(orgScotiabank, typeBank, "Scotiabank"),
	newOrganization(orgInbursa, typeBank, "Inbursa"),
	newOrganization(orgAzteca, typeBank, "Banco Azteca"),
	newOrganization(orgBanCoppel, typeBank, "BanCoppel"),
	newOrganization(orgBanBajio, typeBank, "BanBajío"),
	newOrganization(orgBanregio, typeBank, "Banregio"),
	newOrganization(orgAmex, typeBank, "American Express"),
}

// bankSite is a bank's online banking site; personal and business say
// which users it serves.
func bankSite(id, org, name string, personal, business bool, form []field) site {
	flag := func(b bool) int {
		if b {
			return 1
		}
		return 0
	}
	return site{IDSite: id, IDSiteOrganization: org, IDSiteOrganizationType: typeBank, IDSiteType: siteTypeWeb,
		IsBusiness: flag(business), IsPersonal: flag(personal), Version: 1, Name: name, Credentials: form, Endpoint: "/v1/credentials"}
}

// clientUserPass is the form of business portals: a client (contract)
// number besides the user's own login.
var clientUserPass = append([]field{{Name: "client", Type: "text", Label: "Client number", Required: true}}, userPass...)

// bankSites are the banks' sites.
var bankSites = []site{
	bankSite("5b2857a3056f2911c13dbd10", orgBBVA, "BBVA México", true, false, userPass),
	bankSite("5b2857a3056f2911c13dbd11", orgBBVA, "BBVA Net Cash", false, true, clientUserPass),
	bankSite("5b2857a3056f2911c13dbd12", orgBanamex, "Banamex", true, false, userPass),
	bankSite("5b2857a3056f2911c13dbd13", orgBanamex, "BancaNet Empresarial", false, true, clientUserPass),
	bankSite("5b2857a3056f2911c13dbd14", orgSantander, "Santander", true, false, userPass),
	bankSite("5b2857a3056f2911c13dbd15", orgSantander, "Santander Enlace", false, true, clientUserPass),
	bankSite("5b2857a3056f2911c13dbd16", orgBanorte, "Banorte", true, false, userPass),
	bankSite("5b2857a3056f2911c13dbd17", orgBanorte, "Banorte Empresas", false, true, clientUserPass),
	bankSite("5b2857a3056f2911c13dbd18", orgHSBC, "HSBC México", true, false, userPass),
	bankSite("5b2857a3056f2911c13dbd19", orgHSBC, "HSBCnet", false, true, clientUserPass),
	bankSite("5b2857a3056f2911c13dbd1a", orgScotiabank, "Scotiabank", true, true, userPass),
	bankSite("5b2857a3056f2911c13dbd1b", orgInbursa, "Inbursa", true, true, userPass),
	bankSite("5b2857a3056f2911c13dbd1c", orgAzteca, "Banco Azteca", true, false, userPass),
	bankSite("5b2857a3056f2911c13dbd1d", orgBanCoppel, "BanCoppel", true, false, userPass),
	bankSite("5b2857a3056f2911c13dbd1e", orgBanBajio, "BanBajío", true, true, userPass),
	bankSite("5b2857a3056f2911c13dbd1f", orgBanregio, "Banregio", true, true, userPass),
	bankSite("5b2857a3056f2911c13dbd20", orgAmex, "American Express", true, false, userPass),
}
