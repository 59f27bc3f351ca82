package facti

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/httpx"
	"github.com/mxpay/mxpay/internal/settle"
)

// fakeFacti is a hostile stand-in for Facti: it lists and shows the
// payments a test puts in it, and answers the other calls as the test says.
type fakeFacti struct {
	mu       sync.Mutex
	payments []map[string]any // as company_payments lists them, by id
	details  map[string]string
	calls    map[string]int
	sinceIDs []string
	// answer, when set, answers a path instead (return false to fall
	// through to the listing and details).
	answer func(w http.ResponseWriter, r *http.Request, form url.Values) bool
	// ignoreSinceID makes company_payments always answer the first page.
	ignoreSinceID bool
}

func (f *fakeFacti) add(id int, serie, folio, total, email string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.payments = append(f.payments, map[string]any{"id": id, "company_id": 1, "serie": serie, "folio": folio, "total_amount": json.Number(total), "to_email": email, "status": 0})
}

func (f *fakeFacti) count(path string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.calls[path]
}

func (f *fakeFacti) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	form, _ := url.ParseQuery(string(body))
	f.mu.Lock()
	if f.calls == nil {
		f.calls = map[string]int{}
	}
	f.calls[r.URL.Path]++
	answer := f.answer
	f.mu.Unlock()
	if answer != nil && answer(w, r, form) {
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	switch {
	case r.URL.Path == "/v1/payments/company_payments":
		f.sinceIDs = append(f.sinceIDs, form.Get("since_id"))
		since, _ := strconv.Atoi(form.Get("since_id"))
		limit, _ := strconv.Atoi(form.Get("limit"))
		if limit == 0 || limit > MaxLimit {
			limit = MaxLimit
		}
		page := []map[string]any{}
		for _, p := range f.payments {
			if (f.ignoreSinceID || p["id"].(int) >= since) && len(page) < limit {
				page = append(page, p)
			}
		}
		json.NewEncoder(w).Encode(map[string]any{"result": 1, "msg": "", "payments": page})
	case r.Method == http.MethodGet:
		id := r.URL.Path[len("/v1/payments/"):]
		if d, ok := f.details[id]; ok {
			fmt.Fprintf(w, `{"result":1,"msg":"","details":%s}`, d)
			return
		}
		io.WriteString(w, `{"result":0,"msg":"No existe el pago `+id+`"}`)
	default:
		w.WriteHeader(http.StatusNotFound)
		io.WriteString(w, `{"result":0,"msg":"not in the fake"}`)
	}
}

// client returns a client of the fake that looks lost replies up fast and
// whose HTTP client masks cid and key by value, as the CLI's does.
func (f *fakeFacti) client(t *testing.T) *Client {
	t.Helper()
	srv := httptest.NewServer(f)
	t.Cleanup(srv.Close)
	hc := httpx.NewClient(httpx.Options{Timeout: 300 * time.Millisecond, Redactor: httpx.NewRedactor([]string{"cid-secret-1", "key-secret-2"}), Sleep: func(context.Context, time.Duration) error { return nil }})
	c := New(hc, srv.URL, "cid-secret-1", "key-secret-2")
	// A clock that moves only when the lookups wait: a loaded machine
	// cannot turn the window's several lookups into one.
	var mu sync.Mutex
	now := time.Date(2030, 1, 1, 12, 0, 0, 0, time.UTC)
	c.Settle = settle.Policy{
		Window: time.Minute, First: time.Second, Max: 5 * time.Second,
		Now: func() time.Time { mu.Lock(); defer mu.Unlock(); return now },
		Sleep: func(ctx context.Context, d time.Duration) error {
			mu.Lock()
			now = now.Add(d)
			mu.Unlock()
			return ctx.Err()
		},
	}
	return c
}

// request is a valid single request for folio.
func testRequest(serie, folio string) *NewRequest {
	r := &NewRequest{Serie: serie, Folio: folio, FromRFC: "CGM011210S72", ToClientName: "X", ToEmails: []string{"a@b.mx"}, TotalAmount: amt("100")}
	r.Normalize()
	return r
}
