package sync

import (
	"context"
	"encoding/json"
	"iter"
	"net/http"
	"net/url"

	"github.com/mxpay/mxpay/internal/i18n"
)

// Transaction is one movement of an account. Amount stays the exact JSON
// number Sync sent (negative for charges).
type Transaction struct {
	IDTransaction string            `json:"id_transaction"`
	IDAccount     string            `json:"id_account"`
	IDCredential  string            `json:"id_credential"`
	IDSite        string            `json:"id_site"`
	Description   string            `json:"description"`
	Amount        json.Number       `json:"amount"`
	Currency      string            `json:"currency"`
	Reference     *string           `json:"reference"`
	IsDisable     int               `json:"is_disable"`
	Attachments   []json.RawMessage `json:"attachments"`
	DTTransaction *int64            `json:"dt_transaction"`
	DTRefresh     *int64            `json:"dt_refresh"`

	Raw json.RawMessage `json:"-"`
}

func (t *Transaction) setRaw(r json.RawMessage) { t.Raw = r }

// TransactionFilter narrows GET /transactions and /transactions/count.
// Times are epoch seconds; zero is not sent.
type TransactionFilter struct {
	Common
	IDTransaction          string
	IDSite                 string
	IDSiteOrganization     string
	IDSiteOrganizationType string
	HasAttachment          *bool
	IsDisable              *bool
	DTTransactionFrom      int64
	DTTransactionTo        int64
	DTRefreshFrom          int64
	DTRefreshTo            int64
	ListParams
}

func (f TransactionFilter) filters() url.Values {
	q := url.Values{}
	f.Common.apply(q)
	setIf(q, "id_transaction", f.IDTransaction)
	setIf(q, "id_site", f.IDSite)
	setIf(q, "id_site_organization", f.IDSiteOrganization)
	setIf(q, "id_site_organization_type", f.IDSiteOrganizationType)
	setFlag(q, "has_attachment", f.HasAttachment)
	setFlag(q, "is_disable", f.IsDisable)
	setTime(q, "dt_transaction_from", f.DTTransactionFrom)
	setTime(q, "dt_transaction_to", f.DTTransactionTo)
	setTime(q, "dt_refresh_from", f.DTRefreshFrom)
	setTime(q, "dt_refresh_to", f.DTRefreshTo)
	return q
}

// Transactions lists one page of the user's transactions.
func (c *Client) Transactions(ctx context.Context, user string, f TransactionFilter) ([]Transaction, error) {
	rows := make([]Transaction, 0, min(max(f.Limit, 0), 1000))
	into := rowsInto(&rows, transactionFields, (*Transaction).setRaw)
	if _, err := c.userDo(ctx, user, call{method: http.MethodGet, path: "/transactions", query: f.ListParams.apply(f.filters())}, into); err != nil {
		return nil, i18n.Errorf("listing transactions: %w", err)
	}
	return rows, nil
}

// CountTransactions counts the transactions matching f (paging ignored).
func (c *Client) CountTransactions(ctx context.Context, user string, f TransactionFilter) (int, error) {
	n, err := c.count(ctx, user, "/transactions/count", f.filters())
	if err != nil {
		return 0, i18n.Errorf("counting transactions: %w", err)
	}
	return n, nil
}

// AllTransactions reads every transaction matching f, page by page (see
// paging.go): f's Limit is the page size. A million rows stream with flat
// memory.
func (c *Client) AllTransactions(ctx context.Context, user string, f TransactionFilter) iter.Seq2[Transaction, error] {
	fetch := func(ctx context.Context, skip, limit int) ([]Transaction, error) {
		p := f // a copy: the next page is read while this one is handled
		p.Skip, p.Limit = skip, limit
		return c.Transactions(ctx, user, p)
	}
	return pages(ctx, f.Skip, f.Limit, fetch, func(t Transaction) string { return t.IDTransaction })
}
