package sync

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	gosync "sync"
	"testing"
	"time"
)

// userRows serves n users, honouring skip and capping limit at capLimit.
func userRows(n, capLimit int, ignoreSkip bool) route {
	return func(_ int, w http.ResponseWriter, r *http.Request) {
		skip, _ := strconv.Atoi(r.URL.Query().Get("skip"))
		limit, _ := strconv.Atoi(r.URL.Query().Get("limit"))
		if ignoreSkip {
			skip = 0
		}
		limit = min(limit, capLimit)
		var rows []string
		for i := skip; i < n && i < skip+limit; i++ {
			rows = append(rows, fmt.Sprintf(`{"id_user":"u%04d","name":"n"}`, i))
		}
		write(w, 200, "application/json", wrap(200, true, "["+strings.Join(rows, ",")+"]"))
	}
}

func collect[T any](t *testing.T, seq func(func(T, error) bool)) ([]T, error) {
	t.Helper()
	var out []T
	for v, err := range seq {
		if err != nil {
			return out, err
		}
		out = append(out, v)
	}
	return out, nil
}

func TestPagingReadsEveryRowUnderAServerCap(t *testing.T) {
	h := newHostile(t, map[string]route{"GET /v1/users": userRows(250, 40, false)})
	users, err := collect(t, h.client(time.Second, nil).AllUsers(context.Background(), UserFilter{ListParams: ListParams{Limit: 100}}))
	if err != nil || len(users) != 250 || users[249].IDUser != "u0249" {
		t.Fatalf("%d users, %v", len(users), err)
	}
	// 40-row pages: 7 pages (the last short one is not the end), then an
	// empty one; the pages asked ahead of a short one (at skip 100 after
	// the first, past the end after the last two) are cancelled.
	if n := h.count("GET /v1/users"); n < 8 || n > 8+2*pagesAhead {
		t.Errorf("%d requests", n)
	}
}

func TestPagingStopsWhenTheServerIgnoresSkip(t *testing.T) {
	h := newHostile(t, map[string]route{"GET /v1/users": userRows(30, 1000, true)})
	users, err := collect(t, h.client(time.Second, nil).AllUsers(context.Background(), UserFilter{ListParams: ListParams{Limit: 10}}))
	if err != nil || len(users) != 10 {
		t.Fatalf("%d users, %v", len(users), err)
	}
	// The second page repeats the first: the end. A page asked ahead of
	// it may have reached the server before it was cancelled.
	if n := h.count("GET /v1/users"); n < 2 || n > 2+pagesAhead {
		t.Errorf("%d requests", n)
	}
}

func TestPagingErrorEndsTheSequence(t *testing.T) {
	h := newHostile(t, map[string]route{"GET /v1/users": func(n int, w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("skip") == "10" { // the second page
			write(w, 503, "application/json", wrap(503, false, "null"))
			return
		}
		userRows(100, 10, false)(n, w, r)
	}})
	users, err := collect(t, h.client(time.Second, nil).AllUsers(context.Background(), UserFilter{ListParams: ListParams{Limit: 10}}))
	var api *APIError
	if !errors.As(err, &api) || len(users) != 10 {
		t.Fatalf("%d users, %v", len(users), err)
	}
}

func TestPagingStoppedEarlyWaitsForTheRequestInFlight(t *testing.T) {
	release := make(chan struct{})
	h := newHostile(t, map[string]route{"GET /v1/users": func(n int, w http.ResponseWriter, r *http.Request) {
		if skip := r.URL.Query().Get("skip"); skip != "" && skip != "0" {
			<-release // the pages read ahead are slow
		}
		userRows(100, 10, false)(n, w, r)
	}})
	c := h.client(5*time.Second, nil)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for range c.AllUsers(context.Background(), UserFilter{ListParams: ListParams{Limit: 10}}) {
			break
		}
	}()
	defer close(release) // even when the test fails, or the server's Close waits forever
	select {
	case <-done:
		// Cancelled, not waited out: the server is still holding page 2.
	case <-time.After(3 * time.Second):
		t.Fatal("breaking out of the loop did not cancel the page in flight")
	}
}

func TestPagesRawKeepsTheFiltersAndAdvancesSkip(t *testing.T) {
	var mu gosync.Mutex
	queries := map[string]bool{}
	h := newHostile(t, map[string]route{"GET /v1/transactions": func(n int, w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		queries[r.URL.RawQuery] = true
		mu.Unlock()
		rows := `[{"id_transaction":"a"},{"id_transaction":"b"}]`
		if r.URL.Query().Get("skip") != "0" {
			rows = `[]`
		}
		write(w, 200, "application/json", wrap(200, true, rows))
	}})
	q := url.Values{"id_credential": {"c1"}, "skip": {"0"}, "limit": {"5000"}}
	rows, err := collect(t, h.client(time.Second, nil).Pages(context.Background(), "u1", "/transactions", q))
	if err != nil || len(rows) != 2 || string(rows[1]) != `{"id_transaction":"b"}` {
		t.Fatalf("%s %v", rows, err)
	}
	// The page asked ahead at skip 5000 is cancelled when the first one
	// comes back with two rows; paging goes on at skip 2.
	mu.Lock()
	defer mu.Unlock()
	if !queries["id_credential=c1&limit=5000&skip=0"] || !queries["id_credential=c1&limit=5000&skip=2"] {
		t.Errorf("queries %v", queries)
	}
	for q := range queries {
		if !strings.HasPrefix(q, "id_credential=c1&limit=5000&skip=") {
			t.Errorf("query %q lost the filters", q)
		}
	}
	if q.Get("skip") != "0" {
		t.Error("Pages changed the caller's query")
	}
}
