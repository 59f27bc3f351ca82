package sync

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	gosync "sync"
	"testing"
	"time"
)

// raw sends body as is, the way the official SDKs do: POST with the real
// method in X-Http-Method-Override.
func (e *emu) raw(method, path, auth, body string) result {
	e.t.Helper()
	req := httptest.NewRequest(http.MethodPost, path, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Http-Method-Override", method)
	req.Header.Set("Authorization", auth) // the older PHP SDK sends it empty when there is none
	rec := httptest.NewRecorder()
	e.h.ServeHTTP(rec, req)
	var r result
	if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
		e.t.Fatalf("%s %s: body %q: %v", method, path, rec.Body, err)
	}
	r.Status = rec.Code
	return r
}

func TestCredentialsPullsCreatesLikeCredentials(t *testing.T) {
	e := newEmu(t)
	user := e.createUser("pulls")
	auth := "TOKEN token=" + e.token(user)
	r := e.do("POST", "/v1/credentials/pulls", auth, map[string]any{"id_site": SiteNormal, "credentials": map[string]string{"username": "test", "password": "test"}})
	var c struct {
		IDCredential string `json:"id_credential"`
		IDJob        string `json:"id_job"`
		IsNew        int    `json:"is_new"`
	}
	if json.Unmarshal(r.Response, &c); r.Status != 200 || len(c.IDCredential) != 24 || c.IsNew != 1 {
		t.Fatalf("POST /credentials/pulls: %d %s", r.Status, r.Response)
	}
	if creds := list(t, e, auth, "/v1/credentials"); len(creds) != 1 || creds[0]["id_credential"] != c.IDCredential {
		t.Errorf("listed: %v", creds)
	}
}

// PHP's json_encode(array()) is [] and json_encode(null) is null: the
// seed README sends both as the parameters of GET and DELETE calls.
func TestEmptyArrayAndNullBodiesAreEmptyParameters(t *testing.T) {
	e := newEmu(t)
	user := e.createUser("santo")
	for _, body := range []string{"[]", " [ ] ", "null", "{}"} {
		if r := e.raw("GET", "/v1/users", keyAuth, body); r.Status != 200 || !strings.Contains(string(r.Response), user) {
			t.Errorf("GET /users with %q: %d %s", body, r.Status, r.Response)
		}
	}
	for _, body := range []string{"[1]", `["id_user"]`, `"x"`, "{} {}"} {
		if r := e.raw("GET", "/v1/users", keyAuth, body); r.Status != 400 {
			t.Errorf("GET /users with %q: %d, want 400", body, r.Status)
		}
	}
	auth := "TOKEN token=" + e.token(user)
	if r := e.raw("POST", "/v1/credentials", auth, `{"id_site":"`+SiteNormal+`","credentials":[]}`); r.Status != 400 || !strings.Contains(*r.Message, "Missing credential field") {
		t.Errorf("credentials []: %d %v", r.Status, r.Message)
	}
	if r := e.raw("DELETE", "/v1/users/"+user, keyAuth, "[]"); r.Status != 200 || string(r.Response) != "true" {
		t.Errorf("DELETE /users/:id with []: %d %s", r.Status, r.Response)
	}
}

func TestSessionVerifyAndDeleteAsTheSDKsCallThem(t *testing.T) {
	e := newEmu(t)
	user := e.createUser("verify")
	tok, other := e.token(user), e.token(user)
	for _, tc := range []struct {
		auth string
		want int
	}{
		{"", 200},                          // sync-php's Session::verify sends no auth
		{"TOKEN token=" + tok, 200},        // the session's own token
		{keyAuth, 200},                     // the API key
		{"TOKEN token=" + other, 401},      // someone else's token
		{"API_KEY api_key=wrong-key", 401}, // a wrong key
	} {
		r := e.raw("GET", "/v1/sessions/"+tok+"/verify", tc.auth, "[]")
		if r.Status != tc.want {
			t.Errorf("verify with %q: %d, want %d", tc.auth, r.Status, tc.want)
		}
		if tc.want == 200 && !strings.Contains(string(r.Response), user) {
			t.Errorf("verify with %q: %s", tc.auth, r.Response)
		}
	}
	if r := e.raw("GET", "/v1/sessions/"+strings.Repeat("0", 64)+"/verify", "", "null"); r.Status != 401 {
		t.Errorf("unknown token: %d", r.Status)
	}
	if r := e.raw("DELETE", "/v1/sessions/"+tok, "", "[]"); r.Status != 200 || string(r.Response) != "true" {
		t.Errorf("delete without auth: %d %s", r.Status, r.Response)
	}
	if r := e.raw("GET", "/v1/sessions/"+tok+"/verify", "", "[]"); r.Status != 401 {
		t.Errorf("verify after delete: %d", r.Status)
	}
}

// The older PHP SDK (paybook/Session.php) puts id_user in the header with
// the API key and sends the emptied parameters as [].
func TestSessionWithIDUserInTheAuthorizationHeader(t *testing.T) {
	e := newEmu(t)
	user := e.createUser("old-sdk")
	r := e.raw("POST", "/v1/sessions", "API_KEY api_key="+DemoAPIKey+", id_user="+user, "[]")
	var s struct{ Token string }
	if json.Unmarshal(r.Response, &s); r.Status != 200 || len(s.Token) != 64 {
		t.Fatalf("session: %d %s", r.Status, r.Response)
	}
	if r := e.raw("GET", "/v1/credentials", "API_KEY api_key="+DemoAPIKey+", id_user="+user, "[]"); r.Status != 200 {
		t.Errorf("credentials with key and id_user in the header: %d %s", r.Status, r.Response)
	}
}

func TestRawXMLAttachmentStartsWithItsProlog(t *testing.T) {
	e := newEmu(t)
	auth, _, _ := synced(t, e)
	atts := list(t, e, auth, "/v1/attachments")
	req := httptest.NewRequest("GET", "/v1/attachments/"+atts[0]["id_attachment"].(string), nil)
	req.Header.Set("Authorization", auth)
	rec := httptest.NewRecorder()
	e.h.ServeHTTP(rec, req)
	body := rec.Body.String()
	if !strings.HasPrefix(body, "<?xml") || strings.Count(body, "<?xml") != 1 || rec.Header().Get("Content-Length") != itoa(len(body)) {
		t.Errorf("raw attachment: %q (Content-Length %s)", body[:min(len(body), 80)], rec.Header().Get("Content-Length"))
	}
	for in, want := range map[string]string{
		"<a/>":                            xmlProlog + "<a/>",
		"\ufeff<?xml version='1.0'?><a/>": "<?xml version='1.0'?><a/>",
		"<?xml version='1.0'?><a/>":       "<?xml version='1.0'?><a/>",
	} {
		if got := withProlog(in, "text/xml", "x.xml"); got != want {
			t.Errorf("withProlog(%q) = %q, want %q", in, got, want)
		}
	}
	if got := withProlog("%PDF-1.4", "application/pdf", "acuse.pdf"); got != "%PDF-1.4" {
		t.Errorf("a PDF got %q", got)
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

// hookRecorder records webhook calls; the emulator posts synchronously
// within the request that causes (or flushes) them, so a call made is
// recorded by the time that request returns.
type hookRecorder struct {
	mu    gosync.Mutex
	calls map[string][]string // path → events
}

func newHookRecorder(t *testing.T) (*hookRecorder, string) {
	rec := &hookRecorder{calls: map[string][]string{}}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		var ev struct{ Event string }
		json.Unmarshal(body, &ev)
		rec.mu.Lock()
		rec.calls[r.URL.Path] = append(rec.calls[r.URL.Path], ev.Event)
		rec.mu.Unlock()
	}))
	t.Cleanup(srv.Close)
	return rec, srv.URL
}

func (h *hookRecorder) got(path string) []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]string(nil), h.calls[path]...)
}

func TestWebhookDelayIsHonoured(t *testing.T) {
	e := newEmu(t)
	hooks, base := newHookRecorder(t)
	e.do("POST", "/v1/webhooks", keyAuth, map[string]any{"url": base + "/now", "events": []string{"credential_create"}})
	r := e.do("POST", "/v1/webhooks", keyAuth, map[string]any{"url": base + "/later", "events": []string{"credential_create"}, "delay": 30})
	if !strings.Contains(string(r.Response), `"delay":30`) {
		t.Fatalf("created: %s", r.Response)
	}
	user := e.createUser("delay")
	e.startJob("TOKEN token="+e.token(user), SiteNormal, map[string]string{"username": "test", "password": "test"})
	if got := hooks.got("/now"); len(got) != 1 || got[0] != "credential_create" {
		t.Errorf("undelayed webhook got %v", got)
	}
	if got := hooks.got("/later"); len(got) != 0 {
		t.Fatalf("the delayed webhook was called at once: %v", got)
	}
	e.now = e.now.Add(29 * time.Second)
	e.do("GET", "/v1/webhooks", keyAuth, nil)
	if got := hooks.got("/later"); len(got) != 0 {
		t.Fatalf("called after 29 of its 30 seconds: %v", got)
	}
	e.now = e.now.Add(2 * time.Second)
	e.do("GET", "/v1/webhooks", keyAuth, nil) // any request delivers what is due
	e.do("GET", "/v1/webhooks", keyAuth, nil)
	if got := hooks.got("/later"); len(got) != 1 || got[0] != "credential_create" {
		t.Errorf("after the delay: %v, want one credential_create", got)
	}
}

// A delayed call survives the process: a new handler on the same state
// file delivers it once it is due.
func TestDelayedWebhookCallOutlivesTheHandler(t *testing.T) {
	e := newEmu(t)
	hooks, base := newHookRecorder(t)
	e.do("POST", "/v1/webhooks", keyAuth, map[string]any{"url": base + "/later", "events": []string{"credential_create"}, "delay": 5})
	user := e.createUser("restart")
	e.startJob("TOKEN token="+e.token(user), SiteNormal, map[string]string{"username": "test", "password": "test"})
	later := e.now.Add(6 * time.Second)
	h := NewWithClock(e.st, func() time.Time { return later })
	h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/v1/nothing", nil))
	if got := hooks.got("/later"); len(got) != 1 {
		t.Errorf("after a restart: %v", got)
	}
}
