package sync_test

import (
	"context"
	"regexp"
	"testing"

	syncmd "github.com/mxpay/mxpay/internal/cmd/sync"
	"github.com/mxpay/mxpay/internal/cmdutil"
	syncemu "github.com/mxpay/mxpay/internal/emulator/sync"
	"github.com/mxpay/mxpay/internal/output"
)

func TestSeedCommand(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	ios, _, out, errOut := output.Test()
	f := cmdutil.NewFactory("test", ios, func(k string) (string, bool) { v, ok := h.Env[k]; return v, ok })
	cmd := syncmd.NewCmdSeed(f)
	cmd.SetArgs([]string{"sync", "--transactions", "1234", "--attachments"})
	if err := cmd.ExecuteContext(context.Background()); err != nil {
		t.Fatalf("%v\n%s", err, errOut)
	}
	m := regexp.MustCompile(`[0-9a-f]{24}`).FindString(out.String())
	if m == "" {
		t.Fatalf("printed %q", out)
	}
	if r := h.MustRun(0, "", "sync", "transactions", "count", "--user", m); r.Stdout != "1234\n" {
		t.Errorf("count %q", r.Stdout)
	}
	if r := h.MustRun(0, "", "sync", "attachments", "count", "--user", m); r.Stdout != "1234\n" {
		t.Errorf("attachments %q", r.Stdout)
	}
	cmd = syncmd.NewCmdSeed(f)
	cmd.SetArgs([]string{"sync", "--transactions", "0"})
	cmd.SilenceErrors, cmd.SilenceUsage = true, true
	if err := cmd.ExecuteContext(context.Background()); cmdutil.ExitCodeOf(err) != 2 {
		t.Errorf("zero: %v", err)
	}
}
