package sync

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/emulator/state"
	"go.etcd.io/bbolt"
)

// emu is an emulator on a temporary store with a hand-driven clock.
type emu struct {
	t   *testing.T
	h   http.Handler
	st  *state.Store
	now time.Time
}

func newEmu(t *testing.T) *emu {
	st, err := state.Open(filepath.Join(t.TempDir(), "e.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	e := &emu{t: t, st: st, now: time.Unix(1_700_000_000, 0)}
	e.h = NewWithClock(st, func() time.Time { return e.now })
	if err := Configure(st, Timing{Step: time.Second, TwofaTimeout: time.Minute, SessionTTL: 5 * time.Minute}); err != nil {
		t.Fatal(err)
	}
	return e
}

type result struct {
	Status   int
	Code     int             `json:"code"`
	OK       bool            `json:"status"`
	Message  *string         `json:"message"`
	Response json.RawMessage `json:"response"`
}

func (e *emu) do(method, path, auth string, body any, headers ...string) result {
	e.t.Helper()
	var rd *bytes.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	} else {
		rd = bytes.NewReader(nil)
	}
	req := httptest.NewRequest(method, path, rd)
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	rec := httptest.NewRecorder()
	e.h.ServeHTTP(rec, req)
	var r result
	if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
		e.t.Fatalf("%s %s: body %q: %v", method, path, rec.Body, err)
	}
	r.Status = rec.Code
	return r
}

const keyAuth = "API_KEY api_key=" + DemoAPIKey

func (e *emu) createUser(name string) string {
	r := e.do("POST", "/v1/users", keyAuth, map[string]string{"name": name, "id_external": "EXT-" + name})
	var u struct {
		IDUser string `json:"id_user"`
	}
	json.Unmarshal(r.Response, &u)
	if r.Status != 200 || len(u.IDUser) != 24 {
		e.t.Fatalf("create user: %+v", r)
	}
	return u.IDUser
}

func (e *emu) token(user string) string {
	r := e.do("POST", "/v1/sessions", keyAuth, map[string]string{"id_user": user})
	var s struct{ Token string }
	json.Unmarshal(r.Response, &s)
	if len(s.Token) != 64 {
		e.t.Fatalf("session: %+v", r)
	}
	return s.Token
}

func (e *emu) codes(auth, job string) []int {
	r := e.do("GET", "/v1/jobs/"+job+"/status", auth, nil)
	var entries []struct{ Code int }
	json.Unmarshal(r.Response, &entries)
	var out []int
	for _, x := range entries {
		out = append(out, x.Code)
	}
	return out
}

func (e *emu) startJob(auth, site string, creds map[string]string) (credential, job string) {
	e.t.Helper()
	r := e.do("POST", "/v1/credentials", auth, map[string]any{"id_site": site, "credentials": creds})
	var raw map[string]any
	json.Unmarshal(r.Response, &raw)
	if r.Status != 200 || raw["id_job"] == nil {
		e.t.Fatalf("create credential: %+v %s", r, r.Response)
	}
	return raw["id_credential"].(string), raw["id_job"].(string)
}

func equal(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestUsersCRUDAndAuthForms(t *testing.T) {
	e := newEmu(t)
	id := e.createUser("Santo")
	if r := e.do("GET", "/v1/users", "", nil); r.Status != 401 || r.OK {
		t.Errorf("no auth: %+v", r)
	}
	if r := e.do("GET", "/v1/users", "API_KEY api_key=wrong", nil); r.Status != 401 {
		t.Errorf("bad key: %+v", r)
	}
	for _, auth := range []string{keyAuth, "api_key api_key=" + DemoAPIKey, "Bearer " + DemoAPIKey} {
		if r := e.do("GET", "/v1/users", auth, nil); r.Status != 200 || !strings.Contains(string(r.Response), id) {
			t.Errorf("%s: %+v", auth, r)
		}
	}
	if r := e.do("GET", "/v1/users?api_key="+DemoAPIKey+"&id_external=EXT-Santo", "", nil); !strings.Contains(string(r.Response), id) {
		t.Errorf("query api_key: %s", r.Response)
	}
	// The SDKs' form: POST with a JSON body and the real method in a header.
	r := e.do("POST", "/v1/users/"+id, keyAuth, map[string]string{"name": "Santo Jr."}, "X-Http-Method-Override", "PUT")
	if !strings.Contains(string(r.Response), `"name":"Santo Jr."`) || !strings.Contains(string(r.Response), `"dt_modify":1700000000`) {
		t.Errorf("override PUT: %s", r.Response)
	}
	if r := e.do("POST", "/v1/users", "", map[string]string{"api_key": DemoAPIKey}, "X-Http-Method-Override", "GET"); !strings.Contains(string(r.Response), "Santo Jr.") {
		t.Errorf("override GET with api_key in body: %+v", r)
	}
	if r := e.do("DELETE", "/v1/users/"+id, keyAuth, nil); r.Status != 200 || string(r.Response) != "true" {
		t.Errorf("delete: %+v", r)
	}
	if r := e.do("GET", "/v1/users", keyAuth, nil); string(r.Response) != "[]" {
		t.Errorf("after delete: %s", r.Response)
	}
}

func TestPaging(t *testing.T) {
	e := newEmu(t)
	for _, n := range []string{"a", "b", "c"} {
		e.createUser(n)
	}
	r := e.do("GET", "/v1/users?skip=1&limit=1&fields=name", keyAuth, nil)
	if string(r.Response) != `[{"name":"b"}]` {
		t.Errorf("page = %s", r.Response)
	}
	r = e.do("GET", "/v1/users?order=name,desc&fields=name", keyAuth, nil)
	if string(r.Response) != `[{"name":"c"},{"name":"b"},{"name":"a"}]` {
		t.Errorf("order = %s", r.Response)
	}
}

func TestSessionExpiresAfterInactivity(t *testing.T) {
	e := newEmu(t)
	tok := e.token(e.createUser("u"))
	auth := "TOKEN token=" + tok
	e.now = e.now.Add(4 * time.Minute)
	if r := e.do("GET", "/v1/catalogues/sites", auth, nil); r.Status != 200 {
		t.Fatalf("live token: %+v", r)
	}
	e.now = e.now.Add(4 * time.Minute) // used 4 minutes ago: still live
	if r := e.do("GET", "/v1/credentials", "Bearer "+tok, nil); r.Status != 200 {
		t.Fatalf("bearer token: %+v", r)
	}
	if r := e.do("GET", "/v1/sessions/"+tok+"/verify", keyAuth, nil); r.Status != 200 {
		t.Errorf("verify: %+v", r)
	}
	e.now = e.now.Add(6 * time.Minute)
	if r := e.do("GET", "/v1/credentials", auth, nil); r.Status != 401 {
		t.Errorf("expired token: %+v", r)
	}
	tok2 := e.token(ownerOfToken(t, e, tok))
	if r := e.do("DELETE", "/v1/sessions/"+tok2, keyAuth, nil); string(r.Response) != "true" {
		t.Errorf("delete session: %+v", r)
	}
	if r := e.do("GET", "/v1/credentials", "TOKEN token="+tok2, nil); r.Status != 401 {
		t.Errorf("deleted token: %+v", r)
	}
}

func ownerOfToken(t *testing.T, e *emu, _ string) string {
	var id string
	e.st.View(func(tx *bbolt.Tx) error {
		return each(tx, bucketUsers, func(k string, _ []byte) error { id = k; return nil })
	})
	return id
}

func TestSitesFilterAndLegacyUserAuth(t *testing.T) {
	e := newEmu(t)
	u := e.createUser("u")
	r := e.do("GET", "/v1/catalogues/sites?id_site="+SiteToken+"&api_key="+DemoAPIKey+"&id_user="+u, "", nil)
	var sites []struct {
		Name        string
		Credentials []field
	}
	json.Unmarshal(r.Response, &sites)
	if len(sites) != 1 || sites[0].Name != "Token" || sites[0].Credentials[1].Type != "password" {
		t.Errorf("sites = %s", r.Response)
	}
	r = e.do("GET", "/v1/catalogues/sites?id_site_organization="+orgSandbox, "TOKEN token="+e.token(u), nil)
	json.Unmarshal(r.Response, &sites)
	if len(sites) != 3 {
		t.Errorf("sandbox sites = %d", len(sites))
	}
}

func TestNormalJobAdvancesAndCreatesData(t *testing.T) {
	e := newEmu(t)
	auth := "TOKEN token=" + e.token(e.createUser("u"))
	cred, job := e.startJob(auth, SiteNormal, map[string]string{"username": "test", "password": "test"})
	if got := e.codes(auth, job); !equal(got, []int{100}) {
		t.Errorf("at start: %v", got)
	}
	e.now = e.now.Add(2 * time.Second)
	if got := e.codes(auth, job); !equal(got, []int{100, 101, 102}) {
		t.Errorf("after 2 steps: %v", got)
	}
	e.now = e.now.Add(time.Second)
	if got := e.codes(auth, job); !equal(got, []int{100, 101, 102, 200}) {
		t.Errorf("done: %v", got)
	}
	r := e.do("GET", "/v1/credentials", auth, nil)
	if !strings.Contains(string(r.Response), `"code":200`) || !strings.Contains(string(r.Response), `"username":"t**t"`) || !strings.Contains(string(r.Response), `"is_authorized":1`) {
		t.Errorf("credentials = %s", r.Response)
	}
	var accounts, txs int
	e.st.View(func(tx *bbolt.Tx) error {
		each(tx, bucketAccounts, func(_ string, raw []byte) error {
			if fieldOf(raw, "id_credential") == cred {
				accounts++
			}
			return nil
		})
		return each(tx, bucketTransactions, func(string, []byte) error { txs++; return nil })
	})
	if accounts != 2 || txs != 10 {
		t.Errorf("accounts %d, transactions %d", accounts, txs)
	}
	// Same user, site and username: the same credential, a new job.
	again, _ := e.startJob(auth, SiteNormal, map[string]string{"username": "test", "password": "test"})
	if again != cred {
		t.Errorf("second create made credential %s, want %s", again, cred)
	}
	if r := e.do("DELETE", "/v1/credentials/"+cred, auth, nil); string(r.Response) != "true" {
		t.Errorf("delete: %+v", r)
	}
	if r := e.do("DELETE", "/v1/credentials/"+cred, auth, nil); r.Status != 200 || r.OK || r.Message == nil {
		t.Errorf("second delete should be status false on 200: %+v", r)
	}
}

func TestWrongPasswordEndsIn401(t *testing.T) {
	e := newEmu(t)
	u := e.createUser("u")
	auth := "TOKEN token=" + e.token(u)
	_, job := e.startJob(auth, SiteNormal, map[string]string{"username": "test", "password": "nope"})
	e.now = e.now.Add(time.Hour)
	auth = "TOKEN token=" + e.token(u) // the first one expired meanwhile
	if got := e.codes(auth, job); !equal(got, []int{100, 101, 401}) {
		t.Errorf("codes = %v", got)
	}
}

func TestTwofaAnsweredAndTimedOut(t *testing.T) {
	e := newEmu(t)
	auth := "TOKEN token=" + e.token(e.createUser("u"))
	_, job := e.startJob(auth, SiteToken, map[string]string{"username": "test", "password": "test"})
	if r := e.do("POST", "/v1/jobs/"+job+"/twofa", auth, map[string]any{"twofa": map[string]string{"token": "1"}}); r.Status != 400 {
		t.Errorf("twofa before 410: %+v", r)
	}
	e.now = e.now.Add(2 * time.Second)
	r := e.do("GET", "/v1/jobs/"+job+"/status", auth, nil)
	if !strings.Contains(string(r.Response), `"code":410`) || !strings.Contains(string(r.Response), `"twofa":[{"name":"token","type":"text"`) {
		t.Errorf("410 entry: %s", r.Response)
	}
	if r := e.do("POST", "/v1/jobs/"+job+"/twofa", auth, map[string]any{"twofa": map[string]string{"token": "123456"}}); string(r.Response) != "true" {
		t.Fatalf("answer: %+v", r)
	}
	e.now = e.now.Add(time.Second)
	if got := e.codes(auth, job); !equal(got, []int{100, 101, 410, 102, 200}) {
		t.Errorf("answered: %v", got)
	}

	_, late := e.startJob(auth, SiteTokenCaptcha, map[string]string{"username": "test", "password": "test"})
	e.now = e.now.Add(2*time.Second + time.Minute)
	if got := e.codes(auth, late); !equal(got, []int{100, 101, 410, 411}) {
		t.Errorf("timed out: %v", got)
	}
}

func TestSATCredentialGetsCFDIAttachments(t *testing.T) {
	e := newEmu(t)
	u := e.createUser("u")
	auth := "TOKEN token=" + e.token(u)
	if r := e.do("POST", "/v1/credentials", auth, map[string]any{"id_site": SiteSATCIEC, "credentials": map[string]string{"rfc": "nope", "password": "test"}}); r.Status != 400 {
		t.Errorf("bad rfc: %+v", r)
	}
	_, job := e.startJob(auth, SiteSATCIEC, map[string]string{"rfc": "ACM010101ABC", "password": "test"})
	e.now = e.now.Add(time.Hour)
	auth = "TOKEN token=" + e.token(u)
	if got := e.codes(auth, job); !equal(got, []int{100, 101, 102, 200}) {
		t.Errorf("codes %v", got)
	}
	var n int
	var content string
	e.st.View(func(tx *bbolt.Tx) error {
		return each(tx, bucketAttachmentFiles, func(_ string, raw []byte) error { n++; content = fieldOf(raw, "content"); return nil })
	})
	if n != 5 || !strings.Contains(content, `UUID="`) {
		t.Errorf("%d attachments, last %q", n, content)
	}
}

func TestAccountsOfASuccessfulCredential(t *testing.T) {
	e := newEmu(t)
	auth := "TOKEN token=" + e.token(e.createUser("u"))
	cred, _ := e.startJob(auth, SiteNormal, map[string]string{"username": "test", "password": "test"})
	if r := e.do("GET", "/v1/accounts", auth, nil); string(r.Response) != "[]" {
		t.Errorf("accounts before the job ends: %s", r.Response)
	}
	e.now = e.now.Add(3 * time.Second)
	r := e.do("GET", "/v1/accounts?id_credential="+cred, auth, nil)
	var accounts []map[string]any
	json.Unmarshal(r.Response, &accounts)
	if len(accounts) != 2 || accounts[0]["currency"] != "MXN" {
		t.Errorf("accounts = %s", r.Response)
	}
}
