package sync

import (
	"context"
	"net/http"
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
			f, srv := newFake(t, ok(existing), ok(`[]`), ok(tc.reply))
			delay := 30
			reg, err := newTestClient(srv, nil).RegisterWebhook(context.Background(), "https://example.com/h", []string{"credential_create", "refresh"}, &delay)
			if err != nil {
				t.Fatal(err)
			}
			if reg.Found || reg.Updated != tc.updated || len(reg.Others) != tc.others || reg.Webhook.IDWebhook != tc.wantID {
				t.Errorf("%+v", reg)
			}
			want := []exchange{
				{Method: "GET", Path: "/v1/webhooks", Auth: "API_KEY api_key=key-123", Query: "limit=100"},
				{Method: "GET", Path: "/v1/webhooks", Auth: "API_KEY api_key=key-123", Query: "limit=100&skip=2"},
				{Method: "POST", Path: "/v1/webhooks", Auth: "API_KEY api_key=key-123", ContentType: "application/json",
					Body: `{"delay":30,"events":["credential_create","refresh"],"url":"https://example.com/h"}`},
			}
			for i := range want {
				if f.seen[i] != want[i] {
					t.Errorf("request %d = %+v\nwant        %+v", i, f.seen[i], want[i])
				}
			}
		})
	}
}

func TestRegisterWebhookLostUpdateIsFound(t *testing.T) {
	// The URL was registered for refresh only; the lost request asked for
	// every event, and the listing shows it applied: same id, old dates.
	before := `[{"id_webhook":"5e17c4746cee651e7b03df34","url":"https://example.com/h","events":["refresh"],"dt_created":"2020-01-10 01:05:24"}]`
	after := `[{"id_webhook":"5e17c4746cee651e7b03df34","url":"https://example.com/h","events":["credential_create","credential_update","refresh"],"dt_created":"2020-01-10 01:05:24"}]`
	h := newHostile(t, map[string]route{
		"POST /v1/webhooks": hangUp,
		"GET /v1/webhooks": func(n int, w http.ResponseWriter, r *http.Request) {
			rows := after
			if n <= 2 { // the listing before sending: its page and the repeat that ends it
				rows = before
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
	f, srv := newFake(t, failure(403, "Forbidden"), ok(`{"id_webhook":"w1","url":"https://example.com/h","events":["refresh"]}`))
	reg, err := newTestClient(srv, nil).RegisterWebhook(context.Background(), "https://example.com/h", []string{"refresh"}, nil)
	if err != nil || reg.Unlisted == nil || reg.Updated || reg.Webhook.IDWebhook != "w1" || len(f.seen) != 2 || f.seen[1].Method != "POST" {
		t.Fatalf("%+v %v after %d requests", reg, err, len(f.seen))
	}
}
