package sync

import (
	"context"
	"encoding/json"
	"iter"
	"net/http"
	"net/url"

	"github.com/mxpay/mxpay/internal/i18n"
)

// Credential is a user's registered login at a site. Sync never returns
// the secret values, only a masked username.
type Credential struct {
	IDCredential   string `json:"id_credential"`
	IDUser         string `json:"id_user"`
	IDSite         string `json:"id_site"`
	IDOrganization string `json:"id_site_organization"`
	IsAuthorized   *int   `json:"is_authorized"`
	IsLocked       int    `json:"is_locked"`
	IsTwofa        int    `json:"is_twofa"`
	Username       string `json:"username"`
	Code           int    `json:"code"`
	DTAuthorized   *int64 `json:"dt_authorized"`
	DTExecute      *int64 `json:"dt_execute"`
	DTRefresh      *int64 `json:"dt_refresh"`

	Raw json.RawMessage `json:"-"`
}

func (c *Credential) setRaw(r json.RawMessage) { c.Raw = r }

// Credentials lists the user's credentials.
func (c *Client) Credentials(ctx context.Context, user string, p ListParams) ([]Credential, error) {
	var raws []json.RawMessage
	if _, err := c.userDo(ctx, user, call{method: http.MethodGet, path: "/credentials", query: p.apply(nil)}, &raws); err != nil {
		return nil, i18n.Errorf("listing credentials: %w", err)
	}
	return decodeEach[Credential](raws)
}

// NewCredential is the reply to creating credentials: the job to follow.
type NewCredential struct {
	IDCredential string `json:"id_credential"`
	IDJobUUID    string `json:"id_job_uuid"`
	IDJob        string `json:"id_job"`
	IsNew        int    `json:"is_new"`
	Username     string `json:"username"`
	WS           string `json:"ws"`
	Status       string `json:"status"`
	Twofa        string `json:"twofa"`

	Raw json.RawMessage `json:"-"`
}

func (n *NewCredential) setRaw(r json.RawMessage) { n.Raw = r }

// DeleteCredential deletes a credential and its accounts.
func (c *Client) DeleteCredential(ctx context.Context, user, id string) error {
	if _, err := c.userDo(ctx, user, call{method: http.MethodDelete, path: "/credentials/" + url.PathEscape(id)}, nil); err != nil {
		return i18n.Errorf("deleting credential %s: %w", id, err)
	}
	return nil
}

// JobStatus is one entry of a job's history.
type JobStatus struct {
	Code    int         `json:"code"`
	Address string      `json:"address,omitempty"`
	Twofa   []FormField `json:"twofa,omitempty"`

	Raw json.RawMessage `json:"-"`
}

func (s *JobStatus) setRaw(r json.RawMessage) { s.Raw = r }

// JobStatuses returns a job's codes so far, newest last.
func (c *Client) JobStatuses(ctx context.Context, user, job string) ([]JobStatus, error) {
	var raws []json.RawMessage
	if _, err := c.userDo(ctx, user, call{method: http.MethodGet, path: "/jobs/" + url.PathEscape(job) + "/status"}, &raws); err != nil {
		return nil, i18n.Errorf("reading job %s: %w", job, err)
	}
	return decodeEach[JobStatus](raws)
}

// SendTwofa answers a job waiting at 410. Never retried: a code may be
// single-use.
func (c *Client) SendTwofa(ctx context.Context, user, job string, values map[string]string) error {
	body := map[string]any{"twofa": values}
	if _, err := c.userDo(ctx, user, call{method: http.MethodPost, path: "/jobs/" + url.PathEscape(job) + "/twofa", body: body}, nil); err != nil {
		return i18n.Errorf("sending the two-factor answer for job %s: %w", job, err)
	}
	return nil
}

// AllCredentials reads every credential of the user, page by page (see
// paging.go).
func (c *Client) AllCredentials(ctx context.Context, user string, p ListParams) iter.Seq2[Credential, error] {
	fetch := func(ctx context.Context, skip, limit int) ([]Credential, error) {
		q := p
		q.Skip, q.Limit = skip, limit
		return c.Credentials(ctx, user, q)
	}
	return pages(ctx, p.Skip, p.Limit, fetch, func(cr Credential) string { return cr.IDCredential })
}
