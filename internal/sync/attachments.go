package sync

import (
	"context"
	"encoding/json"
	"io"
	"iter"
	"net/http"
	"net/url"

	"github.com/mxpay/mxpay/internal/httpx"
	"github.com/mxpay/mxpay/internal/i18n"
)

// Attachment is a document attached to a transaction (a CFDI XML, a PDF).
type Attachment struct {
	IDAttachment     string   `json:"id_attachment"`
	IDAccount        string   `json:"id_account"`
	IDTransaction    string   `json:"id_transaction"`
	IDAttachmentType string   `json:"id_attachment_type"`
	IsValid          int      `json:"is_valid"`
	File             string   `json:"file"`
	Mime             *string  `json:"mime"`
	URL              string   `json:"url"`
	Keywords         []string `json:"keywords"`
	DTRefresh        *int64   `json:"dt_refresh"`

	Raw json.RawMessage `json:"-"`
}

func (a *Attachment) setRaw(r json.RawMessage) { a.Raw = r }

// AttachmentFilter narrows GET /attachments and /attachments/count.
type AttachmentFilter struct {
	Common
	IDAttachmentType string
	IDTransaction    string
	IsValid          *bool
	DTRefreshFrom    int64
	DTRefreshTo      int64
	ListParams
}

func (f AttachmentFilter) filters() url.Values {
	q := url.Values{}
	f.Common.apply(q)
	setIf(q, "id_attachment_type", f.IDAttachmentType)
	setIf(q, "id_transaction", f.IDTransaction)
	setFlag(q, "is_valid", f.IsValid)
	setTime(q, "dt_refresh_from", f.DTRefreshFrom)
	setTime(q, "dt_refresh_to", f.DTRefreshTo)
	return q
}

// Attachments lists one page of the user's attachments.
func (c *Client) Attachments(ctx context.Context, user string, f AttachmentFilter) ([]Attachment, error) {
	var rows []Attachment
	into := rowsInto(&rows, attachmentFields, (*Attachment).setRaw)
	if _, err := c.userDo(ctx, user, call{method: http.MethodGet, path: "/attachments", query: f.ListParams.apply(f.filters())}, into); err != nil {
		return nil, i18n.Errorf("listing attachments: %w", err)
	}
	return rows, nil
}

// CountAttachments counts the attachments matching f.
func (c *Client) CountAttachments(ctx context.Context, user string, f AttachmentFilter) (int, error) {
	n, err := c.count(ctx, user, "/attachments/count", f.filters())
	if err != nil {
		return 0, i18n.Errorf("counting attachments: %w", err)
	}
	return n, nil
}

// AttachmentExtra returns GET /attachments/:id/extra: the file's metadata
// with its content as an {n, a, c} tree under "extra".
func (c *Client) AttachmentExtra(ctx context.Context, user, id string) (json.RawMessage, error) {
	raw, err := c.userDo(ctx, user, call{method: http.MethodGet, path: "/attachments/" + url.PathEscape(id) + "/extra"}, nil)
	if err != nil {
		return nil, i18n.Errorf("reading the extracted data of attachment %s: %w", id, err)
	}
	return raw, nil
}

// Download is an open attachment body; the caller closes Body.
type Download struct {
	Body        io.ReadCloser
	ContentType string
	Size        int64 // -1 when unknown
}

// OpenAttachment starts downloading the raw file of an attachment (not an
// envelope). Like every user call, a 401 opens a new session once.
func (c *Client) OpenAttachment(ctx context.Context, user, id string) (*Download, error) {
	path := "/attachments/" + url.PathEscape(id)
	tok, err := c.token(ctx, user)
	if err != nil {
		return nil, err
	}
	resp, err := c.get(ctx, tok, path)
	if IsUnauthorized(err) {
		if tok, err = c.renewToken(ctx, user); err != nil {
			return nil, err
		}
		resp, err = c.get(ctx, tok, path)
	}
	if err != nil {
		return nil, i18n.Errorf("downloading attachment %s: %w", id, err)
	}
	return &Download{Body: resp.Body, ContentType: resp.Header.Get("Content-Type"), Size: resp.ContentLength}, nil
}

// get sends a GET whose success body is not an envelope; failures are.
func (c *Client) get(ctx context.Context, token, path string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.baseURL+path, nil)
	if err != nil {
		return nil, i18n.Errorf("building the request: %w", err)
	}
	req.Header.Set("Authorization", tokenAuth(token).header)
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, httpx.UnwrapURLError(err)
	}
	if resp.StatusCode >= 200 && resp.StatusCode <= 299 {
		return resp, nil
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(io.LimitReader(resp.Body, maxReply))
	// Outside 2xx, decode never succeeds: the reply is Sync's refusal or
	// a page that is not Sync's.
	_, err = decode(resp, http.MethodGet, path, data, nil)
	return nil, err
}

// AllAttachments reads every attachment matching f, page by page (see
// paging.go).
func (c *Client) AllAttachments(ctx context.Context, user string, f AttachmentFilter) iter.Seq2[Attachment, error] {
	fetch := func(ctx context.Context, skip, limit int) ([]Attachment, error) {
		p := f // a copy: the next page is read while this one is handled
		p.Skip, p.Limit = skip, limit
		return c.Attachments(ctx, user, p)
	}
	return pages(ctx, f.Skip, f.Limit, fetch, func(a Attachment) string { return a.IDAttachment })
}
