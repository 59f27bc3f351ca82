package facti_test

import (
	"context"
	"crypto/md5"
	"encoding/hex"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
)

func freeAddr(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

func waitListening(t *testing.T, addr string) {
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if c, err := net.Dial("tcp", addr); err == nil {
			c.Close()
			return
		}
	}
	t.Fatalf("nothing listens on %s", addr)
}

func TestIPNListenReceivesEmulatorAndSend(t *testing.T) {
	h := emulator(t)
	for _, folio := range []string{"1", "2"} {
		h.MustRun(0, "", "facti", "payments", "new", "--folio", folio, "--to-name", "X", "--to-email", "a@b.mx", "--amount", "100")
	}
	var mu sync.Mutex
	var forwarded []string
	fwd := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		mu.Lock()
		forwarded = append(forwarded, string(b))
		mu.Unlock()
	}))
	defer fwd.Close()

	addr := freeAddr(t)
	logPath := filepath.Join(h.Dir, "ipn.jsonl")
	piped := filepath.Join(h.Dir, "piped.jsonl")
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan cmdtest.Result, 1)
	go func() {
		done <- h.RunContext(ctx, "", "facti", "ipn", "listen", "--addr", addr, "--log", logPath, "--forward-to", fwd.URL, "--exec", "cat >> "+piped, "--max-body", "4096")
	}()
	waitListening(t, addr)
	ipnURL := "http://" + addr + "/ipn"

	// The emulator delivers when a payment becomes paid.
	h.MustRun(0, "", "facti", "payments", "pay", "1", "--yes")
	// A repeat of the same payment is acknowledged but not repeated.
	r := h.MustRun(0, "", "facti", "ipn", "send", "--to", ipnURL, "--payment", "1")
	if !strings.Contains(r.Stdout, "duplicate") {
		t.Errorf("second IPN for payment 1: %q", r.Stdout)
	}
	h.MustRun(0, "", "facti", "ipn", "send", "--to", ipnURL, "--payment", "2", "--json")

	resp, err := http.PostForm(ipnURL, url.Values{"ipn_password": {"0123456789abcdef0123456789abcdef"}, "ipn_type": {"1"}, "data": {`{"id":3}`}})
	if err != nil || resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("wrong password: %v %v", err, resp.Status)
	}
	resp, err = http.Post(ipnURL, "application/x-www-form-urlencoded", strings.NewReader("data="+strings.Repeat("x", 5000)))
	if err != nil || resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("large body: %v %v", err, resp.Status)
	}
	// Wait for the forwarder, then stop.
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		mu.Lock()
		n := len(forwarded)
		mu.Unlock()
		if n == 2 {
			break
		}
	}
	cancel()
	res := <-done
	if res.Code != 0 {
		t.Fatalf("listen exit %d\n%s", res.Code, res.Stderr)
	}
	lines := strings.Split(strings.TrimSpace(res.Stdout), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], `"payment_id":"1"`) || !strings.Contains(lines[1], `"payment_id":"2"`) {
		t.Errorf("events:\n%s", res.Stdout)
	}
	logged, _ := os.ReadFile(logPath)
	if strings.Count(string(logged), "\n") != 2 {
		t.Errorf("log:\n%s", logged)
	}
	if b, _ := os.ReadFile(piped); strings.Count(string(b), `"payment_id"`) != 2 {
		t.Errorf("--exec got:\n%s", b)
	}
	mu.Lock()
	if len(forwarded) != 2 || !strings.Contains(forwarded[0], "ipn_password=") {
		t.Errorf("forwarded %d: %v", len(forwarded), forwarded)
	}
	mu.Unlock()
	if !strings.Contains(res.Stderr, "wrong ipn_password") {
		t.Errorf("stderr:\n%s", res.Stderr)
	}
}

func TestIPNListenRemembersAcrossRestarts(t *testing.T) {
	h := emulator(t)
	// The listener runs in sandbox with the password from the environment;
	// the sender uses the emulator's demo password: the same one.
	lh := cmdtest.New(t)
	lh.Env["MXPAY_FACTI_IPN_PASSWORD"] = "demo-facti-ipn-password"
	h.MustRun(0, "", "facti", "payments", "new", "--folio", "1", "--to-name", "X", "--to-email", "a@b.mx", "--amount", "100")
	logPath := filepath.Join(h.Dir, "ipn.jsonl")
	for round, want := range []string{`"result":1,"msg":""`, "duplicate"} {
		addr := freeAddr(t)
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan cmdtest.Result, 1)
		go func() {
			done <- lh.RunContext(ctx, "", "--env", "sandbox", "facti", "ipn", "listen", "--addr", addr, "--log", logPath)
		}()
		waitListening(t, addr)
		r := h.MustRun(0, "", "facti", "ipn", "send", "--to", "http://"+addr+"/ipn", "--payment", "1")
		if !strings.Contains(r.Stdout, want) {
			t.Errorf("round %d: %q, want %q", round, r.Stdout, want)
		}
		cancel()
		<-done
	}
}

// TestIPNLogAndOutputsPassTheRedactor: the IPN password (and the md5 that
// travels in every IPN) never reaches the log, stdout or what --exec
// prints, whatever field the data carries it in.
func TestIPNLogAndOutputsPassTheRedactor(t *testing.T) {
	const password = "ipn-secret-pass"
	sum := md5.Sum([]byte(password))
	hash := hex.EncodeToString(sum[:])
	h := cmdtest.New(t)
	h.Env["MXPAY_FACTI_IPN_PASSWORD"] = password
	addr := freeAddr(t)
	logPath := filepath.Join(h.Dir, "ipn.jsonl")
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan cmdtest.Result, 1)
	go func() {
		done <- h.RunContext(ctx, "", "--env", "sandbox", "facti", "ipn", "listen", "--addr", addr, "--log", logPath, "--exec", "echo got "+password+"; cat")
	}()
	waitListening(t, addr)
	data := `{"id":7,"note":"paid with ` + password + `","hash":"` + hash + `"}`
	resp, err := http.PostForm("http://"+addr+"/ipn", url.Values{"ipn_password": {hash}, "ipn_type": {"1"}, "data": {data}})
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("IPN: %v %v", err, resp.Status)
	}
	// The event was queued before the 200; stopping drains the queue,
	// --exec included.
	cancel()
	res := <-done
	logged, _ := os.ReadFile(logPath)
	for where, text := range map[string]string{"log": string(logged), "stdout": res.Stdout, "stderr": res.Stderr} {
		if strings.Contains(text, password) || strings.Contains(text, hash) {
			t.Errorf("%s shows the IPN password or its md5:\n%s", where, text)
		}
	}
	contains(t, "log", string(logged), `"payment_id":"7"`)
	contains(t, "exec output", res.Stderr, "got ***")
}
