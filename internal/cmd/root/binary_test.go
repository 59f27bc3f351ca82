package root_test

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/emulator/state"
	syncemu "github.com/mxpay/mxpay/internal/emulator/sync"
)

// These tests run the built binary, as a shell does: a closed pipe on fd 1
// and a real terminal behave differently from buffers.

var (
	buildOnce sync.Once
	buildDir  string
	buildBin  string
	buildErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if buildDir != "" {
		os.RemoveAll(buildDir)
	}
	os.Exit(code)
}

// mxpayBinary builds cmd/mxpay once per test run.
func mxpayBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary")
	}
	buildOnce.Do(func() {
		if buildDir, buildErr = os.MkdirTemp("", "mxpay-bin-"); buildErr != nil {
			return
		}
		buildBin = filepath.Join(buildDir, "mxpay")
		out, err := exec.Command("go", "build", "-o", buildBin, "github.com/mxpay/mxpay/cmd/mxpay").CombinedOutput()
		if err != nil {
			buildErr = errors.New(string(out))
		}
	})
	if buildErr != nil {
		t.Fatalf("go build: %v", buildErr)
	}
	return buildBin
}

// sandbox is a home for the binary: every path it may write under a
// temporary directory, the emulator as the environment, no pager unless a
// test sets one, and Sync's jobs moving fast.
type sandbox struct {
	t   *testing.T
	bin string
	dir string
	env map[string]string
}

func newSandbox(t *testing.T) *sandbox {
	bin := mxpayBinary(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "data", "emulator.db")
	st, err := state.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	syncemu.Configure(st, syncemu.Timing{Step: 20 * time.Millisecond})
	st.Close()
	return &sandbox{t: t, bin: bin, dir: dir, env: map[string]string{
		"PATH":              os.Getenv("PATH"),
		"HOME":              dir,
		"XDG_CONFIG_HOME":   filepath.Join(dir, "config"),
		"XDG_DATA_HOME":     filepath.Join(dir, "data"),
		"XDG_CACHE_HOME":    filepath.Join(dir, "cache"),
		"MXPAY_CONFIG":      filepath.Join(dir, "config", "mxpay", "config.yaml"),
		"MXPAY_EMULATOR_DB": db,
		"MXPAY_ENV":         "emulator",
		"MXPAY_PAGER":       "",
		"TERM":              "xterm",
	}}
}

func (s *sandbox) environ() []string {
	var env []string
	for k, v := range s.env {
		env = append(env, k+"="+v)
	}
	return env
}

func (s *sandbox) command(args ...string) *exec.Cmd {
	cmd := exec.Command(s.bin, args...)
	cmd.Env = s.environ()
	cmd.Dir = s.dir
	return cmd
}

// run runs mxpay with its output in buffers (pipes) and returns stdout,
// failing the test unless it exits want.
func (s *sandbox) run(want int, args ...string) (string, string) {
	s.t.Helper()
	cmd := s.command(args...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	code := 0
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		code = exit.ExitCode()
	} else if err != nil {
		s.t.Fatal(err)
	}
	if code != want {
		s.t.Fatalf("mxpay %s: exit %d, want %d\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), code, want, out.String(), errOut.String())
	}
	return out.String(), errOut.String()
}

// syncUser creates a Sync user with a connected bank credential (accounts
// and transactions) and makes it the default user.
func (s *sandbox) syncUser() string {
	s.t.Helper()
	out, _ := s.run(0, "sync", "users", "create", "--name", "El Santo", "--jq", ".id_user")
	user := strings.TrimSpace(out)
	s.env["MXPAY_SYNC_USER"] = user
	s.run(0, "sync", "credentials", "create", "--site", syncemu.SiteNormal, "--set", "username=test", "--set", "password=test")
	return user
}
