package sync

import (
	"encoding/json"
	"testing"
	"time"
)

func TestPostingTheSameURLUpdatesTheWebhook(t *testing.T) {
	e := newEmu(t)
	type reply struct {
		ID         string   `json:"id_webhook"`
		Events     []string `json:"events"`
		Delay      int      `json:"delay"`
		DTCreated  int64    `json:"dt_created"`
		DTModified *int64   `json:"dt_modified"`
	}
	post := func(url string, events []string, delay int) reply {
		t.Helper()
		r := e.do("POST", "/v1/webhooks", keyAuth, map[string]any{"url": url, "events": events, "delay": delay})
		var out reply
		if err := json.Unmarshal(r.Response, &out); err != nil || r.Status != 200 {
			t.Fatalf("%d %s", r.Status, r.Response)
		}
		return out
	}
	first := post("https://example.com/h", []string{"refresh"}, 0)
	created := e.now.Unix()
	e.now = e.now.Add(time.Hour)
	second := post("https://example.com/h", []string{"refresh", "credential_create"}, 30)
	if second.ID != first.ID || second.Delay != 30 || len(second.Events) != 2 || second.DTCreated != created || second.DTModified == nil || *second.DTModified != e.now.Unix() {
		t.Errorf("first %+v, second %+v: want the same webhook, updated", first, second)
	}
	if first.DTModified != nil {
		t.Errorf("a creation has dt_modified %v", *first.DTModified)
	}
	other := post("https://example.com/other", []string{"refresh"}, 0)
	if other.ID == first.ID {
		t.Error("another URL updated the first webhook")
	}
	var list []map[string]any
	json.Unmarshal(e.do("GET", "/v1/webhooks", keyAuth, nil).Response, &list)
	if len(list) != 2 || list[0]["dt_modified"] == nil && list[1]["dt_modified"] == nil {
		t.Errorf("listing %v", list)
	}
}
