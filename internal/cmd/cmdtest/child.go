package cmdtest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/cmd/root"
	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/mxpay/mxpay/internal/secrets"
)

// childArgsEnv carries a child's mxpay arguments (JSON) to the re-executed
// test binary.
const childArgsEnv = "MXPAY_TEST_CHILD_ARGS"

// RunChildIfAsked makes a test binary able to run mxpay as a child process
// that a test can SIGKILL: call it first in TestMain. In a child it runs
// mxpay with the arguments the parent gave (never the real keyring) and
// exits; otherwise it returns.
func RunChildIfAsked() {
	args := os.Getenv(childArgsEnv)
	if args == "" {
		return
	}
	var argv []string
	if err := json.Unmarshal([]byte(args), &argv); err != nil {
		panic(err)
	}
	f := cmdutil.NewFactory("test", output.System(os.Getenv), os.LookupEnv)
	mem := secrets.NewMemoryStore()
	f.KeyringStore = func() secrets.Store { return mem }
	os.Exit(root.Run(context.Background(), f, argv))
}

// Child is mxpay run as a child process (the test binary, re-executed), so
// a test can SIGKILL it mid-run. Its stdout lines are timestamped as they
// arrive.
type Child struct {
	Cmd *exec.Cmd
	// Stderr is what the child wrote to stderr so far; safe to read while
	// it runs.
	Stderr SyncBuffer
	Code   int
	lines  chan TimedLine
	done   chan struct{}
	mu     sync.Mutex
	all    []TimedLine
}

// SyncBuffer is a bytes.Buffer safe for one writer and readers at once.
type SyncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *SyncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

// String returns what was written so far.
func (b *SyncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TimedLine is one line of a child's stdout and when it arrived.
type TimedLine struct {
	At   time.Time
	Text string
}

// StartChild runs mxpay args with exactly env (plus the child marker) and
// stdin; the test binary's TestMain must call RunChildIfAsked.
func StartChild(t testing.TB, env []string, stdin string, args ...string) *Child {
	t.Helper()
	argv, _ := json.Marshal(args)
	c := &Child{lines: make(chan TimedLine, 4096), done: make(chan struct{})}
	c.Cmd = exec.Command(os.Args[0])
	c.Cmd.Env = append([]string{childArgsEnv + "=" + string(argv)}, env...)
	c.Cmd.Stderr = &c.Stderr
	c.Cmd.Stdin = strings.NewReader(stdin)
	out, err := c.Cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		c.Cmd.Process.Kill() //nolint:errcheck // it may have exited already
		<-c.done
	})
	go func() {
		defer close(c.done)
		sc := bufio.NewScanner(out)
		sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
		for sc.Scan() {
			l := TimedLine{At: time.Now(), Text: sc.Text()}
			c.mu.Lock()
			c.all = append(c.all, l)
			c.mu.Unlock()
			select {
			case c.lines <- l:
			default:
			}
		}
		c.Cmd.Wait() //nolint:errcheck // the exit code is read below
		c.Code = c.Cmd.ProcessState.ExitCode()
		close(c.lines)
	}()
	return c
}

// KillWhen SIGKILLs the child (by its PID) at the first stdout line for
// which stop is true, unless it exits first; it reports whether it killed.
func (c *Child) KillWhen(stop func(TimedLine) bool) bool {
	for l := range c.lines {
		if stop(l) {
			c.Kill()
			return true
		}
	}
	<-c.done
	return false
}

// Kill SIGKILLs the child by its PID and waits for it.
func (c *Child) Kill() {
	c.Cmd.Process.Signal(syscall.SIGKILL) //nolint:errcheck // it may have exited already
	<-c.done
}

// Wait waits for the child to end and returns its exit code.
func (c *Child) Wait() int {
	for range c.lines {
	}
	<-c.done
	return c.Code
}

// Output returns the stdout lines read so far.
func (c *Child) Output() []TimedLine {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]TimedLine(nil), c.all...)
}

// Lines is the stream of stdout lines as they arrive.
func (c *Child) Lines() <-chan TimedLine { return c.lines }

// ChildEnv is the harness's environment as a child process's: its files
// and settings, and HOME in its directory, nothing of the test's own.
func (h *Harness) ChildEnv(extra ...string) []string {
	env := []string{"HOME=" + h.Dir}
	for k, v := range h.Env {
		env = append(env, k+"="+v)
	}
	return append(env, extra...)
}
