package api_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
)

// A Sync server that ignores skip sends the same page forever: --paginate
// prints it twice (the repeat is how it is seen) and stops, successfully.
func TestSyncPaginateStopsWhenSkipIsIgnored(t *testing.T) {
	rec := &recorder{}
	h := harness(t, "sync", func(w http.ResponseWriter, r *http.Request) {
		rec.record(r)
		fmt.Fprint(w, `{"rid":"x","code":200,"status":true,"response":[{"id_user":"u0"},{"id_user":"u1"}]}`)
	})
	r := h.MustRun(0, "", "api", "sync", "GET", "/users", "--paginate", "--jq", ".response[].id_user")
	if got := strings.Join(strings.Fields(r.Stdout), ","); got != "u0,u1,u0,u1" || len(rec.reqs) != 2 {
		t.Errorf("%d requests, printed %s", len(rec.reqs), got)
	}
	if rec.reqs[1].query.Get("skip") != "2" {
		t.Errorf("second page skip %q", rec.reqs[1].query.Get("skip"))
	}
}

// Facti's company_payments: since_id is the highest id + 1, the limit the
// client's (200 at most), and a server that ignores since_id stops the
// paging with an error (exit 4) instead of looping.
func TestFactiPaginateFollowsSinceIDAndStopsWhenIgnored(t *testing.T) {
	rec := &recorder{}
	h := harness(t, "facti", func(w http.ResponseWriter, r *http.Request) {
		rec.record(r)
		var rows []string
		for i := 1; i <= 200; i++ {
			rows = append(rows, fmt.Sprintf(`{"id":"%d"}`, i))
		}
		fmt.Fprint(w, `{"result":1,"msg":"","payments":[`+strings.Join(rows, ",")+`]}`)
	})
	r := h.MustRun(4, "", "api", "facti", "POST", "/v1/payments/company_payments", "-F", "company_id=5", "-F", "limit=500", "--paginate")
	if len(rec.reqs) != 2 || rec.reqs[0].form.Get("limit") != "200" || rec.reqs[1].form.Get("since_id") != "201" {
		t.Fatalf("%d requests: %+v", len(rec.reqs), rec.reqs)
	}
	if strings.Count(r.Stdout, `"payments"`) != 2 || !strings.Contains(r.Stderr, "ignores since_id") {
		t.Errorf("stdout %d pages, stderr %q", strings.Count(r.Stdout, `"payments"`), r.Stderr)
	}
}
