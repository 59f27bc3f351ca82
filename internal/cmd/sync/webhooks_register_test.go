package sync_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
	syncemu "github.com/mxpay/mxpay/internal/emulator/sync"
)

func TestWebhooksCreateSaysWhetherItCreatedOrUpdated(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	r := h.MustRun(0, "", "sync", "webhooks", "create", "--url", "https://example.com/h", "--event", "refresh", "-o", "json")
	// Ids are not compared on stderr: the redactor's card-number rule may
	// mask an emulator id whose digits happen to pass the Luhn check.
	id := decodeJSON[map[string]any](t, r.Stdout)["id_webhook"]
	if !strings.Contains(r.Stderr, "Created webhook ") || !strings.Contains(r.Stderr, " for https://example.com/h.") {
		t.Errorf("first: %s", r.Stderr)
	}
	r = h.MustRun(0, "", "sync", "webhooks", "create", "--url", "https://example.com/h", "--delay", "30", "-o", "json")
	if !strings.Contains(r.Stderr, "Updated webhook ") || !strings.Contains(r.Stderr, ": https://example.com/h was already registered, and Sync updated it.") ||
		strings.Contains(r.Stderr, "also registered") || decodeJSON[map[string]any](t, r.Stdout)["id_webhook"] != id {
		t.Errorf("again: %s\n%s", r.Stderr, r.Stdout)
	}
	hooks := decodeJSON[[]map[string]any](t, h.MustRun(0, "", "sync", "webhooks", "list", "-o", "json").Stdout)
	if len(hooks) != 1 || len(hooks[0]["events"].([]any)) != 3 || hooks[0]["delay"] != float64(30) {
		t.Errorf("webhooks %v", hooks)
	}
	if r := h.MustRun(0, "", "sync", "webhooks", "create", "--help"); !strings.Contains(r.Stdout, "creates or updates") {
		t.Errorf("help:\n%s", r.Stdout)
	}
}

// A Sync that creates a second webhook for a URL already registered: the
// command says that both are called.
func TestWebhooksCreateNamesTheOtherWebhooksOfTheURL(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		response := `[{"id_webhook":"W0","url":"https://example.com/h","events":["refresh"]}]`
		if r.Method == "POST" {
			response = `{"id_webhook":"W2","url":"https://example.com/h","events":["refresh"],"dt_created":1}`
		}
		io.WriteString(w, `{"rid":"r","code":200,"errors":null,"status":true,"message":null,"response":`+response+`}`)
	}))
	t.Cleanup(srv.Close)
	h := cmdtest.New(t)
	h.Env["MXPAY_SYNC_BASE_URL"] = srv.URL + "/v1"
	h.Env["MXPAY_SYNC_API_KEY"] = "test-key"
	r := h.MustRun(0, "", "sync", "webhooks", "create", "--url", "https://example.com/h", "--event", "refresh")
	if !strings.Contains(r.Stderr, "Created webhook W2") || !strings.Contains(r.Stderr, "https://example.com/h is also registered as webhook W0, so Sync calls it once for each") {
		t.Errorf("stderr: %s", r.Stderr)
	}
}
