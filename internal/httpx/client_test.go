package httpx

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestUserAgent(t *testing.T) {
	tests := []struct {
		name      string
		option    string
		requestUA string
		want      string
	}{
		{"from options", "mxpay/1.2.3", "", "mxpay/1.2.3"},
		{"default", "", "", "mxpay"},
		{"the request's own wins", "mxpay/1.2.3", "custom/9", "custom/9"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got string
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				got = r.UserAgent()
			}))
			defer srv.Close()
			req, _ := http.NewRequest(http.MethodGet, srv.URL, nil)
			if tt.requestUA != "" {
				req.Header.Set("User-Agent", tt.requestUA)
			}
			resp, err := NewClient(Options{UserAgent: tt.option}).Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if got != tt.want {
				t.Errorf("server saw User-Agent %q, want %q", got, tt.want)
			}
			if tt.requestUA == "" && req.Header.Get("User-Agent") != "" {
				t.Errorf("the caller's request was modified")
			}
		})
	}
}
