package sync

import (
	"context"
	"encoding/json"
	"iter"
	"net/http"
	"net/url"
	"strconv"

	"github.com/mxpay/mxpay/internal/i18n"
)

// Account is a user's account found by a sync. Balance stays the exact
// JSON number Sync sent; number is masked by Sync itself.
type Account struct {
	IDAccount    string       `json:"id_account"`
	IDCredential string       `json:"id_credential"`
	IDSite       string       `json:"id_site"`
	Name         string       `json:"name"`
	Number       string       `json:"number"`
	Balance      json.Number  `json:"balance"`
	Currency     string       `json:"currency"`
	IsDisable    int          `json:"is_disable"`
	DTRefresh    *int64       `json:"dt_refresh"`
	Site         *AccountSite `json:"site"`

	Raw json.RawMessage `json:"-"`
}

// AccountSite is the site summary an account carries.
type AccountSite struct {
	Name string `json:"name"`
}

func (a *Account) setRaw(r json.RawMessage) { a.Raw = r }

// Common are the filters shared by accounts, transactions and attachments.
// Empty strings and nil pointers are not sent.
type Common struct {
	IDAccount    string
	IDCredential string
	Keywords     string // comma-separated terms
	SkipKeywords string
}

func (f Common) apply(q url.Values) {
	setIf(q, "id_account", f.IDAccount)
	setIf(q, "id_credential", f.IDCredential)
	setIf(q, "keywords", f.Keywords)
	setIf(q, "skip_keywords", f.SkipKeywords)
}

// AccountFilter narrows GET /accounts.
type AccountFilter struct {
	Common
	IDSite                 string
	IDSiteOrganization     string
	IDSiteOrganizationType string
	IsDisable              *bool
	ListParams
}

func (f AccountFilter) values() url.Values {
	q := url.Values{}
	f.Common.apply(q)
	setIf(q, "id_site", f.IDSite)
	setIf(q, "id_site_organization", f.IDSiteOrganization)
	setIf(q, "id_site_organization_type", f.IDSiteOrganizationType)
	setFlag(q, "is_disable", f.IsDisable)
	return f.ListParams.apply(q)
}

// Accounts lists one page of the user's accounts.
func (c *Client) Accounts(ctx context.Context, user string, f AccountFilter) ([]Account, error) {
	var rows []Account
	into := rowsInto(&rows, accountFields, (*Account).setRaw)
	if _, err := c.userDo(ctx, user, call{method: http.MethodGet, path: "/accounts", query: f.values()}, into); err != nil {
		return nil, i18n.Errorf("listing accounts: %w", err)
	}
	return rows, nil
}

// setFlag sends a 0/1 filter.
func setFlag(q url.Values, key string, v *bool) {
	if v == nil {
		return
	}
	q.Set(key, "0")
	if *v {
		q.Set(key, "1")
	}
}

// setTime sends an epoch-seconds filter; zero is not sent.
func setTime(q url.Values, key string, v int64) {
	if v != 0 {
		q.Set(key, strconv.FormatInt(v, 10))
	}
}

// count reads a {count} reply.
func (c *Client) count(ctx context.Context, user, path string, q url.Values) (int, error) {
	var out struct {
		Count *int `json:"count"`
	}
	if _, err := c.userDo(ctx, user, call{method: http.MethodGet, path: path, query: q}, &out); err != nil {
		return 0, err
	}
	if out.Count == nil {
		return 0, &ReplyError{HTTPStatus: http.StatusOK, Method: http.MethodGet, Path: path, Reason: "it has no count"}
	}
	return *out.Count, nil
}

// AllAccounts reads every account matching f, page by page (see paging.go).
func (c *Client) AllAccounts(ctx context.Context, user string, f AccountFilter) iter.Seq2[Account, error] {
	fetch := func(ctx context.Context, skip, limit int) ([]Account, error) {
		p := f // a copy: the next page is read while this one is handled
		p.Skip, p.Limit = skip, limit
		return c.Accounts(ctx, user, p)
	}
	return pages(ctx, f.Skip, f.Limit, fetch, func(a Account) string { return a.IDAccount })
}
