package sync

import (
	"encoding/json"
	"time"

	"go.etcd.io/bbolt"
)

// Sync documents POST /webhooks as "create or update". The emulator
// updates the webhook already registered for the same URL (its events and
// delay; id, creation date and failure count stay) and creates one
// otherwise. Which member real Sync matches on is not documented; the URL
// is the one a second registration repeats.

// updated turns h into the update of the webhook registered for h.URL,
// when there is one.
func updated(tx *bbolt.Tx, h *webhook, now time.Time) bool {
	var old *webhook
	each(tx, bucketWebhooks, func(_ string, raw []byte) error {
		var w webhook
		if old == nil && json.Unmarshal(raw, &w) == nil && w.URL == h.URL {
			old = &w
		}
		return nil
	})
	if old == nil {
		return false
	}
	modified := now.UTC().Format(time.RFC3339)
	h.IDWebhook, h.IDUser, h.IsDisabled, h.CtFailed, h.DTCreated, h.DTModified = old.IDWebhook, old.IDUser, old.IsDisabled, old.CtFailed, old.DTCreated, &modified
	return true
}

// epochReply gives the dates of a creating reply: epoch seconds, as the
// document's example shows, dt_modified null on a creation.
func epochReply(h webhook, now time.Time) (created int64, modified *int64) {
	if h.DTModified == nil {
		return now.Unix(), nil
	}
	t, err := time.Parse(time.RFC3339, h.DTCreated)
	if err != nil {
		t = now
	}
	m := now.Unix()
	return t.Unix(), &m
}
