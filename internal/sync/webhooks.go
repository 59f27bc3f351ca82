package sync

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
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

// ListWebhooks lists the API key's webhooks.
func (c *Client) ListWebhooks(ctx context.Context) ([]Webhook, error) {
	var raws []json.RawMessage
	if _, err := c.do(ctx, c.apiKeyAuth(), call{method: http.MethodGet, path: "/webhooks"}, &raws); err != nil {
		return nil, fmt.Errorf("listing webhooks: %w", err)
	}
	return decodeEach[Webhook](raws)
}

// CreateWebhook registers url for events; delay (seconds) is sent when not
// nil. Not retried: a repeat would register the URL twice.
func (c *Client) CreateWebhook(ctx context.Context, u string, events []string, delay *int) (*Webhook, error) {
	body := map[string]any{"url": u, "events": events}
	if delay != nil {
		body["delay"] = *delay
	}
	raw, err := c.do(ctx, c.apiKeyAuth(), call{method: http.MethodPost, path: "/webhooks", body: body}, nil)
	if err != nil {
		return nil, fmt.Errorf("creating the webhook: %w", err)
	}
	return decodeOne[Webhook](raw)
}

// DeleteWebhook removes a webhook.
func (c *Client) DeleteWebhook(ctx context.Context, id string) error {
	if _, err := c.do(ctx, c.apiKeyAuth(), call{method: http.MethodDelete, path: "/webhooks/" + url.PathEscape(id)}, nil); err != nil {
		return fmt.Errorf("deleting webhook %s: %w", id, err)
	}
	return nil
}
