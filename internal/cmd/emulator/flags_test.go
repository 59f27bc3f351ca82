package emulator

import (
	"testing"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/spf13/cobra"
)

func testFactory() *cmdutil.Factory {
	ios, _, _, _ := output.Test()
	return cmdutil.NewFactory("test", ios, func(string) (string, bool) { return "", false })
}

func execute(t *testing.T, cmd *cobra.Command, args ...string) {
	t.Helper()
	cmd.SetArgs(args)
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
}

func TestEmulatorFlags(t *testing.T) {
	f := testFactory()
	var serve *ServeOptions
	execute(t, NewCmdServe(f, func(o *ServeOptions) error { serve = o; return nil }), "--addr", "127.0.0.1:0")
	if serve.Addr != "127.0.0.1:0" || serve.Emulator == nil {
		t.Errorf("serve options %+v", serve)
	}
	var reset *ResetOptions
	execute(t, NewCmdReset(f, func(o *ResetOptions) error { reset = o; return nil }))
	if reset.Emulator == nil || reset.DBPath == nil {
		t.Errorf("reset options %+v", reset)
	}
	var seed *SeedOptions
	execute(t, NewCmdSeed(f, func(o *SeedOptions) error { seed = o; return nil }), "sync", "--transactions", "5", "--user", "u1", "--attachments")
	if seed.Transactions != 5 || seed.User != "u1" || !seed.Attachments || seed.Settings == nil {
		t.Errorf("seed options %+v", seed)
	}
}
