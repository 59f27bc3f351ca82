package sync

import (
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
)

type reply struct {
	RID      *string         `json:"rid"`
	Code     *int            `json:"code"`
	Errors   json.RawMessage `json:"errors"`
	Status   *bool           `json:"status"`
	Message  *string         `json:"message"`
	Response json.RawMessage `json:"response"`
}

func get(t *testing.T, path string) (int, reply) {
	t.Helper()
	rec := httptest.NewRecorder()
	New(nil).ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	if ct := rec.Header().Get("Content-Type"); ct != "application/json" {
		t.Errorf("Content-Type = %q, want application/json", ct)
	}
	var r reply
	if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
		t.Fatalf("body %q is not JSON: %v", rec.Body, err)
	}
	return rec.Code, r
}

func TestUnknownPathAnswersSyncEnvelope(t *testing.T) {
	status, r := get(t, "/v1/nothing")
	if status != http.StatusNotFound {
		t.Errorf("status = %d, want 404", status)
	}
	if r.Code == nil || *r.Code != 404 || r.Status == nil || *r.Status ||
		r.Message == nil || *r.Message != "Not found" ||
		string(r.Errors) != "null" || string(r.Response) != "null" {
		t.Errorf("envelope = %+v, want code 404, status false, message Not found, null errors and response", r)
	}
	if r.RID == nil {
		t.Fatal("rid missing")
	}
	if _, err := hex.DecodeString(*r.RID); err != nil || len(*r.RID) != 32 {
		t.Errorf("rid = %q, want 32 hex digits", *r.RID)
	}
}

func TestRIDDiffersPerReply(t *testing.T) {
	_, first := get(t, "/v1/a")
	_, second := get(t, "/v1/a")
	if *first.RID == *second.RID {
		t.Errorf("two replies share rid %q", *first.RID)
	}
}
