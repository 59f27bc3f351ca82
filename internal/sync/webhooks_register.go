package sync

import (
	"context"
	"slices"
	"time"
)

// WebhookRegistration is what registering a webhook did. Sync's POST
// /webhooks creates or updates a webhook ("Crear o actualizar"), and its
// reply does not say which: the webhooks registered for the URL just
// before sending do.
type WebhookRegistration struct {
	Webhook *Webhook
	// Found: the reply was lost, and the lookup found the webhook as asked.
	Found bool
	// Updated: Sync answered with a webhook registered for the URL before.
	Updated bool
	// Others are the webhooks registered for the URL before sending, but
	// the one Sync answered with.
	Others []Webhook
	// Unlisted: the webhooks could not be listed before sending, so
	// Updated and Others are not known.
	Unlisted error
}

// RegisterWebhook registers u for events (delay in seconds, sent when not
// nil). It lists the key's webhooks first, to tell a creation from an
// update (a listing that fails is reported in Unlisted, and does not stop
// the registration), then sends POST /webhooks by the safe-create rule (create.go):
// once; after an ambiguous failure the webhooks are listed until one with
// this URL, these events (and delay) shows up that is new since just
// before sending or was registered for the URL before: in both cases the
// URL is now registered as asked.
func (c *Client) RegisterWebhook(ctx context.Context, u string, events []string, delay *int) (*WebhookRegistration, error) {
	var before []Webhook
	var unlisted error
	for h, err := range c.AllWebhooks(ctx) {
		if err != nil {
			before, unlisted = nil, err
			break
		}
		if h.URL == u {
			before = append(before, h)
		}
	}
	if ctx.Err() != nil {
		return nil, ctx.Err() // interrupted before anything was sent
	}
	known := func(id string) bool {
		return slices.ContainsFunc(before, func(h Webhook) bool { return h.IDWebhook == id })
	}
	asAsked := func(h Webhook) bool {
		return h.URL == u && sameEvents(h.Events, events) && (delay == nil || h.Delay == *delay)
	}
	create := func(ctx context.Context) (*Webhook, error) { return c.createWebhook(ctx, u, events, delay) }
	find := func(ctx context.Context, since time.Time) (*Webhook, error) {
		for h, err := range c.AllWebhooks(ctx) {
			if err != nil {
				return nil, err
			}
			if asAsked(h) && (h.createdSince(since) || known(h.IDWebhook)) {
				return &h, nil
			}
		}
		return nil, nil
	}
	created, lookedUp, err := createOrFind(ctx, c, "the request registering the webhook "+u, create, find)
	if err != nil {
		return nil, err
	}
	reg := &WebhookRegistration{Webhook: created, Unlisted: unlisted}
	if lookedUp != nil {
		reg.Webhook, reg.Found = lookedUp, true
	}
	reg.Updated = known(reg.Webhook.IDWebhook)
	for _, h := range before {
		if h.IDWebhook != reg.Webhook.IDWebhook {
			reg.Others = append(reg.Others, h)
		}
	}
	return reg, nil
}
