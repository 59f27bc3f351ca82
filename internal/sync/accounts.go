package sync

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
)

// Account is a user's account found by a sync. Balance stays the exact
// JSON number Sync sent.
type Account struct {
	IDAccount    string      `json:"id_account"`
	IDCredential string      `json:"id_credential"`
	IDSite       string      `json:"id_site"`
	Name         string      `json:"name"`
	Number       string      `json:"number"`
	Balance      json.Number `json:"balance"`
	Currency     string      `json:"currency"`

	Raw json.RawMessage `json:"-"`
}

func (a *Account) setRaw(r json.RawMessage) { a.Raw = r }

// AccountFilter narrows GET /accounts.
type AccountFilter struct {
	IDAccount    string
	IDCredential string
	IDSite       string
	ListParams
}

// Accounts lists one page of the user's accounts.
func (c *Client) Accounts(ctx context.Context, user string, f AccountFilter) ([]Account, error) {
	q := url.Values{}
	setIf(q, "id_account", f.IDAccount)
	setIf(q, "id_credential", f.IDCredential)
	setIf(q, "id_site", f.IDSite)
	var raws []json.RawMessage
	if _, err := c.userDo(ctx, user, call{method: http.MethodGet, path: "/accounts", query: f.apply(q)}, &raws); err != nil {
		return nil, fmt.Errorf("listing accounts: %w", err)
	}
	return decodeEach[Account](raws)
}
