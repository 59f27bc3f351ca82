package facti_test

import (
	"context"
	"net/http"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
	"github.com/mxpay/mxpay/internal/facti"
	"github.com/mxpay/mxpay/internal/receiver/receivertest"
)

// startIPNListener runs `facti ipn listen` on a free port with short
// timeouts and returns its URL and a function that stops it.
func startIPNListener(t *testing.T, h *cmdtest.Harness, extra ...string) (string, func() cmdtest.Result) {
	t.Helper()
	addr := freeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan cmdtest.Result, 1)
	args := append([]string{"--env", "sandbox", "facti", "ipn", "listen", "--addr", addr, "--log", filepath.Join(t.TempDir(), "ipn.jsonl"),
		"--header-timeout", "3s", "--body-timeout", "3s"}, extra...)
	go func() { done <- h.RunContext(ctx, "", args...) }()
	waitListening(t, addr)
	var res *cmdtest.Result
	stop := func() cmdtest.Result {
		if res == nil {
			cancel()
			r := <-done
			res = &r
		}
		return *res
	}
	t.Cleanup(func() { stop() })
	return "http://" + addr + "/ipn", stop
}

// 60 slow clients, trickling headers or a body, do not hold the IPN
// listener: Facti's IPN is answered while they trickle, and each of them
// is dropped once its timeout passes.
func TestIPNListenerIsNotHeldBySlowClients(t *testing.T) {
	h := cmdtest.New(t)
	h.Env["MXPAY_FACTI_IPN_PASSWORD"] = "ipn-secret"
	ipnURL, stop := startIPNListener(t, h)
	u, _ := url.Parse(ipnURL)
	heads := receivertest.Slowloris(t, u.Host, 30, receivertest.HeaderPrefix("/ipn"))
	bodies := receivertest.Slowloris(t, u.Host, 30, receivertest.BodyPrefix("/ipn"))
	ctype, body := facti.IPNBody("ipn-secret", []byte(`{"id":77}`), false)
	start := time.Now()
	resp, err := (&http.Client{Timeout: 10 * time.Second}).Post(ipnURL, ctype, strings.NewReader(string(body)))
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("an IPN among 60 slow clients: %v %v", resp, err)
	}
	resp.Body.Close()
	// Held, it would wait for the 3s timeouts; 2s leaves room for a busy machine.
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("the IPN waited %s", took)
	}
	receivertest.WaitUntil(t, 15*time.Second, "the listener drops the slow clients", func() bool { return heads.Load() == 30 && bodies.Load() == 30 })
	if r := stop(); r.Code != 0 || !strings.Contains(r.Stdout, `"payment_id":"77"`) {
		t.Errorf("listener: %d\n%s\n%s", r.Code, r.Stdout, r.Stderr)
	}
}

func TestIPNListenerCountsForgeriesWithoutFloodingStderr(t *testing.T) {
	h := cmdtest.New(t)
	h.Env["MXPAY_FACTI_IPN_PASSWORD"] = "ipn-secret"
	ipnURL, stop := startIPNListener(t, h)
	for i := range 5 {
		ctype, body := facti.IPNBody("guessed", []byte(`{"id":`+string(rune('1'+i))+`}`), false)
		resp, err := http.Post(ipnURL, ctype, strings.NewReader(string(body)))
		if err != nil || resp.StatusCode != http.StatusUnauthorized {
			t.Fatalf("forged IPN: %v %v", resp, err)
		}
		resp.Body.Close()
	}
	r := stop()
	if strings.Count(r.Stderr, "wrong ipn_password") != 2 || !strings.Contains(r.Stderr, "5 refused for a wrong ipn_password") || r.Stdout != "" {
		t.Errorf("stderr:\n%s\nstdout:\n%s", r.Stderr, r.Stdout)
	}
}
