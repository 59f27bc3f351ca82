package api_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
)

// recorder is a fake provider that records what mxpay sent.
type recorder struct {
	mu   sync.Mutex
	reqs []recorded
}

type recorded struct {
	method, path, auth, contentType string
	query, form                     url.Values
	body                            string
}

func (rec *recorder) record(r *http.Request) recorded {
	body, _ := io.ReadAll(r.Body)
	form, _ := url.ParseQuery(string(body))
	got := recorded{r.Method, r.URL.Path, r.Header.Get("Authorization"), r.Header.Get("Content-Type"), r.URL.Query(), form, string(body)}
	rec.mu.Lock()
	rec.reqs = append(rec.reqs, got)
	rec.mu.Unlock()
	return got
}

func harness(t *testing.T, provider string, handler http.HandlerFunc) *cmdtest.Harness {
	srv := httptest.NewServer(handler)
	t.Cleanup(srv.Close)
	h := cmdtest.New(t)
	h.Env["MXPAY_"+strings.ToUpper(provider)+"_BASE_URL"] = srv.URL
	h.Env["MXPAY_FACTI_CLIENT_ID"] = "cid-0123456789"
	h.Env["MXPAY_FACTI_API_KEY"] = "key-0123456789"
	h.Env["MXPAY_PAGOFACIL_SUCURSAL"] = "suc-0123456789"
	h.Env["MXPAY_PAGOFACIL_USUARIO"] = "usr-0123456789"
	h.Env["MXPAY_SYNC_API_KEY"] = "sync-0123456789"
	return h
}

func TestSyncGetPaginatesWithSkip(t *testing.T) {
	rec := &recorder{}
	total := 7
	h := harness(t, "sync", func(w http.ResponseWriter, r *http.Request) {
		got := rec.record(r)
		skip, _ := strconv.Atoi(got.query.Get("skip"))
		limit, _ := strconv.Atoi(got.query.Get("limit"))
		if limit > 3 { // a server-side cap below what was asked
			limit = 3
		}
		rows := []map[string]any{}
		for i := skip; i < total && i < skip+limit; i++ {
			rows = append(rows, map[string]any{"id_user": "u" + strconv.Itoa(i), "amount": json.Number("10.50")})
		}
		json.NewEncoder(w).Encode(map[string]any{"rid": "x", "code": 200, "status": true, "response": rows})
	})
	r := h.MustRun(0, "", "api", "sync", "GET", "/users", "-f", "id_external=abc", "--paginate", "--jq", ".response[].id_user")
	if got := strings.Fields(r.Stdout); strings.Join(got, ",") != "u0,u1,u2,u3,u4,u5,u6" {
		t.Errorf("paginated ids = %v", got)
	}
	// 3 + 3 + 1 + 0: the client's rule, where a short page is not the end
	// (the server's cap is unknown) and an empty one is.
	if len(rec.reqs) != 4 {
		t.Errorf("%d requests, want two full pages, a short one and an empty one", len(rec.reqs))
	}
	first := rec.reqs[0]
	if first.auth != "API_KEY api_key=sync-0123456789" || first.query.Get("id_external") != "abc" || first.query.Get("limit") != "100" {
		t.Errorf("first request: %+v", first)
	}
	if rec.reqs[2].query.Get("skip") != "6" || rec.reqs[3].query.Get("skip") != "7" {
		t.Errorf("third and fourth page skip = %q, %q, want 6, 7", rec.reqs[2].query.Get("skip"), rec.reqs[3].query.Get("skip"))
	}
}

func TestSyncPostSendsNestedJSON(t *testing.T) {
	rec := &recorder{}
	h := harness(t, "sync", func(w http.ResponseWriter, r *http.Request) {
		rec.record(r)
		w.Write([]byte(`{"code":200,"status":true,"response":{"id_credential":"c1"}}`))
	})
	h.MustRun(0, "", "api", "sync", "POST", "credentials", "-f", "id_site=56cf", "-f", "credentials[username]=test", "-F", "credentials[remember]=true", "-F", "n=12.50")
	var body map[string]any
	if err := json.Unmarshal([]byte(rec.reqs[0].body), &body); err != nil {
		t.Fatal(err)
	}
	creds, _ := body["credentials"].(map[string]any)
	if body["id_site"] != "56cf" || creds["username"] != "test" || creds["remember"] != true || rec.reqs[0].contentType != "application/json" {
		t.Errorf("body = %s", rec.reqs[0].body)
	}
	if !strings.Contains(rec.reqs[0].body, `"n":12.50`) {
		t.Errorf("typed number not kept exact: %s", rec.reqs[0].body)
	}
}

func TestFactiFormAuthAndSinceIDPaging(t *testing.T) {
	rec := &recorder{}
	h := harness(t, "facti", func(w http.ResponseWriter, r *http.Request) {
		got := rec.record(r)
		since, _ := strconv.Atoi(got.form.Get("since_id"))
		limit, _ := strconv.Atoi(got.form.Get("limit"))
		var pays []string
		for id := max(since, 1); id <= 5 && len(pays) < limit; id++ {
			pays = append(pays, `{"id":`+strconv.Itoa(id)+`,"total_amount":111.10}`)
		}
		w.Write([]byte(`{"result":1,"msg":"","payments":[` + strings.Join(pays, ",") + `]}`))
	})
	r := h.MustRun(0, "", "api", "facti", "POST", "/v1/payments/company_payments", "-F", "company_id=5", "-F", "limit=2", "--paginate", "--jq", ".payments[].total_amount")
	if strings.Count(r.Stdout, "111.10") != 5 {
		t.Errorf("amounts not exact or pages missing:\n%s", r.Stdout)
	}
	first := rec.reqs[0]
	if first.form.Get("client_id") != "cid-0123456789" || first.form.Get("api_key") != "key-0123456789" || first.form.Get("company_id") != "5" {
		t.Errorf("first form: %v", first.form)
	}
	if len(rec.reqs) != 3 || rec.reqs[1].form.Get("since_id") != "3" || rec.reqs[2].form.Get("since_id") != "5" {
		t.Errorf("since_id pages: %d requests", len(rec.reqs))
	}
}

func TestPagoFacilDataFieldsAndFailures(t *testing.T) {
	rec := &recorder{}
	h := harness(t, "pagofacil", func(w http.ResponseWriter, r *http.Request) {
		rec.record(r)
		w.WriteHeader(http.StatusServiceUnavailable)
		w.Write([]byte(`{"WebServices_Transacciones":{"verificar":{"status":"error"}}}`))
	})
	r := h.MustRun(4, "", "api", "pagofacil", "POST", "/Wsrtransaccion/index/format/json", "-f", "method=verificar", "-f", "data[idPedido]=ORD-1")
	if !strings.Contains(r.Stdout, "WebServices_Transacciones") {
		t.Errorf("body not printed on failure: %q", r.Stdout)
	}
	f := rec.reqs[0].form
	if f.Get("data[idSucursal]") != "suc-0123456789" || f.Get("data[idUsuario]") != "usr-0123456789" || f.Get("data[idPedido]") != "ORD-1" {
		t.Errorf("form = %v", f)
	}
	if len(rec.reqs) != 1 {
		t.Errorf("a POST was retried: %d requests", len(rec.reqs))
	}
}

func TestAuthFailureAndUsage(t *testing.T) {
	h := harness(t, "sync", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusUnauthorized)
		w.Write([]byte(`{"code":401,"status":false,"message":"Unauthorized","response":null}`))
	})
	r := h.MustRun(3, "", "api", "sync", "GET", "/users")
	if strings.Contains(r.Stderr+r.Stdout, "sync-0123456789") {
		t.Error("the API key leaked")
	}
	h.MustRun(2, "", "api", "paypal", "GET", "/x")
	h.MustRun(2, "", "api", "sync", "FETCH", "/x")
	h.MustRun(2, "", "api", "facti", "POST", "/v1/payments/new_request", "--paginate")
	h.MustRun(2, "", "api", "facti", "GET", "/x", "--user", "u1")
	h.MustRun(2, "", "api", "sync", "GET", "/x", "-f", "novalue")
}

func TestDebugTraceRedactsAPICredentials(t *testing.T) {
	h := harness(t, "facti", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`{"result":1,"msg":""}`))
	})
	r := h.MustRun(0, "", "--debug", "api", "facti", "POST", "/v1/user/authenticate")
	if !strings.Contains(r.Stderr, "/v1/user/authenticate") {
		t.Fatalf("no trace: %s", r.Stderr)
	}
	if strings.Contains(r.Stderr, "cid-0123456789") || strings.Contains(r.Stderr, "key-0123456789") {
		t.Errorf("trace leaked credentials:\n%s", r.Stderr)
	}
}
