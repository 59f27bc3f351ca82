//go:build linux

package root_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	gosync "sync"
	"testing"
	"time"

	"github.com/creack/pty"
	"github.com/olekukonko/tablewriter/pkg/twwidth"
)

// terminal is mxpay running in a pseudo-terminal of a given size: what a
// person at a real terminal sees, and keys typed into it.
type terminal struct {
	t    *testing.T
	cmd  *exec.Cmd
	tty  *os.File
	mu   gosync.Mutex
	seen bytes.Buffer
	done chan error
	read chan struct{} // closed when all the output has been read
}

func (s *sandbox) inTerminal(cols uint16, args ...string) *terminal {
	s.t.Helper()
	cmd := s.command(args...)
	tty, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 40, Cols: cols})
	if err != nil {
		s.t.Skipf("no pseudo-terminal here: %v", err)
	}
	term := &terminal{t: s.t, cmd: cmd, tty: tty, done: make(chan error, 1), read: make(chan struct{})}
	go term.readScreen()
	go func() { term.done <- cmd.Wait() }()
	s.t.Cleanup(func() {
		cmd.Process.Kill() // only ours; already gone when the test passed
		tty.Close()
	})
	return term
}

// read collects the screen and answers survey's cursor-position queries
// (ESC[6n) as a terminal would.
func (term *terminal) readScreen() {
	defer close(term.read)
	buf := make([]byte, 4096)
	answered := 0
	for {
		n, err := term.tty.Read(buf)
		term.mu.Lock()
		term.seen.Write(buf[:n])
		asked := strings.Count(term.seen.String(), "\x1b[6n")
		term.mu.Unlock()
		for ; answered < asked; answered++ {
			term.tty.WriteString("\x1b[1;1R")
		}
		if err != nil {
			return
		}
	}
}

func (term *terminal) screen() string {
	term.mu.Lock()
	defer term.mu.Unlock()
	return term.seen.String()
}

// waitFor waits until the screen shows text after offset from and returns
// the offset just past it.
func (term *terminal) waitFor(from int, text string) int {
	term.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if i := strings.Index(term.screen()[from:], text); i >= 0 {
			return from + i + len(text)
		}
		time.Sleep(10 * time.Millisecond)
	}
	term.t.Fatalf("the terminal never showed %q; it shows:\n%s", text, term.screen())
	return 0
}

// settle waits until the program stops writing for a moment: survey is then
// reading keys, with its cursor queries answered.
func (term *terminal) settle() {
	last := -1
	for n := len(term.screen()); n != last; n = len(term.screen()) {
		last = n
		time.Sleep(200 * time.Millisecond)
	}
}

func (term *terminal) typeKeys(keys string) {
	term.settle()
	term.tty.WriteString(keys)
}

// exit waits for mxpay to end and returns its exit code.
func (term *terminal) exit() int {
	term.t.Helper()
	select {
	case err := <-term.done:
		select { // the rest of what it wrote
		case <-term.read:
		case <-time.After(5 * time.Second):
		}
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return exit.ExitCode()
		}
		if err != nil {
			term.t.Fatal(err)
		}
		return 0
	case <-time.After(30 * time.Second):
		term.t.Fatalf("still running:\n%s", term.screen())
		return -1
	}
}

var escapes = regexp.MustCompile("\x1b\\[[0-9;?]*[a-zA-Z=>]|\x1b[=>]|\r")

// plainLines is the screen without escape sequences, line by line.
func plainLines(screen string) []string {
	return strings.Split(escapes.ReplaceAllString(screen, ""), "\n")
}

func TestTablesAt80ColumnsKeepIDsWhole(t *testing.T) {
	s := newSandbox(t)
	user := s.syncUser()
	s.run(0, "sync", "credentials", "create", "--site", "5da784f1f9de2a06483abec1", "--set", "rfc=ACM010101ABC", "--set", "password=test")
	ids := map[string][]string{}
	for _, c := range []struct{ list, id string }{
		{"credentials", ".id_credential"}, {"accounts", ".id_account"}, {"transactions", ".id_transaction"},
	} {
		out, _ := s.run(0, "sync", c.list, "list", "--jq", ".[]"+c.id)
		ids[c.list] = strings.Fields(out)
	}
	for list, want := range ids {
		term := s.inTerminal(80, "sync", list, "list")
		if code := term.exit(); code != 0 {
			t.Fatalf("%s: exit %d\n%s", list, code, term.screen())
		}
		lines := plainLines(term.screen())
		for _, line := range lines {
			if strings.HasPrefix(line, "Note: ") {
				continue // a message on stderr, wrapped by the terminal like any
			}
			if w := twwidth.Width(line); w > 80 {
				t.Errorf("%s: a line is %d columns wide on an 80-column terminal: %q", list, w, line)
			}
		}
		for _, id := range want {
			whole := false
			for _, line := range lines {
				whole = whole || strings.HasPrefix(line, id+"  ")
			}
			if !whole {
				t.Errorf("%s: id %s is not whole at the start of a line:\n%s", list, id, strings.Join(lines, "\n"))
			}
		}
	}
	if len(ids["transactions"]) == 0 || user == "" {
		t.Fatal("no transactions to show")
	}
}

func TestAnInvalidAnswerIsExplainedAndAskedAgain(t *testing.T) {
	s := newSandbox(t)
	term := s.inTerminal(100, "facti", "payments", "new", "--folio", "501", "--to-name", "Cliente SA", "--to-email", "pagos@cliente.mx", "--no-email")
	at := term.waitFor(0, "Total amount:")
	term.typeKeys("1,500.50\r")
	at = term.waitFor(at, "Sorry, your reply was invalid")
	// Asked again with what was typed, to fix rather than retype: seven
	// backspaces leave "1", and "500.50" completes it without the comma.
	at = term.waitFor(at, "1,500.50")
	term.typeKeys(strings.Repeat("\x7f", 7) + "500.50\r")
	term.waitFor(at, "Send payment request for folio 501")
	term.typeKeys("y\r")
	if code := term.exit(); code != 0 {
		t.Fatalf("exit %d:\n%s", code, term.screen())
	}
	out, _ := s.run(0, "facti", "payments", "list", "--fields", "folio,total_amount", "-o", "csv")
	if out != "folio,total_amount\n501,1500.50\n" {
		t.Errorf("created: %q\nscreen:\n%s", out, term.screen())
	}
}

func TestPaymentsNewShowsASummaryAndAsksBeforeSending(t *testing.T) {
	s := newSandbox(t)
	args := []string{"facti", "payments", "new", "--folio", "77", "--to-name", "Cliente SA", "--to-email", "pagos@cliente.mx", "--amount", "1500.00"}

	// "No": nothing is sent, exit 7 (not 1, which means the provider refused).
	term := s.inTerminal(100, args...)
	at := term.waitFor(0, "Amount: MXN 1,500.00")
	at = term.waitFor(at, "Facti e-mails the customer")
	term.waitFor(at, "Send payment request for folio 77 (1,500.00) to pagos@cliente.mx?")
	term.typeKeys("n\r")
	if code := term.exit(); code != 7 {
		t.Fatalf("a no: exit %d, want 7\n%s", code, term.screen())
	}
	if !strings.Contains(term.screen(), "nothing was sent") {
		t.Errorf("a no should say nothing was sent:\n%s", term.screen())
	}
	if out, _ := s.run(0, "facti", "payments", "list", "--jq", "length"); out != "0\n" {
		t.Fatalf("a no sent a request: %s", out)
	}

	// "Yes": sent once.
	term = s.inTerminal(100, args...)
	term.waitFor(0, "Send payment request for folio 77")
	term.typeKeys("y\r")
	if code := term.exit(); code != 0 {
		t.Fatalf("a yes: exit %d\n%s", code, term.screen())
	}
	if out, _ := s.run(0, "facti", "payments", "list", "--jq", "length"); out != "1\n" {
		t.Errorf("a yes: %s payments", out)
	}
}

func TestThePagerOnATerminalNeverOnAPipe(t *testing.T) {
	s := newSandbox(t)
	s.run(0, "facti", "payments", "new", "--folio", "9", "--to-name", "X", "--to-email", "a@b.mx", "--amount", "1", "--no-email")
	paged := filepath.Join(s.dir, "paged.txt")
	s.env["MXPAY_PAGER"] = "tee " + paged // a pager that leaves a trace

	s.run(0, "facti", "payments", "list", "-o", "json")
	if _, err := os.Stat(paged); err == nil {
		t.Fatal("the pager ran with stdout on a pipe")
	}

	term := s.inTerminal(100, "facti", "payments", "list", "-o", "json")
	if code := term.exit(); code != 0 {
		t.Fatalf("exit %d\n%s", code, term.screen())
	}
	data, err := os.ReadFile(paged)
	if err != nil {
		t.Fatalf("the pager did not run on a terminal: %v\n%s", err, term.screen())
	}
	var list []map[string]any
	if err := json.Unmarshal(escapes.ReplaceAll(data, nil), &list); err != nil || len(list) != 1 {
		t.Errorf("the pager got %q (%v)", data, err)
	}

	// --no-pager, and an empty MXPAY_PAGER, turn it off.
	os.Remove(paged)
	term = s.inTerminal(100, "facti", "payments", "list", "--no-pager")
	term.exit()
	if _, err := os.Stat(paged); err == nil {
		t.Error("--no-pager still paged")
	}
}
