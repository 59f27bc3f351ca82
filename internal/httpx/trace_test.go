package httpx

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
)

// safeBuffer is a bytes.Buffer that tolerates the tracer's writes from
// the transport's goroutines.
type safeBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *safeBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *safeBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func TestTraceMasksEverySecret(t *testing.T) {
	const (
		clientID     = "cli_7Hq2ZpX9wLm4"
		apiKey       = "sk_live_4eC39HqLyjWDarjtT1zdp7dc"
		card         = "4111111111111111"
		queryToken   = "qtok_ABCdef123456"
		authToken    = "auth_ZYX987654321"
		bankUser     = "jperez_banco"
		bankPassword = "hunter2-Secret!"
		otp          = "918273"
		sessionToken = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
		echoedToken  = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
		cookie       = "sess=c00k1e_v4lue"
		literal      = "lit3ral-s3cret-value"
	)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.ReadAll(r.Body)
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Set-Cookie", cookie)
		fmt.Fprintf(w, `{"rid":"r-77","code":200,"response":{"token":%q,"id_user":"5df859c4a7a6442757726ef4","note":"server knows %s"}}`, echoedToken, literal)
	}))
	defer srv.Close()
	var trace safeBuffer
	client := NewClient(Options{Debug: &trace, Redactor: NewRedactor([]string{literal}), MaxRetries: -1})

	send := func(method, path, contentType, body string, header http.Header) {
		t.Helper()
		req := newRequest(t, context.Background(), method, srv.URL+path, body)
		for name, values := range header {
			req.Header[name] = values
		}
		if contentType != "" {
			req.Header.Set("Content-Type", contentType)
		}
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		readAll(t, resp)
	}

	send(http.MethodPost, "/Wsrtransaccion/index/format?format=json&token="+queryToken+"&skip=10",
		"application/x-www-form-urlencoded",
		"method=transaccion&client_id="+clientID+"&api_key="+apiKey+"&data%5BnumeroTarjeta%5D="+card+
			"&data[cvt]=123&data[nombre]=Jon&data[monto]=100.00",
		http.Header{"Authorization": {"TOKEN token=" + authToken}, "Cookie": {cookie}, "X-Note": {"sent " + literal}})
	send(http.MethodPost, "/v1/credentials", "application/json",
		`{"id_site":"56cf5728784806f72b8b4568","credentials":{"username":"`+bankUser+`","password":"`+bankPassword+`"},"twofa":{"token":"`+otp+`"}}`,
		http.Header{"Authorization": {"API_KEY api_key=" + apiKey}})
	send(http.MethodGet, "/v1/sessions/"+sessionToken+"/verify", "", "", nil)

	out := trace.String()
	for _, secret := range []string{clientID, apiKey, card, queryToken, authToken, bankUser, bankPassword, otp, sessionToken, echoedToken, cookie, "c00k1e", literal} {
		if strings.Contains(out, secret) {
			t.Errorf("the trace shows the secret %q", secret)
		}
	}
	// The CVV is too short to search for alone; look for it where it was.
	for _, leak := range []string{"cvt]=123", "cvt%5D=123"} {
		if strings.Contains(out, leak) {
			t.Errorf("the trace shows the CVV: %q", leak)
		}
	}
	for _, visible := range []string{
		"> POST " + srv.URL + "/Wsrtransaccion/index/format?format=json&token=***&skip=10",
		"method=transaccion&client_id=***&api_key=***&data%5BnumeroTarjeta%5D=***&data[cvt]=***&data[nombre]=Jon&data[monto]=100.00",
		"> Authorization: TOKEN ***",
		"> Authorization: API_KEY ***",
		"> Cookie: ***",
		"> X-Note: sent ***",
		`{"id_site":"56cf5728784806f72b8b4568","credentials":{"username":"***","password":"***"},"twofa":{"token":"***"}}`,
		"> GET " + srv.URL + "/v1/sessions/***/verify",
		"< 200 OK (",
		"< Set-Cookie: ***",
		`"token":"***","id_user":"5df859c4a7a6442757726ef4","note":"server knows ***"`,
		"> User-Agent: mxpay",
	} {
		if !strings.Contains(out, visible) {
			t.Errorf("the trace lacks %q", visible)
		}
	}
	if t.Failed() {
		t.Logf("trace:\n%s", out)
	}
}

func TestTraceCapsLargeBodiesWithoutBufferingThem(t *testing.T) {
	const size = 1 << 20
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		io.WriteString(w, strings.Repeat("a", size))
	}))
	defer srv.Close()
	var trace safeBuffer
	client := NewClient(Options{Debug: &trace})

	resp, err := client.Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	if got := readAll(t, resp); len(got) != size {
		t.Fatalf("caller read %d bytes, want all %d", len(got), size)
	}
	out := trace.String()
	if want := fmt.Sprintf("…%d more bytes", size-traceBodyLimit); !strings.Contains(out, want) {
		t.Errorf("trace lacks %q", want)
	}
	if n := strings.Count(out, "a"); n > traceBodyLimit+100 {
		t.Errorf("trace shows %d bytes of the body, want about %d", n, traceBodyLimit)
	}
}

func TestTraceSummarisesBinaryBodies(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write([]byte("%PDF-1.4\x00\x01\x02 4111111111111111"))
	}))
	defer srv.Close()
	var trace safeBuffer
	resp, err := NewClient(Options{Debug: &trace}).Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	readAll(t, resp)
	out := trace.String()
	if !strings.Contains(out, "(28 bytes of application/pdf not shown)") || strings.Contains(out, "%PDF") {
		t.Errorf("trace:\n%s\nwant the PDF summarised, not shown", out)
	}
}

func TestTraceShowsRetriesAndFailures(t *testing.T) {
	var calls counter
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if calls.next() == 1 {
			w.WriteHeader(http.StatusServiceUnavailable)
			io.WriteString(w, "maintenance")
			return
		}
		io.WriteString(w, "ok")
	}))
	defer srv.Close()
	var trace safeBuffer
	client := NewClient(Options{Debug: &trace, Sleep: (&sleepRecorder{}).sleep})
	resp, err := client.Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	readAll(t, resp)
	out := trace.String()
	for _, want := range []string{"< 503 Service Unavailable (", "maintenance", "* retrying in ", "(retry 1 of 3)", "< 200 OK ("} {
		if !strings.Contains(out, want) {
			t.Errorf("trace lacks %q:\n%s", want, out)
		}
	}
}
