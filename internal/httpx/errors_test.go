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
)

func TestStatusErrorExitCodes(t *testing.T) {
	tests := []struct {
		status int
		want   int
	}{
		{400, 1}, {402, 1}, {404, 1}, {409, 1}, {422, 1},
		{401, 3}, {403, 3},
		{429, 4}, {500, 4}, {502, 4}, {503, 4}, {504, 4},
	}
	for _, tt := range tests {
		err := &StatusError{StatusCode: tt.status}
		if got := err.ExitCode(); got != tt.want {
			t.Errorf("status %d: exit code %d, want %d", tt.status, got, tt.want)
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
	client := NewClient(Options{MaxRetries: -1, Secrets: []string{"sk_live_literal"}})

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
	if statusErr.StatusCode != 401 || statusErr.Method != "GET" || statusErr.ExitCode() != 3 {
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
		{&NetworkError{URL: u, Err: &silenceError{after: 30e9, midBody: true}, Timeout: true, Sent: true}, "the answer from api.facti.mx stopped arriving for 30s"},
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
		{"not sent", &NetworkError{}, false},
		{"status", &StatusError{StatusCode: 500}, false},
		{"interrupted after sending", &interruptedError{err: context.Canceled, sent: true}, true},
		{"interrupted before sending", &interruptedError{err: context.Canceled}, false},
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
