package httpx

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"syscall"
	"testing"

	"github.com/mxpay/mxpay/internal/errs"
)

func TestStatusErrorKinds(t *testing.T) {
	tests := []struct {
		status    int
		want      errs.Kind
		ambiguous bool
	}{
		{400, errs.Rejected, false}, {402, errs.Rejected, false}, {404, errs.Rejected, false}, {409, errs.Rejected, false}, {422, errs.Rejected, false},
		{401, errs.Auth, false}, {403, errs.Auth, false},
		{302, errs.Unreachable, true}, {307, errs.Unreachable, true}, {308, errs.Unreachable, true},
		{408, errs.Unreachable, true}, {429, errs.Unreachable, true}, {500, errs.Unreachable, true},
		{502, errs.Unreachable, true}, {503, errs.Unreachable, true}, {504, errs.Unreachable, true},
	}
	for _, tt := range tests {
		err := &StatusError{StatusCode: tt.status}
		if got := errs.KindOf(err); got != tt.want {
			t.Errorf("status %d: kind %s, want %s", tt.status, got, tt.want)
		}
		if got := IsAmbiguous(err); got != tt.ambiguous {
			t.Errorf("status %d: IsAmbiguous = %v, want %v", tt.status, got, tt.ambiguous)
		}
	}
}

func TestCheckStatus(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/ok" {
			io.WriteString(w, "fine")
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusUnauthorized)
		fmt.Fprintf(w, `{"code":401,"message":"Unauthorized","token":"tok_leaked_1234","note":"%s"}`, strings.Repeat("x", 5000))
	}))
	defer srv.Close()
	client := NewClient(Options{MaxRetries: -1, Redactor: NewRedactor([]string{"sk_live_literal"})})

	resp, err := client.Get(srv.URL + "/ok")
	if err != nil {
		t.Fatal(err)
	}
	if err := CheckStatus(resp); err != nil {
		t.Errorf("CheckStatus(200) = %v, want nil", err)
	}
	if got := readAll(t, resp); got != "fine" {
		t.Errorf("CheckStatus consumed a 2xx body; left %q", got)
	}

	resp, err = client.Get(srv.URL + "/v1/users?api_key=sk_live_literal&skip=5")
	if err != nil {
		t.Fatal(err)
	}
	err = CheckStatus(resp)
	var statusErr *StatusError
	if !errors.As(err, &statusErr) {
		t.Fatalf("CheckStatus(401) = %v, want a *StatusError", err)
	}
	if statusErr.StatusCode != 401 || statusErr.Method != "GET" || errs.KindOf(statusErr) != errs.Auth {
		t.Errorf("got %+v", statusErr)
	}
	if want := srv.URL + "/v1/users?api_key=***&skip=5"; statusErr.URL != want {
		t.Errorf("URL %q, want %q", statusErr.URL, want)
	}
	body := string(statusErr.Body)
	if len(statusErr.Body) > maxErrorBody || !strings.HasPrefix(body, `{"code":401,"message":"Unauthorized","token":"***"`) {
		t.Errorf("body %.120q…, want the first 2 KB with the token masked", body)
	}
	host := strings.TrimPrefix(srv.URL, "http://")
	if want := host + " answered 401 Unauthorized to GET /v1/users"; err.Error() != want {
		t.Errorf("message %q, want %q", err.Error(), want)
	}
}

func TestNetworkErrorMessages(t *testing.T) {
	const u = "https://api.facti.mx/v1/payments"
	tests := []struct {
		err  *NetworkError
		want string
	}{
		{&NetworkError{URL: u, Err: fmt.Errorf("dial tcp: %w", syscall.ECONNREFUSED)}, "could not reach api.facti.mx: connection refused"},
		{&NetworkError{URL: u, Err: io.EOF, Sent: true}, "lost the connection to api.facti.mx after sending the request: the server closed the connection without answering"},
		{&NetworkError{URL: u, Err: &silenceError{after: 30e9}, Timeout: true, Sent: true}, "no answer from api.facti.mx within 30s"},
		{&NetworkError{URL: u, Err: &silenceError{after: 30e9, midBody: true}, Timeout: true, Sent: true}, "the answer from api.facti.mx did not finish arriving within 30s"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("got %q, want %q", got, tt.want)
		}
	}
}

func TestIsAmbiguous(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want bool
	}{
		{"nil", nil, false},
		{"sent", &NetworkError{Sent: true}, true},
		{"sent, wrapped twice", fmt.Errorf("charging: %w", &url.Error{Op: "Post", Err: &NetworkError{Sent: true}}), true},
		{"partly written: it may have arrived", &NetworkError{}, true},
		{"never left", &NetworkError{NeverLeft: true}, false},
		{"a server error may come from a gateway", &StatusError{StatusCode: 500}, true},
		{"a redirect not followed", &StatusError{StatusCode: 307}, true},
		{"the server's own refusal", &StatusError{StatusCode: 400}, false},
		{"interrupted after sending", &interruptedError{err: context.Canceled, sent: true}, true},
		{"interrupted while writing", &interruptedError{err: context.Canceled}, true},
		{"interrupted before anything left", &interruptedError{err: context.Canceled, neverLeft: true}, false},
		{"other", errors.New("boom"), false},
	}
	for _, tt := range tests {
		if got := IsAmbiguous(tt.err); got != tt.want {
			t.Errorf("%s: IsAmbiguous = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestUnwrapURLErrorHidesTheRawURL(t *testing.T) {
	inner := &NetworkError{URL: "https://h/x?token=***", Err: io.EOF}
	wrapped := &url.Error{Op: "Get", URL: "https://h/x?token=tok_secret_value", Err: inner}
	got := UnwrapURLError(wrapped)
	if got != inner || strings.Contains(got.Error(), "tok_secret_value") {
		t.Errorf("UnwrapURLError = %v, want the inner *NetworkError", got)
	}
	plain := errors.New("plain")
	if UnwrapURLError(plain) != plain {
		t.Errorf("UnwrapURLError changed an error that was not a *url.Error")
	}
}
