//go:build linux

package sync_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	gosync "sync"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"github.com/mxpay/mxpay/internal/emulator/state"
	syncemu "github.com/mxpay/mxpay/internal/emulator/sync"
)

// openPTY returns the master and slave ends of a new pseudo-terminal.
func openPTY(t *testing.T) (master, slave *os.File) {
	t.Helper()
	master, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals here: %v", err)
	}
	// The standard library's syscall has the ioctls; no module is needed.
	var unlock, n uint32
	if err := ioctl(master, syscall.TIOCSPTLCK, unsafe.Pointer(&unlock)); err != nil {
		t.Skipf("unlocking the pseudo-terminal: %v", err)
	}
	if err := ioctl(master, syscall.TIOCGPTN, unsafe.Pointer(&n)); err != nil {
		t.Skipf("naming the pseudo-terminal: %v", err)
	}
	slave, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("opening the pseudo-terminal: %v", err)
	}
	size := [4]uint16{40, 120, 0, 0} // rows, columns: struct winsize
	ioctl(slave, syscall.TIOCSWINSZ, unsafe.Pointer(&size))
	return master, slave
}

func ioctl(f *os.File, req uintptr, arg unsafe.Pointer) error {
	if _, _, errno := syscall.Syscall(syscall.SYS_IOCTL, f.Fd(), req, uintptr(arg)); errno != 0 {
		return errno
	}
	return nil
}

// screen collects what the program writes to the terminal.
type screen struct {
	mu  gosync.Mutex
	buf bytes.Buffer
}

func (s *screen) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.Write(p)
}

func (s *screen) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.String()
}

// waitFor waits until the screen shows text after offset from, returning
// the offset just past it.
func (s *screen) waitFor(t *testing.T, from int, text string) int {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		if i := strings.Index(s.String()[from:], text); i >= 0 {
			return from + i + len(text)
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("the terminal never showed %q; it shows:\n%s", text, s.String())
	return 0
}

// settle waits until the program has stopped writing for a moment: survey
// is then in raw mode with its cursor queries answered, so typed text is
// not mistaken for an answer to them.
func (s *screen) settle() {
	last := -1
	for n := len(s.String()); n != last; n = len(s.String()) {
		last = n
		time.Sleep(250 * time.Millisecond)
	}
}

// TestCreateOnARealTerminal runs the built binary under a pseudo-terminal:
// the survey prompts appear, the password echoes none of its characters,
// the two-factor prompt appears, and the command exits 0.
func TestCreateOnARealTerminal(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "mxpay")
	if out, err := exec.Command("go", "build", "-o", bin, "github.com/mxpay/mxpay/cmd/mxpay").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	db := filepath.Join(dir, "data", "emulator.db")
	st, err := state.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	syncemu.Configure(st, syncemu.Timing{Step: 20 * time.Millisecond})
	st.Close()
	env := []string{"HOME=" + dir, "TERM=xterm", "NO_COLOR=1", "MXPAY_ENV=emulator", "MXPAY_EMULATOR_DB=" + db,
		"MXPAY_CONFIG=" + filepath.Join(dir, "config.yaml"), "MXPAY_SYNC_API_KEY=" + syncemu.DemoAPIKey}
	create := exec.Command(bin, "sync", "users", "create", "--name", "pty", "--jq", ".id_user")
	create.Env = env
	out, err := create.Output()
	if err != nil {
		t.Fatalf("users create: %v", err)
	}
	user := strings.TrimSpace(string(out))

	master, slave := openPTY(t)
	defer master.Close()
	cmd := exec.Command(bin, "sync", "credentials", "create", "--user", user, "--site", syncemu.SiteToken)
	cmd.Env = env
	cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	slave.Close()
	scr := &screen{}
	go func() {
		// survey asks the terminal where the cursor is (ESC[6n) and waits
		// for the answer a real terminal would send.
		buf := make([]byte, 4096)
		answered := 0
		for {
			n, err := master.Read(buf)
			scr.Write(buf[:n])
			for asked := strings.Count(scr.String(), "\x1b[6n"); answered < asked; answered++ {
				master.WriteString("\x1b[1;1R")
			}
			if err != nil {
				return
			}
		}
	}()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()

	at := scr.waitFor(t, 0, "Username")
	scr.settle()
	master.WriteString("test\r")
	at = scr.waitFor(t, at, "Password")
	scr.settle()
	master.WriteString("test\r")
	after := scr.waitFor(t, at, "Enter any number sequence as a token")
	scr.settle()
	if typed := scr.String()[at:after]; strings.Contains(typed, "test") || strings.Contains(typed, "****") {
		t.Errorf("the password echoed (characters or a mask):\n%q", typed)
	}
	master.WriteString("123456\r")
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("exit: %v\n%s", err, scr.String())
		}
	case <-time.After(20 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("still running:\n%s", scr.String())
	}
	scr.waitFor(t, after, "Code:           200")
}
