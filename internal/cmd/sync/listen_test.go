package sync_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
	"github.com/mxpay/mxpay/internal/cmdutil"
	syncemu "github.com/mxpay/mxpay/internal/emulator/sync"
	"github.com/mxpay/mxpay/internal/receiver/receivertest"
)

// listenSecret writes a secret file for a listener and returns it.
func listenSecret(t *testing.T) (file, secret string) {
	t.Helper()
	secret = strings.Repeat("5ec7e7", 8)
	file = filepath.Join(t.TempDir(), "webhook.secret")
	if err := os.WriteFile(file, []byte(secret+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return file, secret
}

// runningListener is a `sync webhooks listen` in the background.
type runningListener struct {
	addr, log string
	stop      func() cmdtest.Result
}

func startListener(t *testing.T, h *cmdtest.Harness, log string, args ...string) *runningListener {
	t.Helper()
	addr := freeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan cmdtest.Result, 1)
	go func() {
		done <- h.RunContext(ctx, "", append([]string{"sync", "webhooks", "listen", "--addr", addr, "--log", log}, args...)...)
	}()
	waitListening(t, addr)
	var res *cmdtest.Result
	l := &runningListener{addr: addr, log: log}
	l.stop = func() cmdtest.Result {
		if res == nil {
			cancel()
			r := <-done
			res = &r
		}
		return *res
	}
	t.Cleanup(func() { l.stop() })
	return l
}

func postEvent(t *testing.T, url, body string) int {
	t.Helper()
	resp, err := (&http.Client{Timeout: 5 * time.Second}).Post(url, "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatalf("POST: %v", err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

var registerURL = regexp.MustCompile(`--url '(http://[^']+)'`)

// liveBuffer is a stderr a test can read while the command runs.
type liveBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *liveBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}
func (l *liveBuffer) String() string { l.mu.Lock(); defer l.mu.Unlock(); return l.b.String() }

func TestWebhooksListenRequiresTheSecret(t *testing.T) {
	h := cmdtest.New(t)
	live := &liveBuffer{}
	h.Customize = func(f *cmdutil.Factory) { f.IOStreams.ErrOut = io.MultiWriter(f.IOStreams.ErrOut, live) }
	log := filepath.Join(t.TempDir(), "events.jsonl")
	l := startListener(t, h, log, "--exec", "cat")
	// The registration URL is printed at start; poll for it.
	var url string
	receivertest.WaitUntil(t, 5*time.Second, "the registration URL", func() bool {
		m := registerURL.FindStringSubmatch(live.String())
		if m != nil {
			url = m[1]
		}
		return m != nil
	})
	secret := url[strings.LastIndex(url, "/")+1:]
	if len(secret) != 64 || !strings.HasPrefix(url, "http://"+l.addr+"/webhook/") {
		t.Fatalf("registration URL %q", url)
	}
	base := "http://" + l.addr + "/webhook"
	ev := `{"event":"refresh","id_job":"j1","id_credential":"c1","note":"seen ` + secret + `"}`
	for _, forged := range []string{base, base + "/", base + "/" + strings.Repeat("0", 64), base + "?token=" + secret[:63], base + "/" + secret + "/x", "http://" + l.addr + "/other/" + secret} {
		if code := postEvent(t, forged, ev); code != http.StatusUnauthorized && code != http.StatusNotFound {
			t.Errorf("%s: %d, want 401", forged, code)
		}
	}
	if code := postEvent(t, url, ev); code != 200 {
		t.Fatalf("with the secret in the path: %d", code)
	}
	if code := postEvent(t, base+"?token="+secret, strings.Replace(ev, "j1", "j2", 1)); code != 200 {
		t.Fatalf("with the secret in the query: %d", code)
	}
	r := l.stop()
	logged, _ := os.ReadFile(log)
	if strings.Count(string(logged), "\n") != 2 || string(logged) != r.Stdout {
		t.Errorf("log:\n%s\nstdout:\n%s", logged, r.Stdout)
	}
	// Shown once, to register it; masked everywhere after, --exec output included.
	if n := strings.Count(r.Stderr, secret); n != 1 || strings.Contains(string(logged), secret) {
		t.Errorf("the secret is shown %d time(s) on stderr, logged %v:\n%s", n, strings.Contains(string(logged), secret), r.Stderr)
	}
	if !strings.Contains(r.Stderr, "5 calls without the secret refused") || strings.Contains(r.Stderr, "/other") {
		t.Errorf("stderr:\n%s", r.Stderr)
	}
}

// The same event (event, id_job, id_credential) is acted on once: logged
// and run through --exec once, answered 200 every time, across restarts.
func TestWebhooksListenDeduplicatesAcrossRestarts(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	dir := t.TempDir()
	log, execOut := filepath.Join(dir, "events.jsonl"), filepath.Join(dir, "exec.out")
	secretFile, secret := listenSecret(t)
	ev := func(job string) string {
		return `{"event":"refresh","id_credential":"c1","id_job":"` + job + `","id_user":"u1","is_executing":0}`
	}
	for round := range 2 {
		l := startListener(t, h, log, "--secret-file", secretFile, "--exec", "cat >> "+execOut+"; echo >> "+execOut)
		url := "http://" + l.addr + "/webhook/" + secret
		for range 3 {
			if code := postEvent(t, url, ev("j1")); code != 200 {
				t.Fatalf("round %d: %d", round, code)
			}
		}
		// A different job, or the same job's other event, is a new event.
		postEvent(t, url, ev("j"+string(rune('2'+round))))
		postEvent(t, url, strings.Replace(ev("j1"), "refresh", "credential_update", 1))
		r := l.stop()
		if n := strings.Count(r.Stderr, "Duplicate refresh event (job j1, credential c1)"); n != 3-round+round*2 && n != 2+round {
			t.Errorf("round %d: %d duplicate notices:\n%s", round, n, r.Stderr)
		}
	}
	logged, _ := os.ReadFile(log)
	for _, want := range []string{`"refresh","id_credential":"c1","id_job":"j1"`, `"id_job":"j2"`, `"id_job":"j3"`} {
		if n := strings.Count(string(logged), want); n != 1 {
			t.Errorf("%s logged %d times:\n%s", want, n, logged)
		}
	}
	if n := strings.Count(string(logged), "\n"); n != 4 {
		t.Errorf("%d lines logged, want 4 (j1 refresh, j1 update, j2, j3):\n%s", n, logged)
	}
	b, _ := os.ReadFile(execOut)
	if n := strings.Count(string(b), `"id_job":"j1"`); n != 2 { // refresh and credential_update
		t.Errorf("--exec ran for j1 %d times:\n%s", n, b)
	}
}

func TestWebhooksListenRefusesOversizedBodies(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	secretFile, secret := listenSecret(t)
	l := startListener(t, h, filepath.Join(t.TempDir(), "events.jsonl"), "--secret-file", secretFile)
	big := `{"event":"refresh","id_job":"j","pad":"` + strings.Repeat("x", 2<<20) + `"}`
	if code := postEvent(t, "http://"+l.addr+"/webhook/"+secret, big); code != http.StatusRequestEntityTooLarge {
		t.Errorf("2 MB event: %d, want 413", code)
	}
	if code := postEvent(t, "http://"+l.addr+"/webhook", big); code != http.StatusUnauthorized {
		t.Errorf("2 MB without the secret: %d, want 401", code)
	}
	if r := l.stop(); r.Stdout != "" {
		t.Errorf("logged: %s", r.Stdout)
	}
}

// 60 slow clients do not hold the listener; they are dropped once their
// timeouts pass, and Sync's call is answered meanwhile.
func TestWebhooksListenIsNotHeldBySlowClients(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	secretFile, secret := listenSecret(t)
	l := startListener(t, h, filepath.Join(t.TempDir(), "events.jsonl"), "--secret-file", secretFile, "--header-timeout", "3s", "--body-timeout", "3s")
	heads := receivertest.Slowloris(t, l.addr, 30, receivertest.HeaderPrefix("/webhook/"+secret))
	bodies := receivertest.Slowloris(t, l.addr, 30, receivertest.BodyPrefix("/webhook/"+secret))
	start := time.Now()
	if code := postEvent(t, "http://"+l.addr+"/webhook/"+secret, `{"event":"refresh","id_job":"j1"}`); code != 200 {
		t.Fatalf("among 60 slow clients: %d", code)
	}
	// Held, it would wait for the 3s timeouts; 2s leaves room for a busy machine.
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("Sync's call waited %s", took)
	}
	receivertest.WaitUntil(t, 15*time.Second, "the slow clients are dropped", func() bool { return heads.Load() == 30 && bodies.Load() == 30 })
}

func TestWebhooksListenSecretFile(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	file := filepath.Join(t.TempDir(), "new.secret")
	l := startListener(t, h, filepath.Join(t.TempDir(), "events.jsonl"), "--secret-file", file, "--public-url", "https://hooks.example.mx/")
	receivertest.WaitUntil(t, 5*time.Second, "the secret file", func() bool { b, _ := os.ReadFile(file); return len(b) == 65 })
	r := l.stop()
	b, _ := os.ReadFile(file)
	secret := strings.TrimSpace(string(b))
	fi, _ := os.Stat(file)
	if fi.Mode().Perm() != 0o600 || strings.Contains(r.Stderr, secret) ||
		!strings.Contains(r.Stderr, `mxpay sync webhooks create --url "https://hooks.example.mx/webhook/$(cat '`+file+`')"`) {
		t.Errorf("mode %v, stderr:\n%s", fi.Mode(), r.Stderr)
	}
	os.WriteFile(file, []byte("short\n"), 0o600)
	res := h.MustRun(2, "", "sync", "webhooks", "listen", "--addr", freeAddr(t), "--secret-file", file)
	if !strings.Contains(res.Stderr, "must hold one token") {
		t.Errorf("a bad secret file: %s", res.Stderr)
	}
}

// `sync webhooks send` speaks the v1 payload to the listener, secret
// included: made up, or about a real credential of the user.
func TestWebhooksSendToListen(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	secretFile, secret := listenSecret(t)
	log := filepath.Join(t.TempDir(), "events.jsonl")
	l := startListener(t, h, log, "--secret-file", secretFile)
	url := "http://" + l.addr + "/webhook/" + secret
	r := h.MustRun(0, "", "sync", "webhooks", "send", "--to", url, "--event", "refresh", "--set", "id_external=EXT-1")
	if strings.Contains(r.Stderr, secret) || !strings.Contains(r.Stderr, "Sent a refresh call to http://"+l.addr+": 200 OK") {
		t.Errorf("stderr: %s", r.Stderr)
	}
	sent := decodeJSON[map[string]any](t, r.Stdout)
	user, cred := satUser(t, h)
	h.MustRun(0, "", "sync", "webhooks", "send", "--to", url, "--event", "credential_create", "--credential", cred, "--user", user, "--job", "5e17c4325d4f6077171c0254")
	h.MustRun(0, "", "sync", "webhooks", "send", "--to", url, "--event", "credential_create", "--credential", cred, "--user", user, "--job", "5e17c4325d4f6077171c0254")
	h.MustRun(1, "", "sync", "webhooks", "send", "--to", "http://"+l.addr+"/webhook/wrong", "--event", "refresh")
	h.MustRun(2, "", "sync", "webhooks", "send", "--to", url, "--event", "credential_deleted")
	h.MustRun(2, "", "sync", "webhooks", "send", "--to", url, "--event", "refresh", "--credential", "000000000000000000000000", "--user", user)
	res := l.stop()
	lines := strings.Split(strings.TrimSpace(res.Stdout), "\n")
	if len(lines) != 2 || !strings.Contains(res.Stderr, "Duplicate credential_create event (job 5e17c4325d4f6077171c0254") {
		t.Fatalf("listener:\n%s\n%s", res.Stdout, res.Stderr)
	}
	var first, second map[string]any
	json.Unmarshal([]byte(lines[0]), &first)
	json.Unmarshal([]byte(lines[1]), &second)
	for _, k := range []string{"event", "id_credential", "id_external", "id_job", "id_job_uuid", "id_site", "id_site_organization",
		"id_site_organization_type", "id_user", "is_executing", "endpoints"} {
		if _, ok := first[k]; !ok {
			t.Errorf("the made-up event lacks %s: %s", k, lines[0])
		}
		if _, ok := second[k]; !ok {
			t.Errorf("the credential's event lacks %s: %s", k, lines[1])
		}
	}
	if first["id_job"] != sent["id_job"] || first["id_external"] != "EXT-1" || first["is_executing"] != float64(0) {
		t.Errorf("made-up event: %s", lines[0])
	}
	ends, _ := second["endpoints"].(map[string]any)
	if second["id_credential"] != cred || second["id_user"] != user || second["id_site"] != syncemu.SiteSATCIEC || second["is_executing"] != float64(1) ||
		ends == nil || len(ends["transactions"].([]any)) != 1 {
		t.Errorf("credential event: %s", lines[1])
	}
}
