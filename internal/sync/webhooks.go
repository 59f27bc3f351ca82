package sync

import (
	"context"
	"encoding/json"
	"iter"
	"net/http"
	"net/url"
	"slices"
	"time"

	"github.com/mxpay/mxpay/internal/i18n"
)

// Events returns the webhook events Sync documents.
func Events() []string { return []string{"credential_create", "credential_update", "refresh"} }

// Webhook is a registered callback URL. dt_created is a date string in
// listings and epoch seconds on creation, so it stays raw.
type Webhook struct {
	IDWebhook  string          `json:"id_webhook"`
	URL        string          `json:"url"`
	Events     []string        `json:"events"`
	Delay      int             `json:"delay"`
	IsDisabled int             `json:"is_disabled"`
	CtFailed   int             `json:"ct_failed"`
	DTCreated  json.RawMessage `json:"dt_created"`

	Raw json.RawMessage `json:"-"`
}

func (w *Webhook) setRaw(r json.RawMessage) { w.Raw = r }

// ListWebhooks lists one page of the API key's webhooks.
func (c *Client) ListWebhooks(ctx context.Context, p ListParams) ([]Webhook, error) {
	var raws []json.RawMessage
	if _, err := c.do(ctx, c.apiKeyAuth(), call{method: http.MethodGet, path: "/webhooks", query: p.apply(nil)}, &raws); err != nil {
		return nil, i18n.Errorf("listing webhooks: %w", err)
	}
	return decodeEach[Webhook](raws)
}

// createWebhook sends POST /webhooks once.
func (c *Client) createWebhook(ctx context.Context, u string, events []string, delay *int) (*Webhook, error) {
	body := map[string]any{"url": u, "events": events}
	if delay != nil {
		body["delay"] = *delay
	}
	raw, err := c.do(ctx, c.apiKeyAuth(), call{method: http.MethodPost, path: "/webhooks", body: body}, nil)
	if err != nil {
		return nil, i18n.Errorf("creating the webhook: %w", err)
	}
	return decodeOne[Webhook](raw)
}

func sameEvents(a, b []string) bool {
	return slices.Equal(slices.Compact(slices.Sorted(slices.Values(a))), slices.Compact(slices.Sorted(slices.Values(b))))
}

// createdSince reads dt_created: epoch seconds on creation, a date string
// in listings (RFC 3339, or "2006-01-02 15:04:05" in UTC), else the time
// in the id. A webhook whose time cannot be read is not taken for ours.
func (w *Webhook) createdSince(since time.Time) bool {
	var n int64
	if json.Unmarshal(w.DTCreated, &n) == nil && n > 0 {
		return notBefore(&n, since)
	}
	var s string
	if json.Unmarshal(w.DTCreated, &s) == nil {
		for _, layout := range []string{time.RFC3339, time.DateTime} {
			if t, err := time.Parse(layout, s); err == nil {
				return !t.Before(since)
			}
		}
	}
	t, ok := createdAt(w.IDWebhook)
	return ok && !t.Before(since)
}

// DeleteWebhook removes a webhook.
func (c *Client) DeleteWebhook(ctx context.Context, id string) error {
	if _, err := c.do(ctx, c.apiKeyAuth(), call{method: http.MethodDelete, path: "/webhooks/" + url.PathEscape(id)}, nil); err != nil {
		return i18n.Errorf("deleting webhook %s: %w", id, err)
	}
	return nil
}

// AllWebhooks reads every webhook of the API key, page by page (see
// paging.go; Sync sends them all at once and ignores skip, which the
// paging rule notices).
func (c *Client) AllWebhooks(ctx context.Context) iter.Seq2[Webhook, error] {
	fetch := func(ctx context.Context, skip, limit int) ([]Webhook, error) {
		return c.ListWebhooks(ctx, ListParams{Skip: skip, Limit: limit})
	}
	return pages(ctx, 0, 0, fetch, func(w Webhook) string { return w.IDWebhook })
}
