package sync

import (
	"context"
	"encoding/json"
	"iter"
	"net/http"
	"net/url"

	"github.com/mxpay/mxpay/internal/i18n"
)

// Site is an institution Sync can connect to, with its credential form.
type Site struct {
	IDSite                 string      `json:"id_site"`
	IDSiteOrganization     string      `json:"id_site_organization"`
	IDSiteOrganizationType string      `json:"id_site_organization_type"`
	IDSiteType             string      `json:"id_site_type"`
	IsBusiness             int         `json:"is_business"`
	IsPersonal             int         `json:"is_personal"`
	Version                int         `json:"version"`
	Name                   string      `json:"name"`
	Credentials            []FormField `json:"credentials"`
	Endpoint               string      `json:"endpoint"`

	Raw json.RawMessage `json:"-"`
}

func (s *Site) setRaw(r json.RawMessage) { s.Raw = r }

// FormField is one field of a credential or two-factor form.
type FormField struct {
	Name     string `json:"name"`
	Type     string `json:"type"` // text, password, …
	Label    string `json:"label"`
	Required bool   `json:"required"`
	Username bool   `json:"username"`
	Token    bool   `json:"token"`
	// Validation is a regular expression the value must match, when set.
	Validation *string `json:"validation"`
}

// IsSecret reports a field whose value must not echo.
func (f FormField) IsSecret() bool { return f.Type == "password" }

// SiteFilter narrows GET /catalogues/sites.
type SiteFilter struct {
	IDSite                 string
	IDSiteOrganization     string
	IDSiteOrganizationType string
	ListParams
}

// Sites lists the site catalogue, as seen by user.
func (c *Client) Sites(ctx context.Context, user string, f SiteFilter) ([]Site, error) {
	q := url.Values{}
	setIf(q, "id_site", f.IDSite)
	setIf(q, "id_site_organization", f.IDSiteOrganization)
	setIf(q, "id_site_organization_type", f.IDSiteOrganizationType)
	var raws []json.RawMessage
	if _, err := c.userDo(ctx, user, call{method: http.MethodGet, path: "/catalogues/sites", query: f.apply(q)}, &raws); err != nil {
		return nil, i18n.Errorf("listing sites: %w", err)
	}
	return decodeEach[Site](raws)
}

// Site returns one site of the catalogue.
func (c *Client) Site(ctx context.Context, user, id string) (*Site, error) {
	sites, err := c.Sites(ctx, user, SiteFilter{IDSite: id})
	if err != nil {
		return nil, err
	}
	for i := range sites {
		if sites[i].IDSite == id {
			return &sites[i], nil
		}
	}
	return nil, &APIError{HTTPStatus: http.StatusOK, Code: http.StatusNotFound, Message: "no site with id " + id, Method: http.MethodGet, Path: "/catalogues/sites"}
}

// AllSites reads the whole catalogue matching f, page by page (see
// paging.go).
func (c *Client) AllSites(ctx context.Context, user string, f SiteFilter) iter.Seq2[Site, error] {
	fetch := func(ctx context.Context, p ListParams) ([]Site, error) {
		g := f
		g.ListParams = p
		return c.Sites(ctx, user, g)
	}
	return everyPage(ctx, f.ListParams, fetch, func(s Site) string { return s.IDSite })
}
