package emulator

import (
	"encoding/json"
	"io"
	"net/http"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/mxpay/mxpay/internal/emulator/state"
	"go.etcd.io/bbolt"
)

func TestProvidersAndURLs(t *testing.T) {
	if got := Providers(); !slices.Equal(got, []string{"facti", "pagofacil", "sync"}) {
		t.Errorf("Providers() = %v", got)
	}
	tests := []struct{ provider, inProcess, served string }{
		{Facti, "http://emulator.mxpay.invalid/facti", "http://127.0.0.1:8089/facti"},
		{PagoFacil, "http://emulator.mxpay.invalid/pagofacil", "http://127.0.0.1:8089/pagofacil"},
		{Sync, "http://emulator.mxpay.invalid/sync/v1", "http://127.0.0.1:8089/sync/v1"},
		{"stripe", "", ""},
	}
	for _, tt := range tests {
		if got := BaseURL(tt.provider); got != tt.inProcess {
			t.Errorf("BaseURL(%q) = %q, want %q", tt.provider, got, tt.inProcess)
		}
		if got := ProviderBaseURL("http://127.0.0.1:8089/", tt.provider); got != tt.served {
			t.Errorf("ProviderBaseURL(%q) = %q, want %q", tt.provider, got, tt.served)
		}
	}
}

func TestProvidersAnswer404InTheirEnvelope(t *testing.T) {
	client := inProcessClient(openTest(t))
	messages := map[string]string{
		Facti:     "Recurso no encontrado",
		PagoFacil: "Recurso no encontrado",
		Sync:      "Not found",
	}
	for _, p := range Providers() {
		t.Run(p, func(t *testing.T) {
			resp, err := client.Get(BaseURL(p) + "/anything")
			if err != nil {
				t.Fatal(err)
			}
			checkEnvelope(t, p, resp, http.StatusNotFound, messages[p])
		})
	}
}

func TestPathsOutsideProvidersAnswer404JSON(t *testing.T) {
	client := inProcessClient(openTest(t))
	for _, path := range []string{"/", "/stripe/v1/charges", "/factix/v1"} {
		resp, err := client.Get("http://" + Host + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		var got struct {
			Code    int    `json:"code"`
			Message string `json:"message"`
		}
		if resp.StatusCode != http.StatusNotFound || json.Unmarshal(body, &got) != nil ||
			got.Code != 404 || !strings.Contains(got.Message, "/facti, /pagofacil and /sync") {
			t.Errorf("GET %s = %d %s, want 404 JSON naming the served prefixes", path, resp.StatusCode, body)
		}
	}
}

func TestHandlerStripsProviderPrefix(t *testing.T) {
	e := openTest(t)
	var gotPath, gotRawPath, gotQuery string
	e.mount(t, Sync, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotPath, gotRawPath, gotQuery = r.URL.Path, r.URL.RawPath, r.URL.RawQuery
	}))
	client := inProcessClient(e)
	tests := []struct{ url, path, rawPath, query string }{
		{"http://" + Host + "/sync/v1/jobs/7/status?limit=5", "/v1/jobs/7/status", "", "limit=5"},
		{"http://" + Host + "/sync", "/", "", ""},
		{"http://" + Host + "/sync/", "/", "", ""},
		{"http://" + Host + "/sync/v1/attachments/a%2Fb", "/v1/attachments/a/b", "/v1/attachments/a%2Fb", ""},
	}
	for _, tt := range tests {
		resp, err := client.Get(tt.url)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if gotPath != tt.path || gotRawPath != tt.rawPath || gotQuery != tt.query {
			t.Errorf("GET %s reached the provider as %q %q ?%q, want %q %q ?%q",
				tt.url, gotPath, gotRawPath, gotQuery, tt.path, tt.rawPath, tt.query)
		}
	}
}

func TestOpenRejectsInvalidFaults(t *testing.T) {
	_, err := Open(Options{
		DBPath: filepath.Join(t.TempDir(), "emulator.db"),
		Faults: []Fault{{Provider: "stripe", Kind: FaultReset}},
	})
	if err == nil || !strings.Contains(err.Error(), `"stripe"`) {
		t.Errorf("Open with a fault for an unknown provider: err = %v, want one naming it", err)
	}
}

func TestResetClearsState(t *testing.T) {
	e := openTest(t)
	err := e.store.Update(func(tx *bbolt.Tx) error { return state.PutJSON(tx, "payments", "1", "x") })
	if err != nil {
		t.Fatal(err)
	}
	if err := e.Reset(); err != nil {
		t.Fatal(err)
	}
	err = e.store.View(func(tx *bbolt.Tx) error {
		var v string
		found, err := state.GetJSON(tx, "payments", "1", &v)
		if found {
			t.Error("payment still stored after Reset")
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}
