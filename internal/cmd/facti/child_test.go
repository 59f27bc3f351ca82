package facti_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// child is mxpay run as a child process (this test binary, re-executed by
// TestMain), so a test can SIGKILL it mid-run. Its stdout lines are
// timestamped as they arrive.
type child struct {
	cmd    *exec.Cmd
	lines  chan timedLine
	stderr bytes.Buffer
	done   chan struct{}
	mu     sync.Mutex
	all    []timedLine
	code   int
}

type timedLine struct {
	at   time.Time
	text string
}

// startChild runs mxpay args with exactly env (plus the child marker).
func startChild(t *testing.T, env []string, args ...string) *child {
	t.Helper()
	argv, _ := json.Marshal(args)
	c := &child{lines: make(chan timedLine, 4096), done: make(chan struct{})}
	c.cmd = exec.Command(os.Args[0])
	c.cmd.Env = append([]string{"MXPAY_FACTI_TEST_CHILD_ARGS=" + string(argv)}, env...)
	c.cmd.Stderr = &c.stderr
	out, err := c.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := c.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		defer close(c.done)
		sc := bufio.NewScanner(out)
		sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
		for sc.Scan() {
			l := timedLine{at: time.Now(), text: sc.Text()}
			c.mu.Lock()
			c.all = append(c.all, l)
			c.mu.Unlock()
			select {
			case c.lines <- l:
			default:
			}
		}
		c.cmd.Wait()
		c.code = c.cmd.ProcessState.ExitCode()
		close(c.lines)
	}()
	return c
}

// killWhen SIGKILLs the child (by its PID) at the first stdout line for
// which stop is true, unless it exits first; it reports whether it killed.
func (c *child) killWhen(stop func(timedLine) bool) bool {
	for l := range c.lines {
		if stop(l) {
			c.cmd.Process.Signal(syscall.SIGKILL)
			<-c.done
			return true
		}
	}
	<-c.done
	return false
}

// wait waits for the child to end and returns its exit code.
func (c *child) wait() int {
	for range c.lines {
	}
	<-c.done
	return c.code
}

// output returns the stdout lines read so far.
func (c *child) output() []timedLine {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]timedLine(nil), c.all...)
}

// hasStatus reports a CSV result line of the bulk output with status.
func hasStatus(l timedLine, status string) bool {
	return strings.Contains(l.text, ","+status+",")
}
