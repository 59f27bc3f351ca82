package sync

import (
	"context"
	"encoding/json"
	"iter"
	"net/http"
	"net/url"

	"github.com/mxpay/mxpay/internal/i18n"
)

// The catalogues classify everything else: account types, attachment types,
// countries and the organizations (banks, the SAT) that own the sites.
// Like every token call they are read as a user. All but
// /catalogues/organizations/sites take fields, limit, skip and order; the
// site catalogue itself is in sites.go.

// AccountType is an entry of /catalogues/account_types: what
// id_account_type on accounts and transactions names.
type AccountType struct {
	IDAccountType string `json:"id_account_type"`
	Name          string `json:"name"`

	Raw json.RawMessage `json:"-"`
}

func (a *AccountType) setRaw(r json.RawMessage) { a.Raw = r }

// AttachmentType is an entry of /catalogues/attachment_types: what
// id_attachment_type on attachments names.
type AttachmentType struct {
	IDAttachmentType string `json:"id_attachment_type"`
	// LegacyID is "_id", the name Paybook's older API reference gives the
	// id; the PHP library's README and the examples say id_attachment_type.
	LegacyID string `json:"_id"`
	Name     string `json:"name"`

	Raw json.RawMessage `json:"-"`
}

func (a *AttachmentType) setRaw(r json.RawMessage) { a.Raw = r }

// ID is the type's id under either name.
func (a AttachmentType) ID() string {
	if a.IDAttachmentType != "" {
		return a.IDAttachmentType
	}
	return a.LegacyID
}

// Country is an entry of /catalogues/countries.
type Country struct {
	IDCountry string `json:"id_country"`
	Name      string `json:"name"`
	Code      string `json:"code"` // ISO 3166-1 alpha-2, e.g. MX

	Raw json.RawMessage `json:"-"`
}

func (c *Country) setRaw(r json.RawMessage) { c.Raw = r }

// Organization is a site organization: the bank or authority (the SAT)
// whose sites credentials connect to. Sites is filled only by
// OrganizationSites (/catalogues/organizations/sites), where each site
// carries its id, name and credential form.
type Organization struct {
	IDSiteOrganization     string `json:"id_site_organization"`
	IDSiteOrganizationType string `json:"id_site_organization_type"`
	IDCountry              string `json:"id_country"`
	Name                   string `json:"name"`
	Avatar                 string `json:"avatar"`
	SmallCover             string `json:"small_cover"`
	Cover                  string `json:"cover"`
	Sites                  []Site `json:"sites"`

	Raw json.RawMessage `json:"-"`
}

func (o *Organization) setRaw(r json.RawMessage) { o.Raw = r }

// OrganizationFilter narrows /catalogues/site_organizations and
// /catalogues/organizations/sites. IDCountry is not in the PHP library's
// README but in Paybook's API reference for both. OrganizationSites sends
// no ListParams: the document gives that listing filters only.
type OrganizationFilter struct {
	IDSite                 string
	IDSiteOrganization     string
	IDSiteOrganizationType string
	IDCountry              string
	ListParams
}

func (f OrganizationFilter) filters() url.Values {
	q := url.Values{}
	setIf(q, "id_site", f.IDSite)
	setIf(q, "id_site_organization", f.IDSiteOrganization)
	setIf(q, "id_site_organization_type", f.IDSiteOrganizationType)
	setIf(q, "id_country", f.IDCountry)
	return q
}

// listCatalogue reads one page of the catalogue at path as user.
func listCatalogue[T any, P interface {
	*T
	rawHolder
}](ctx context.Context, c *Client, user, path, what string, q url.Values) ([]T, error) {
	var raws []json.RawMessage
	if _, err := c.userDo(ctx, user, call{method: http.MethodGet, path: path, query: q}, &raws); err != nil {
		return nil, i18n.Errorf("listing %s: %w", i18n.Errorf(what), err)
	}
	return decodeEach[T, P](raws)
}

// everyPage pages a catalogue by the one rule (paging.go); p's Limit is
// the page size and its Skip the first row.
func everyPage[T any](ctx context.Context, p ListParams, fetch func(context.Context, ListParams) ([]T, error), id func(T) string) iter.Seq2[T, error] {
	return pages(ctx, p.Skip, p.Limit, func(ctx context.Context, skip, limit int) ([]T, error) {
		q := p // a copy: the next page is read while this one is handled
		q.Skip, q.Limit = skip, limit
		return fetch(ctx, q)
	}, id)
}

// AccountTypes reads one page of /catalogues/account_types.
func (c *Client) AccountTypes(ctx context.Context, user string, p ListParams) ([]AccountType, error) {
	return listCatalogue[AccountType](ctx, c, user, "/catalogues/account_types", "account types", p.apply(nil))
}

// AllAccountTypes reads every account type, page by page.
func (c *Client) AllAccountTypes(ctx context.Context, user string, p ListParams) iter.Seq2[AccountType, error] {
	fetch := func(ctx context.Context, p ListParams) ([]AccountType, error) { return c.AccountTypes(ctx, user, p) }
	return everyPage(ctx, p, fetch, func(a AccountType) string { return a.IDAccountType })
}

// AttachmentTypes reads one page of /catalogues/attachment_types.
func (c *Client) AttachmentTypes(ctx context.Context, user string, p ListParams) ([]AttachmentType, error) {
	return listCatalogue[AttachmentType](ctx, c, user, "/catalogues/attachment_types", "attachment types", p.apply(nil))
}

// AllAttachmentTypes reads every attachment type, page by page.
func (c *Client) AllAttachmentTypes(ctx context.Context, user string, p ListParams) iter.Seq2[AttachmentType, error] {
	fetch := func(ctx context.Context, p ListParams) ([]AttachmentType, error) {
		return c.AttachmentTypes(ctx, user, p)
	}
	return everyPage(ctx, p, fetch, AttachmentType.ID)
}

// Countries reads one page of /catalogues/countries.
func (c *Client) Countries(ctx context.Context, user string, p ListParams) ([]Country, error) {
	return listCatalogue[Country](ctx, c, user, "/catalogues/countries", "countries", p.apply(nil))
}

// AllCountries reads every country, page by page.
func (c *Client) AllCountries(ctx context.Context, user string, p ListParams) iter.Seq2[Country, error] {
	fetch := func(ctx context.Context, p ListParams) ([]Country, error) { return c.Countries(ctx, user, p) }
	return everyPage(ctx, p, fetch, func(c Country) string { return c.IDCountry })
}

// Organizations reads one page of /catalogues/site_organizations.
func (c *Client) Organizations(ctx context.Context, user string, f OrganizationFilter) ([]Organization, error) {
	return listCatalogue[Organization](ctx, c, user, "/catalogues/site_organizations", "site organizations", f.ListParams.apply(f.filters()))
}

// AllOrganizations reads every site organization matching f, page by page.
func (c *Client) AllOrganizations(ctx context.Context, user string, f OrganizationFilter) iter.Seq2[Organization, error] {
	fetch := func(ctx context.Context, p ListParams) ([]Organization, error) {
		g := f
		g.ListParams = p
		return c.Organizations(ctx, user, g)
	}
	return everyPage(ctx, f.ListParams, fetch, func(o Organization) string { return o.IDSiteOrganization })
}

// OrganizationSites reads /catalogues/organizations/sites: the
// organizations matching f, each with its sites. f's ListParams are not
// sent (the document gives this listing no paging), so the reply is the
// whole catalogue in one.
func (c *Client) OrganizationSites(ctx context.Context, user string, f OrganizationFilter) ([]Organization, error) {
	return listCatalogue[Organization](ctx, c, user, "/catalogues/organizations/sites", "sites by organization", f.filters())
}
