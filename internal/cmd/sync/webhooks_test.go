package sync_test

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
	"github.com/mxpay/mxpay/internal/emulator"
	syncemu "github.com/mxpay/mxpay/internal/emulator/sync"
)

func TestWebhooksCRUD(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	r := h.MustRun(2, "", "sync", "webhooks", "create", "--url", "https://example.com/hook", "--event", "credential_deleted")
	if !strings.Contains(r.Stderr, "credential_create, credential_update, refresh") {
		t.Errorf("bad event: %s", r.Stderr)
	}
	h.MustRun(2, "", "sync", "webhooks", "create", "--url", "ftp://example.com/hook")
	h.MustRun(2, "", "sync", "webhooks", "create", "--event", "refresh")
	w := decodeJSON[map[string]any](t, h.MustRun(0, "", "sync", "webhooks", "create", "--url", "https://example.com/hook", "--event", "refresh", "--delay", "30", "-o", "json").Stdout)
	id, _ := w["id_webhook"].(string)
	if len(id) != 24 || w["delay"] != float64(30) {
		t.Fatalf("created: %v", w)
	}
	h.MustRun(0, "", "sync", "webhooks", "create", "--url", "https://example.com/all")
	r = h.MustRun(0, "", "sync", "webhooks", "list")
	if !strings.Contains(r.Stdout, "https://example.com/hook") || !strings.Contains(r.Stdout, "credential_create,credential_update,refresh") {
		t.Errorf("table:\n%s", r.Stdout)
	}
	r = h.MustRun(0, "", "sync", "webhooks", "list", "-o", "csv", "--fields", "id_webhook,events")
	if strings.Count(r.Stdout, "\n") != 3 {
		t.Errorf("csv: %q", r.Stdout)
	}
	h.MustRun(2, "", "sync", "webhooks", "delete", id) // no terminal, no --yes
	h.MustRun(0, "", "sync", "webhooks", "delete", id, "--yes")
	h.MustRun(1, "", "sync", "webhooks", "delete", id, "--yes")
	if hooks := decodeJSON[[]map[string]any](t, h.MustRun(0, "", "sync", "webhooks", "list", "-o", "json").Stdout); len(hooks) != 1 {
		t.Errorf("after delete: %v", hooks)
	}
}

func freeAddr(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func TestWebhooksListenReceivesEmulatorEvents(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	dir := t.TempDir()
	addr, logPath, execOut := freeAddr(t), filepath.Join(dir, "events.jsonl"), filepath.Join(dir, "exec.out")
	secretFile, secret := listenSecret(t)
	forwarded := make(chan string, 10)
	fwd := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		forwarded <- string(b)
	}))
	defer fwd.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan cmdtest.Result)
	go func() {
		done <- h.RunContext(ctx, "", "sync", "webhooks", "listen", "--addr", addr, "--log", logPath, "--exec", "cat >> "+execOut, "--forward-to", fwd.URL, "--secret-file", secretFile)
	}()
	waitListening(t, addr)
	h.MustRun(0, "", "sync", "webhooks", "create", "--url", "http://"+addr+"/webhook/"+secret, "--event", "credential_create,refresh")
	_, cred := satUser(t, h) // the emulator delivers credential_create, then refresh when the job settles
	var logged []byte
	for i := 0; i < 300 && strings.Count(string(logged), "\n") < 2; i++ {
		time.Sleep(10 * time.Millisecond)
		logged, _ = os.ReadFile(logPath)
	}
	// A body that is not JSON is refused and not logged.
	if resp, err := http.Post("http://"+addr+"/webhook/"+secret, "text/plain", strings.NewReader("nope")); err != nil || resp.StatusCode != 400 {
		t.Errorf("not JSON: %v %v", resp, err)
	}
	cancel()
	r := <-done
	if r.Code != 0 {
		t.Fatalf("listen exit %d: %s", r.Code, r.Stderr)
	}
	lines := strings.Split(strings.TrimSpace(r.Stdout), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], `"event":"credential_create"`) || !strings.Contains(lines[0], `"id_credential":"`+cred+`"`) ||
		!strings.Contains(lines[1], `"event":"refresh"`) {
		t.Fatalf("stdout:\n%s\nstderr:\n%s", r.Stdout, r.Stderr)
	}
	if string(logged) != r.Stdout {
		t.Errorf("log %q differs from stdout %q", logged, r.Stdout)
	}
	if b, _ := os.ReadFile(execOut); strings.Count(string(b), "credential_create") != 1 {
		t.Errorf("--exec got %q", b)
	}
	if len(forwarded) != 2 || !strings.Contains(<-forwarded, `"event":"credential_create"`) {
		t.Errorf("--forward-to got %d events", len(forwarded))
	}
	go func() {
		done <- h.RunContext(context.Background(), "", "sync", "webhooks", "listen", "--addr", addr, "--log", logPath, "--path", "x")
	}()
	if r := <-done; r.Code != 2 {
		t.Errorf("--path without /: exit %d", r.Code)
	}
}

// TestWebhooksListenFetch runs against the emulator served over HTTP (the
// listener and the commands each need it while the other runs).
func TestWebhooksListenFetch(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	e, err := emulator.Open(emulator.Options{DBPath: h.Env["MXPAY_EMULATOR_DB"]})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(e.Handler())
	t.Cleanup(func() { srv.Close(); e.Close() })
	delete(h.Env, "MXPAY_ENV")
	h.Env["MXPAY_SYNC_BASE_URL"] = srv.URL + "/sync/v1"
	h.Env["MXPAY_SYNC_API_KEY"] = syncemu.DemoAPIKey

	addr, logPath := freeAddr(t), filepath.Join(t.TempDir(), "events.jsonl")
	secretFile, secret := listenSecret(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan cmdtest.Result)
	go func() {
		done <- h.RunContext(ctx, "", "sync", "webhooks", "listen", "--addr", addr, "--log", logPath, "--fetch", "--secret-file", secretFile)
	}()
	waitListening(t, addr)
	h.MustRun(0, "", "sync", "webhooks", "create", "--url", "http://"+addr+"/webhook?token="+secret, "--event", "refresh")
	satUser(t, h)
	var out cmdtest.Result
	deadline := time.After(5 * time.Second)
	for {
		if b, _ := os.ReadFile(logPath); len(b) > 0 {
			cancel() // the listener finishes the fetch of an acknowledged event before it exits
			out = <-done
			break
		}
		select {
		case <-deadline:
			cancel()
			t.Fatalf("no event; listener said %+v", <-done)
		case <-time.After(10 * time.Millisecond):
		}
	}
	if strings.Count(out.Stdout, `"fetched":"transactions"`) != 5 || strings.Count(out.Stdout, `"fetched":"attachments"`) != 5 ||
		!strings.HasPrefix(out.Stdout, `{"endpoints":`) {
		t.Errorf("stdout:\n%s\nstderr:\n%s", out.Stdout, out.Stderr)
	}
}

func waitListening(t *testing.T, addr string) {
	for i := 0; ; i++ {
		if c, err := net.Dial("tcp", addr); err == nil {
			c.Close()
			return
		}
		if i > 200 {
			t.Fatal("listener did not start")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestLostWebhookCreateReplyIsLookedUp(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	h.Env["MXPAY_EMULATOR_FAULTS"] = "sync:POST:/v1/webhooks:late-apply=1s:1"
	r := h.MustRun(0, "", "--timeout", "300ms", "sync", "webhooks", "create", "--url", "https://example.com/h", "-o", "json")
	if !strings.Contains(r.Stderr, "The reply was lost, but the webhook was registered") || !strings.Contains(r.Stdout, `"id_webhook"`) {
		t.Errorf("stdout %s\nstderr %s", r.Stdout, r.Stderr)
	}
	h.Env["MXPAY_VERIFY_WINDOW"] = "500ms"
	h.Env["MXPAY_EMULATOR_FAULTS"] = "sync:POST:/v1/webhooks:reset:1"
	r = h.MustRun(6, "", "sync", "webhooks", "create", "--url", "https://example.com/other")
	if strings.Contains(r.Stderr, "safe") || !strings.Contains(r.Stderr, "mxpay sync webhooks list") {
		t.Errorf("after a reset: %s", r.Stderr)
	}
	h.Env["MXPAY_EMULATOR_FAULTS"] = "sync:POST:/v1/webhooks:timeout-after-write:1;sync:GET:/v1/webhooks:status=503"
	r = h.MustRun(6, "", "--timeout", "300ms", "sync", "webhooks", "create", "--url", "https://example.com/third")
	if !strings.Contains(r.Stderr, "mxpay sync webhooks list") {
		t.Errorf("unknown outcome: %s", r.Stderr)
	}
	delete(h.Env, "MXPAY_EMULATOR_FAULTS")
	if hooks := decodeJSON[[]map[string]any](t, h.MustRun(0, "", "sync", "webhooks", "list", "-o", "json").Stdout); len(hooks) != 2 {
		t.Errorf("%d webhooks, want the late one and the third", len(hooks))
	}
}

// What the listener logs and prints passes the run's redactor: a payload
// carrying the run's API key or a token-named member is masked in both.
func TestWebhooksListenMasksSecretsInItsLog(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	addr, logPath := freeAddr(t), filepath.Join(t.TempDir(), "events.jsonl")
	secretFile, secret := listenSecret(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan cmdtest.Result)
	go func() {
		done <- h.RunContext(ctx, "", "sync", "webhooks", "listen", "--addr", addr, "--log", logPath, "--fetch", "--secret-file", secretFile)
	}()
	waitListening(t, addr)
	body := `{"event":"refresh","note":"key ` + syncemu.DemoAPIKey + `","token":"tok-123456789"}`
	resp, err := http.Post("http://"+addr+"/webhook/"+secret, "application/json", strings.NewReader(body))
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("%v %v", resp, err)
	}
	cancel()
	r := <-done
	logged, _ := os.ReadFile(logPath)
	for _, secret := range []string{syncemu.DemoAPIKey, "tok-123456789"} {
		if strings.Contains(string(logged)+r.Stdout, secret) {
			t.Errorf("%q logged:\n%s\n%s", secret, logged, r.Stdout)
		}
	}
	if !strings.Contains(string(logged), `"event":"refresh"`) || string(logged) != r.Stdout {
		t.Errorf("log %q, stdout %q", logged, r.Stdout)
	}
}
