package sync

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/errs"
)

// exchange is one request the fake server saw.
type exchange struct {
	Method, Path, Query, Auth, ContentType, Body string
}

// fakeSync answers each request with the next canned reply, and records it.
type fakeSync struct {
	t       *testing.T
	seen    []exchange
	replies []reply
}

type reply struct {
	status int
	body   string
}

func newFake(t *testing.T, replies ...reply) (*fakeSync, *httptest.Server) {
	f := &fakeSync{t: t, replies: replies}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		f.seen = append(f.seen, exchange{r.Method, r.URL.Path, r.URL.RawQuery, r.Header.Get("Authorization"), r.Header.Get("Content-Type"), string(body)})
		if len(f.replies) == 0 {
			t.Errorf("unexpected request %s %s", r.Method, r.URL)
			w.WriteHeader(599)
			return
		}
		next := f.replies[0]
		f.replies = f.replies[1:]
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(next.status)
		io.WriteString(w, next.body)
	}))
	t.Cleanup(srv.Close)
	return f, srv
}

func ok(response string) reply {
	return reply{200, `{"rid":"r1","code":200,"errors":null,"status":true,"message":null,"response":` + response + `}`}
}

func failure(code int, message string) reply {
	return reply{code, `{"rid":"r2","code":` + itoa(code) + `,"errors":null,"status":false,"message":"` + message + `","response":null}`}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

func newTestClient(srv *httptest.Server, sessions SessionStore) *Client {
	return New(srv.Client(), srv.URL+"/v1", "key-123", sessions)
}

func TestUsersUseAPIKeyHeaderAndListParams(t *testing.T) {
	f, srv := newFake(t, ok(`[{"id_user":"5df859c4a7a6442757726ef4","id_external":"ELSAN090909","name":"El Santo","dt_create":1576556996,"dt_modify":null}]`))
	c := newTestClient(srv, nil)
	users, err := c.ListUsers(context.Background(), UserFilter{IDExternal: "ELSAN090909", ListParams: ListParams{Skip: 10, Limit: 5, Order: "name", Fields: "id_user,name"}})
	if err != nil {
		t.Fatal(err)
	}
	want := exchange{Method: "GET", Path: "/v1/users", Query: "fields=id_user%2Cname&id_external=ELSAN090909&limit=5&order=name&skip=10", Auth: "API_KEY api_key=key-123"}
	if f.seen[0] != want {
		t.Errorf("request = %+v\nwant      %+v", f.seen[0], want)
	}
	if len(users) != 1 || users[0].Name != "El Santo" || *users[0].DTCreate != 1576556996 || users[0].DTModify != nil {
		t.Errorf("users = %+v", users)
	}
	if !strings.Contains(string(users[0].Raw), `"dt_modify":null`) {
		t.Errorf("raw not kept: %s", users[0].Raw)
	}
}

func TestCreateAndUpdateUserBodies(t *testing.T) {
	f, srv := newFake(t, ok(`{"id_user":"u1","name":"Rey Misterio","id_external":"MIST030794","dt_create":1,"dt_modify":null}`),
		ok(`{"id_user":"u1","name":"El Santo Jr.","id_external":"MIST030794","dt_create":1,"dt_modify":2}`),
		ok(`true`))
	c := newTestClient(srv, nil)
	name, ext := "Rey Misterio", "MIST030794"
	if _, err := c.createUser(context.Background(), UserFields{Name: &name, IDExternal: &ext}); err != nil {
		t.Fatal(err)
	}
	newName := "El Santo Jr."
	if _, err := c.UpdateUser(context.Background(), "u1", UserFields{Name: &newName}); err != nil {
		t.Fatal(err)
	}
	if err := c.DeleteUser(context.Background(), "u1"); err != nil {
		t.Fatal(err)
	}
	want := []exchange{
		{Method: "POST", Path: "/v1/users", Auth: "API_KEY api_key=key-123", ContentType: "application/json", Body: `{"name":"Rey Misterio","id_external":"MIST030794"}`},
		{Method: "PUT", Path: "/v1/users/u1", Auth: "API_KEY api_key=key-123", ContentType: "application/json", Body: `{"name":"El Santo Jr."}`},
		{Method: "DELETE", Path: "/v1/users/u1", Auth: "API_KEY api_key=key-123"},
	}
	for i := range want {
		if f.seen[i] != want[i] {
			t.Errorf("request %d = %+v\nwant        %+v", i, f.seen[i], want[i])
		}
	}
}

func TestStatusFalseOn200IsAnError(t *testing.T) {
	_, srv := newFake(t, reply{200, `{"rid":"r","code":200,"errors":null,"status":false,"message":"Credential not found","response":null}`})
	c := newTestClient(srv, nil)
	_, err := c.ListUsers(context.Background(), UserFilter{})
	var apiErr *APIError
	if !errors.As(err, &apiErr) {
		t.Fatalf("err = %v, want *APIError", err)
	}
	if errs.KindOf(apiErr) != errs.Rejected || !strings.Contains(err.Error(), "Credential not found") {
		t.Errorf("err = %v (kind %s)", err, errs.KindOf(apiErr))
	}
}

func TestErrorKinds(t *testing.T) {
	for _, tc := range []struct {
		reply reply
		exit  errs.Kind
	}{
		{failure(401, "Unauthorized"), errs.Auth},
		{failure(404, "Not found"), errs.Rejected},
		{failure(400, "Bad parameter"), errs.Rejected},
		{failure(503, "Maintenance"), errs.Unreachable},
		{reply{502, `<html>bad gateway</html>`}, errs.Unreachable},
	} {
		_, srv := newFake(t, tc.reply, tc.reply, tc.reply, tc.reply)
		c := newTestClient(srv, nil)
		_, err := c.createUser(context.Background(), UserFields{})
		var apiErr *APIError
		var replyErr *ReplyError
		if !errors.As(err, &apiErr) && !errors.As(err, &replyErr) || errs.KindOf(err) != tc.exit {
			t.Errorf("%d: err = %v, want kind %s", tc.reply.status, err, tc.exit)
		}
	}
}

func TestSessionCreatedOnceAndReused(t *testing.T) {
	f, srv := newFake(t, ok(`{"token":"tok-aaaa"}`), ok(`[]`), ok(`[]`))
	c := newTestClient(srv, nil)
	for range 2 {
		if _, err := c.Credentials(context.Background(), "u1", ListParams{}); err != nil {
			t.Fatal(err)
		}
	}
	want := []exchange{
		{Method: "POST", Path: "/v1/sessions", Auth: "API_KEY api_key=key-123", ContentType: "application/json", Body: `{"id_user":"u1"}`},
		{Method: "GET", Path: "/v1/credentials", Auth: "TOKEN token=tok-aaaa"},
		{Method: "GET", Path: "/v1/credentials", Auth: "TOKEN token=tok-aaaa"},
	}
	if len(f.seen) != len(want) {
		t.Fatalf("requests = %+v", f.seen)
	}
	for i := range want {
		if f.seen[i] != want[i] {
			t.Errorf("request %d = %+v\nwant        %+v", i, f.seen[i], want[i])
		}
	}
}

func TestExpiredTokenRenewedOnceAndRetried(t *testing.T) {
	f, srv := newFake(t, failure(401, "Unauthorized"), ok(`{"token":"tok-new"}`),
		ok(`{"id_credential":"c1","id_job":"j1","id_job_uuid":"x","is_new":1,"username":"t**t"}`))
	store := NewMemorySessions()
	c := newTestClient(srv, store)
	store.Save(c.sessionKey("u1"), Session{Token: "tok-old", LastUsed: time.Now()})
	nc, err := c.createCredential(context.Background(), "u1", "site1", map[string]string{"username": "test", "password": "test"})
	if err != nil {
		t.Fatal(err)
	}
	if nc.IDJob != "j1" {
		t.Errorf("job = %q", nc.IDJob)
	}
	body := `{"credentials":{"password":"test","username":"test"},"id_site":"site1"}`
	want := []exchange{
		{Method: "POST", Path: "/v1/credentials", Auth: "TOKEN token=tok-old", ContentType: "application/json", Body: body},
		{Method: "POST", Path: "/v1/sessions", Auth: "API_KEY api_key=key-123", ContentType: "application/json", Body: `{"id_user":"u1"}`},
		{Method: "POST", Path: "/v1/credentials", Auth: "TOKEN token=tok-new", ContentType: "application/json", Body: body},
	}
	for i := range want {
		if i >= len(f.seen) || f.seen[i] != want[i] {
			t.Fatalf("requests = %+v\nwant %+v", f.seen, want)
		}
	}
	if s, _ := store.Load(c.sessionKey("u1")); s.Token != "tok-new" {
		t.Errorf("cached token = %q, want the new one", s.Token)
	}
}

func TestSecond401IsNotRetriedAgain(t *testing.T) {
	f, srv := newFake(t, ok(`{"token":"t1"}`), failure(401, "Unauthorized"), ok(`{"token":"t2"}`), failure(401, "Unauthorized"))
	c := newTestClient(srv, nil)
	_, err := c.JobStatuses(context.Background(), "u1", "j1")
	if !IsUnauthorized(err) || len(f.seen) != 4 {
		t.Errorf("err = %v after %d requests, want 401 after 4", err, len(f.seen))
	}
}

func TestStaleCachedTokenIsNotUsed(t *testing.T) {
	f, srv := newFake(t, ok(`{"token":"fresh"}`), ok(`[]`))
	store := NewMemorySessions()
	c := newTestClient(srv, store)
	store.Save(c.sessionKey("u1"), Session{Token: "stale", LastUsed: time.Now().Add(-10 * time.Minute)})
	if _, err := c.Sites(context.Background(), "u1", SiteFilter{IDSite: "s1"}); err != nil {
		t.Fatal(err)
	}
	if f.seen[0].Path != "/v1/sessions" || f.seen[1].Auth != "TOKEN token=fresh" || f.seen[1].Query != "id_site=s1" {
		t.Errorf("requests = %+v", f.seen)
	}
}

func TestTwofaBody(t *testing.T) {
	f, srv := newFake(t, ok(`{"token":"t"}`), ok(`true`))
	c := newTestClient(srv, nil)
	if err := c.SendTwofa(context.Background(), "u1", "j1", map[string]string{"token": "123456"}); err != nil {
		t.Fatal(err)
	}
	want := exchange{Method: "POST", Path: "/v1/jobs/j1/twofa", Auth: "TOKEN token=t", ContentType: "application/json", Body: `{"twofa":{"token":"123456"}}`}
	if f.seen[1] != want {
		t.Errorf("request = %+v", f.seen[1])
	}
}

func TestFileSessionsAre0600AndKeyedByProfile(t *testing.T) {
	dir := t.TempDir()
	a := FileSessions{Dir: dir, Profile: "default"}
	b := FileSessions{Dir: dir, Profile: "work"}
	if err := a.Save("k", Session{Token: "secret-token", LastUsed: time.Unix(5, 0)}); err != nil {
		t.Fatal(err)
	}
	if _, ok := b.Load("k"); ok {
		t.Error("another profile sees the token")
	}
	s, ok := a.Load("k")
	if !ok || s.Token != "secret-token" {
		t.Fatalf("loaded %+v %v", s, ok)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("files = %v", entries)
	}
	info, _ := entries[0].Info()
	if info.Mode().Perm() != 0o600 {
		t.Errorf("mode = %v", info.Mode().Perm())
	}
	if strings.Contains(entries[0].Name(), "k") && len(entries[0].Name()) < 10 {
		t.Errorf("file name %q reveals the key", entries[0].Name())
	}
	a.Delete("k")
	if _, ok := a.Load("k"); ok {
		t.Error("deleted token still loads")
	}
}
