// Package cmdtest runs mxpay end to end in tests: arguments in; stdout,
// stderr and the exit code out. It never touches the user's keyring,
// config, $HOME or the network: every path is under t.TempDir, the keyring
// is an in-memory store, and --env emulator serves requests in-process.
package cmdtest

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mxpay/mxpay/internal/cmd/root"
	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/mxpay/mxpay/internal/prompt"
	"github.com/mxpay/mxpay/internal/prompt/prompttest"
	"github.com/mxpay/mxpay/internal/secrets"
)

// Harness holds what persists between runs of one test: the environment,
// the config and emulator files, and the secret stores.
type Harness struct {
	t       testing.TB
	Dir     string
	Env     map[string]string
	Keyring secrets.Store
	// TTY makes stdin, stdout and stderr terminals for the next runs.
	TTY bool
	// Prompter answers prompts when TTY is set; nil fails on any prompt.
	Prompter *prompttest.Mock
	// Customize, when set, adjusts each run's Factory (e.g. a failing keyring).
	Customize func(*cmdutil.Factory)
}

// Result is one run's outcome.
type Result struct {
	Code   int
	Stdout string
	Stderr string
}

// New returns a harness with a clean environment: only MXPAY_CONFIG,
// MXPAY_EMULATOR_DB, XDG_CACHE_HOME and XDG_DATA_HOME (where the ledger
// lives by default), pointing into a temporary directory, and an empty
// MXPAY_PAGER (no pager: a TTY run must not start less).
func New(t testing.TB) *Harness {
	dir := t.TempDir()
	return &Harness{
		t:       t,
		Dir:     dir,
		Keyring: memoryKeyring{secrets.NewMemoryStore()},
		Env: map[string]string{
			"MXPAY_CONFIG":      filepath.Join(dir, "config", "config.yaml"),
			"MXPAY_EMULATOR_DB": filepath.Join(dir, "data", "emulator.db"),
			"XDG_CACHE_HOME":    filepath.Join(dir, "cache"),
			"XDG_DATA_HOME":     filepath.Join(dir, "data-home"),
			"MXPAY_PAGER":       "",
		},
	}
}

// Run runs mxpay with args and stdin.
func (h *Harness) Run(stdin string, args ...string) Result {
	h.t.Helper()
	return h.RunContext(context.Background(), stdin, args...)
}

// RunContext is Run with a context, for commands that run until cancelled.
func (h *Harness) RunContext(ctx context.Context, stdin string, args ...string) Result {
	h.t.Helper()
	ios, in, out, errOut := output.Test()
	in.WriteString(stdin)
	ios.SetTTY(h.TTY, h.TTY, h.TTY)
	lookup := func(k string) (string, bool) { v, ok := h.Env[k]; return v, ok }
	f := cmdutil.NewFactory("test", ios, lookup)
	f.KeyringStore = func() secrets.Store { return h.Keyring }
	f.Prompter = func() prompt.Prompter {
		if h.Prompter == nil {
			h.Prompter = prompttest.NewMock(h.t)
		}
		return h.Prompter
	}
	if h.Customize != nil {
		h.Customize(f)
	}
	code := root.Run(ctx, f, args)
	return Result{Code: code, Stdout: out.String(), Stderr: errOut.String()}
}

// LedgerPath is the ledger file runs use by default: beside the emulator's
// state under --env emulator, in XDG_DATA_HOME otherwise.
func (h *Harness) LedgerPath(env string) string {
	if env == cmdutil.EnvEmulator {
		return cmdutil.EmulatorLedgerPath(h.Env["MXPAY_EMULATOR_DB"])
	}
	return filepath.Join(h.Env["XDG_DATA_HOME"], "mxpay", "ledger.db")
}

// MustRun runs and fails the test unless the exit code is want.
func (h *Harness) MustRun(want int, stdin string, args ...string) Result {
	h.t.Helper()
	r := h.Run(stdin, args...)
	if r.Code != want {
		h.t.Fatalf("mxpay %s: exit %d, want %d\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), r.Code, want, r.Stdout, r.Stderr)
	}
	return r
}

// memoryKeyring is an in-memory store that reports itself as the keyring,
// so commands describe it exactly as they would the OS keyring.
type memoryKeyring struct{ secrets.Store }

func (memoryKeyring) Name() string { return "keyring" }
