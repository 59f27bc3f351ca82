package sync

import (
	"context"
	"io"
	"net/http"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestRegisterWebhookTellsAnUpdateFromACreation(t *testing.T) {
	existing := `[{"id_webhook":"w1","url":"https://example.com/h","events":["refresh"],"delay":0,"dt_created":"2020-01-10T00:25:24+00:00"},` +
		`{"id_webhook":"w9","url":"https://example.com/other","events":["refresh"]}]`
	cases := []struct {
		name, reply      string
		updated          bool
		others           int
		wantID, wantBody string
	}{
		{name: "same id: updated", reply: `{"id_webhook":"w1","url":"https://example.com/h","events":["credential_create","refresh"],"delay":30,"dt_created":1578615924,"dt_modified":1700000000}`,
			updated: true, wantID: "w1"},
		{name: "new id beside the old one", reply: `{"id_webhook":"w2","url":"https://example.com/h","events":["credential_create","refresh"],"delay":30,"dt_created":1700000000,"dt_modified":null}`,
			others: 1, wantID: "w2"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			// The listing is paged (pages are asked ahead, so it answers by
			// skip); the POST is what must be sent, once, as shown.
			var mu sync.Mutex
			var posts []string
			h := newHostile(t, map[string]route{
				"GET /v1/webhooks": func(_ int, w http.ResponseWriter, r *http.Request) {
					rows := `[]`
					if s := r.URL.Query().Get("skip"); s == "" || s == "0" {
						rows = existing
					}
					answer(200, wrap(200, true, rows))(0, w, r)
				},
				"POST /v1/webhooks": func(_ int, w http.ResponseWriter, r *http.Request) {
					body, _ := io.ReadAll(r.Body)
					mu.Lock()
					posts = append(posts, r.Header.Get("Authorization")+" "+r.Header.Get("Content-Type")+" "+string(body))
					mu.Unlock()
					answer(200, wrap(200, true, tc.reply))(0, w, r)
				},
			})
			delay := 30
			reg, err := h.client(time.Second, nil).RegisterWebhook(context.Background(), "https://example.com/h", []string{"credential_create", "refresh"}, &delay)
			if err != nil {
				t.Fatal(err)
			}
			if reg.Found || reg.Updated != tc.updated || len(reg.Others) != tc.others || reg.Webhook.IDWebhook != tc.wantID {
				t.Errorf("%+v", reg)
			}
			want := `API_KEY api_key=key-123 application/json {"delay":30,"events":["credential_create","refresh"],"url":"https://example.com/h"}`
			if len(posts) != 1 || posts[0] != want {
				t.Errorf("posts %q\nwant one: %s", posts, want)
			}
		})
	}
}

func TestRegisterWebhookLostUpdateIsFound(t *testing.T) {
	// The URL was registered for refresh only; the lost request asked for
	// every event, and the listing shows it applied: same id, old dates.
	before := `[{"id_webhook":"5e17c4746cee651e7b03df34","url":"https://example.com/h","events":["refresh"],"dt_created":"2020-01-10 01:05:24"}]`
	after := `[{"id_webhook":"5e17c4746cee651e7b03df34","url":"https://example.com/h","events":["credential_create","credential_update","refresh"],"dt_created":"2020-01-10 01:05:24"}]`
	var posted atomic.Bool
	h := newHostile(t, map[string]route{
		"POST /v1/webhooks": func(n int, w http.ResponseWriter, r *http.Request) { posted.Store(true); hangUp(n, w, r) },
		"GET /v1/webhooks": func(n int, w http.ResponseWriter, r *http.Request) {
			rows := before // the listing before sending
			if posted.Load() {
				rows = after
			}
			answer(200, wrap(200, true, rows))(n, w, r)
		},
	})
	reg, err := h.client(time.Second, nil).RegisterWebhook(context.Background(), "https://example.com/h", Events(), nil)
	if err != nil || !reg.Found || !reg.Updated || reg.Webhook.IDWebhook != "5e17c4746cee651e7b03df34" || len(reg.Others) != 0 {
		t.Fatalf("%+v %v", reg, err)
	}
	if h.count("POST /v1/webhooks") != 1 {
		t.Error("the webhook was sent again")
	}
}

func TestRegisterWebhookStillRegistersWhenTheListingFails(t *testing.T) {
	// The pager may ask for two pages at once; every listing is refused.
	h := newHostile(t, map[string]route{
		"GET /v1/webhooks":  answer(403, wrap(403, false, `null`)),
		"POST /v1/webhooks": answer(200, wrap(200, true, `{"id_webhook":"w1","url":"https://example.com/h","events":["refresh"]}`)),
	})
	reg, err := h.client(time.Second, nil).RegisterWebhook(context.Background(), "https://example.com/h", []string{"refresh"}, nil)
	if err != nil || reg.Unlisted == nil || reg.Updated || reg.Webhook.IDWebhook != "w1" {
		t.Fatalf("%+v %v", reg, err)
	}
	if n := h.count("POST /v1/webhooks"); n != 1 {
		t.Errorf("the webhook was sent %d times", n)
	}
}
