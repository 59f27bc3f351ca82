package receiver_test

// The receivers under load, with a kill -9 in the middle:
//
//	MXPAY_RECEIVER_LOAD=1 go test ./internal/receiver -run TestReceiversUnderLoad -v
//
// For each receiver (`facti ipn listen`, `sync webhooks listen`) it builds
// mxpay into a temporary directory, starts the receiver as a process of its
// own, and sends 2,000 valid events 32 at a time, mixed with forged ones
// (a wrong ipn_password, a missing or wrong secret), duplicates and
// oversized bodies. When half the valid events have been acknowledged it
// kills the receiver with SIGKILL (by its PID, the only process it stops)
// and starts it again on the same log; senders retry what was not answered,
// as Facti and Sync do. At the end it checks that every event answered 200
// is in the log exactly once and that no forged or oversized one is, and
// logs the figures. Everything it writes is under the test's temp dir.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/facti"
)

const (
	loadValid     = 2000
	loadInFlight  = 32
	loadForged    = 300
	loadDuplicate = 300
	loadOversized = 40
)

// loadEvent is one request of the workload.
type loadEvent struct {
	key   string // what the log is keyed by: the payment id, the id_job
	kind  string // valid, duplicate, forged, oversized
	url   string
	ctype string
	body  []byte
}

// receiverProcess is a receiver started by the test, and how to start it
// again on the same log.
type receiverProcess struct {
	t    *testing.T
	bin  string
	args []string
	env  []string
	addr string
	mu   sync.Mutex
	cmd  *exec.Cmd
	errs bytes.Buffer
}

func (p *receiverProcess) start() {
	p.t.Helper()
	cmd := exec.Command(p.bin, p.args...)
	cmd.Env = p.env
	cmd.Stdout = nil // the log file is what is checked
	cmd.Stderr = &lockedWriter{mu: &p.mu, w: &p.errs}
	if err := cmd.Start(); err != nil {
		p.t.Fatal(err)
	}
	p.mu.Lock()
	p.cmd = cmd
	p.mu.Unlock()
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if c, err := net.Dial("tcp", p.addr); err == nil {
			c.Close()
			return
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("the receiver did not start: %s", p.stderr())
		}
	}
}

func (p *receiverProcess) stderr() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.errs.String()
}

// kill sends SIGKILL to the process this test started, and reaps it.
func (p *receiverProcess) kill() {
	p.mu.Lock()
	cmd := p.cmd
	p.mu.Unlock()
	syscall.Kill(cmd.Process.Pid, syscall.SIGKILL)
	cmd.Wait()
}

// stop ends it with Ctrl-C, as a user would.
func (p *receiverProcess) stop() {
	p.mu.Lock()
	cmd := p.cmd
	p.mu.Unlock()
	cmd.Process.Signal(os.Interrupt)
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		p.kill()
	}
}

type lockedWriter struct {
	mu *sync.Mutex
	w  *bytes.Buffer
}

func (l *lockedWriter) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(b)
}

func buildMxpay(t *testing.T) string {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	root := filepath.Join(filepath.Dir(file), "..", "..")
	bin := filepath.Join(t.TempDir(), "mxpay")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/mxpay")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building mxpay: %v\n%s", err, out)
	}
	return bin
}

func freePort(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// cleanEnv is an environment that touches nothing of the user's.
func cleanEnv(dir string, extra ...string) []string {
	return append([]string{"PATH=" + os.Getenv("PATH"), "HOME=" + dir, "XDG_CONFIG_HOME=" + dir, "XDG_DATA_HOME=" + dir,
		"XDG_CACHE_HOME=" + dir, "MXPAY_CONFIG=" + filepath.Join(dir, "config.yaml"), "MXPAY_ENV=sandbox", "LANG=C"}, extra...)
}

func TestReceiversUnderLoad(t *testing.T) {
	if os.Getenv("MXPAY_RECEIVER_LOAD") == "" {
		t.Skip("set MXPAY_RECEIVER_LOAD=1 to run the receivers under load (about a minute)")
	}
	bin := buildMxpay(t)
	t.Run("facti ipn listen", func(t *testing.T) { loadFacti(t, bin) })
	t.Run("sync webhooks listen", func(t *testing.T) { loadSync(t, bin) })
}

func loadFacti(t *testing.T, bin string) {
	dir := t.TempDir()
	const password = "load-test-ipn-password"
	addr, log := freePort(t), filepath.Join(dir, "ipn.jsonl")
	p := &receiverProcess{t: t, bin: bin, addr: addr, env: cleanEnv(dir, "MXPAY_FACTI_IPN_PASSWORD="+password),
		args: []string{"facti", "ipn", "listen", "--addr", addr, "--log", log}}
	url := "http://" + addr + "/ipn"
	ipn := func(id int, pw string, pad int) loadEvent {
		data := fmt.Sprintf(`{"id":%d,"company_id":5,"folio":"%d","total_amount":111.11,"amount_received":111.11,"confirmed_from":"stp","pad":"%s"}`, id, id, strings.Repeat("x", pad))
		ctype, body := facti.IPNBody(pw, []byte(data), false)
		return loadEvent{key: fmt.Sprint(id), url: url, ctype: ctype, body: body}
	}
	var events []loadEvent
	for i := 1; i <= loadValid; i++ {
		e := ipn(i, password, 0)
		e.kind = "valid"
		events = append(events, e)
	}
	for i := range loadDuplicate {
		e := events[i*loadValid/loadDuplicate]
		e.kind = "duplicate"
		events = append(events, e)
	}
	for i := range loadForged {
		e := ipn(900000+i, "a-guessed-password", 0)
		e.kind = "forged"
		events = append(events, e)
	}
	for i := range loadOversized {
		e := ipn(800000+i, password, 70<<10)
		e.kind = "oversized"
		events = append(events, e)
	}
	runLoad(t, p, events, log, func(line []byte) string {
		var e struct {
			PaymentID string `json:"payment_id"`
		}
		json.Unmarshal(line, &e)
		return e.PaymentID
	})
}

func loadSync(t *testing.T, bin string) {
	dir := t.TempDir()
	secret := strings.Repeat("0123456789abcdef", 4)
	secretFile := filepath.Join(dir, "secret")
	os.WriteFile(secretFile, []byte(secret+"\n"), 0o600)
	addr, log := freePort(t), filepath.Join(dir, "events.jsonl")
	p := &receiverProcess{t: t, bin: bin, addr: addr, env: cleanEnv(dir),
		args: []string{"sync", "webhooks", "listen", "--addr", addr, "--log", log, "--secret-file", secretFile}}
	base := "http://" + addr + "/webhook"
	event := func(job, url string, pad int) loadEvent {
		body := fmt.Sprintf(`{"event":"refresh","id_credential":"5e17c432d7288d358a039141","id_job":"%s","id_user":"5e17c430b021255889294af7","is_executing":0,"pad":"%s"}`,
			job, strings.Repeat("x", pad))
		return loadEvent{key: job, url: url, ctype: "application/json", body: []byte(body)}
	}
	var events []loadEvent
	for i := 1; i <= loadValid; i++ {
		e := event(fmt.Sprintf("5e17ca%018x", i), base+"/"+secret, 0)
		e.kind = "valid"
		events = append(events, e)
	}
	for i := range loadDuplicate {
		e := events[i*loadValid/loadDuplicate]
		e.kind = "duplicate"
		events = append(events, e)
	}
	for i := range loadForged {
		url := []string{base, base + "/" + strings.Repeat("f", 64), base + "?token=" + secret[:60]}[i%3]
		e := event(fmt.Sprintf("f0f0f0%018x", i), url, 0)
		e.kind = "forged"
		events = append(events, e)
	}
	for i := range loadOversized {
		e := event(fmt.Sprintf("b1b1b1%018x", i), base+"/"+secret, 2<<20)
		e.kind = "oversized"
		events = append(events, e)
	}
	runLoad(t, p, events, log, func(line []byte) string {
		var e struct {
			IDJob string `json:"id_job"`
		}
		json.Unmarshal(line, &e)
		return e.IDJob
	})
}

// outcome is what the senders saw.
type outcome struct {
	mu         sync.Mutex
	answered   map[string]map[int]int // kind → HTTP status → count
	ok         map[string]bool        // keys of events answered 200
	failures   int                    // connection errors and 5xx, retried
	latencies  []time.Duration
	validOK    atomic.Int64
	killedAt   int64
	restartGap time.Duration
}

func (o *outcome) record(e loadEvent, status int, took time.Duration) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.answered[e.kind] == nil {
		o.answered[e.kind] = map[int]int{}
	}
	o.answered[e.kind][status]++
	o.latencies = append(o.latencies, took)
	if status == http.StatusOK {
		o.ok[e.key] = true
	}
}

func runLoad(t *testing.T, p *receiverProcess, events []loadEvent, log string, keyOf func([]byte) string) {
	p.start()
	rand.Shuffle(len(events), func(i, j int) { events[i], events[j] = events[j], events[i] })
	o := &outcome{answered: map[string]map[int]int{}, ok: map[string]bool{}}
	client := &http.Client{Timeout: 20 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: loadInFlight, MaxConnsPerHost: loadInFlight}}
	queue := make(chan loadEvent)
	var killOnce sync.Once
	var wg sync.WaitGroup
	start := time.Now()
	for range loadInFlight {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for e := range queue {
				// A sender tries again until it is answered, as Facti and
				// Sync do; forged and oversized ones give up after the first
				// answer of any kind.
				for attempt := 0; ; attempt++ {
					t0 := time.Now()
					resp, err := client.Post(e.url, e.ctype, bytes.NewReader(e.body))
					if err == nil {
						resp.Body.Close()
					}
					if err == nil && resp.StatusCode < 500 {
						o.record(e, resp.StatusCode, time.Since(t0))
						if e.kind == "valid" && resp.StatusCode == 200 && o.validOK.Add(1) == loadValid/2 {
							killOnce.Do(func() {
								o.mu.Lock()
								o.killedAt = int64(time.Since(start) / time.Millisecond)
								o.mu.Unlock()
								t0 := time.Now()
								p.kill()
								p.start()
								o.restartGap = time.Since(t0)
							})
						}
						break
					}
					o.mu.Lock()
					o.failures++
					o.mu.Unlock()
					time.Sleep(time.Duration(20+rand.IntN(80)) * time.Millisecond)
				}
			}
		}()
	}
	for _, e := range events {
		queue <- e
	}
	close(queue)
	wg.Wait()
	elapsed := time.Since(start)
	p.stop()

	// The log: every line's key, counted.
	f, err := os.Open(log)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	inLog := map[string]int{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 4<<20)
	lines := 0
	for sc.Scan() {
		lines++
		if k := keyOf(sc.Bytes()); k != "" {
			inLog[k]++
		}
	}
	for k := range o.ok {
		if inLog[k] != 1 {
			t.Errorf("event %s was answered 200 and is in the log %d time(s)", k, inLog[k])
		}
	}
	bad := 0
	for _, e := range events {
		if (e.kind == "forged" || e.kind == "oversized") && inLog[e.key] > 0 {
			bad++
		}
	}
	if bad > 0 {
		t.Errorf("%d forged or oversized event(s) are in the log", bad)
	}
	if len(inLog) != loadValid || lines != loadValid {
		t.Errorf("the log has %d line(s), %d event(s); want %d", lines, len(inLog), loadValid)
	}
	slices.Sort(o.latencies)
	q := func(f float64) time.Duration {
		return o.latencies[int(f*float64(len(o.latencies)-1))].Round(100 * time.Microsecond)
	}
	t.Logf("%d requests (%d valid, %d duplicate, %d forged, %d oversized), %d in flight: %s, %.0f req/s",
		len(events), loadValid, loadDuplicate, loadForged, loadOversized, loadInFlight, elapsed.Round(time.Millisecond), float64(len(events))/elapsed.Seconds())
	t.Logf("answers by kind: %v", o.answered)
	t.Logf("kill -9 after %d ms (%d valid acknowledged), back in %s; %d connection error(s)/5xx retried", o.killedAt, loadValid/2, o.restartGap.Round(time.Millisecond), o.failures)
	t.Logf("latency p50 %s, p99 %s, max %s; log: %d lines, %d distinct events, each answered-200 event exactly once", q(0.5), q(0.99), q(1), lines, len(inLog))
	if testing.Verbose() {
		if tail := p.stderr(); len(tail) > 0 {
			t.Logf("receiver stderr (last lines):\n%s", lastLines(tail, 6))
		}
	}
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}
