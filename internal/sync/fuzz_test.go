package sync

import (
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"testing"
)

// FuzzDecode feeds the reply decoder any status and body: it must never
// panic, succeed only on Sync's envelope with status true, and say which
// of Sync's refusal or a foreign reply it got.
func FuzzDecode(f *testing.F) {
	for _, seed := range []string{
		wrap(200, true, `[{"id_user":"u1"}]`), wrap(200, false, "null"), wrap(404, false, "null"),
		`{"code":401,"status":false}`, `{"status":true,"response":`, `<html>502</html>`, ``, `[]`, `{"code":0}`, `null`,
	} {
		f.Add(200, seed)
		f.Add(502, seed)
	}
	f.Fuzz(func(t *testing.T, status int, body string) {
		resp := &http.Response{StatusCode: status, Header: http.Header{"Content-Type": {"application/json"}}}
		var out []json.RawMessage
		raw, err := decode(resp, http.MethodGet, "/users", []byte(body), &out)
		var api *APIError
		var foreign *ReplyError
		switch {
		case err == nil:
			if status < 200 || status > 299 || !json.Valid(raw) && raw != nil {
				t.Fatalf("status %d %q decoded as a success", status, body)
			}
		case errors.As(err, &api), errors.As(err, &foreign):
			if err.Error() == "" {
				t.Fatal("empty message")
			}
		default:
			t.Fatalf("error of another type: %T %v", err, err)
		}
		if foreign != nil && !foreign.Ambiguous() {
			t.Fatal("a foreign reply must be ambiguous")
		}
	})
}

// FuzzParseEvent feeds the webhook body parser anything: it never panics,
// accepts only JSON objects, and keeps them as valid, compact JSON whose
// links never leave the API's /v1 paths.
func FuzzParseEvent(f *testing.F) {
	for _, seed := range []string{
		`{"event":"refresh","id_user":"u1","endpoints":{"transactions":["/v1/transactions?id_credential=c&limit=5000"]}}`,
		`{"event":1,"id_user":12345,"endpoints":{"transactions":"x"}}`, `[]`, `"x"`, `{`, ``, `{"endpoints":{"attachments":["/v1/../x"]}}`,
		`{"endpoints":{"transactions":["http://evil.example/v1/transactions"]}}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		ev, err := ParseEvent(body)
		if err != nil {
			return
		}
		if !json.Valid(ev.Raw) || !strings.HasPrefix(string(ev.Raw), "{") {
			t.Fatalf("kept %q", ev.Raw)
		}
		links, err := ev.Links("transactions", "attachments", "accounts", "credential")
		if err != nil {
			return
		}
		for _, l := range links {
			if !strings.HasPrefix(l.Path, "/") || strings.Contains(l.Path, "..") {
				t.Fatalf("link %q", l.Path)
			}
		}
	})
}
