package emulator_test

import (
	"testing"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
	"github.com/mxpay/mxpay/internal/cmd/emulator"
)

func TestEmulatorFlags(t *testing.T) {
	f := cmdtest.Factory()
	var serve *emulator.ServeOptions
	cmdtest.Execute(t, emulator.NewCmdServe(f, func(o *emulator.ServeOptions) error { serve = o; return nil }), "--addr", "127.0.0.1:0")
	if serve.Addr != "127.0.0.1:0" || serve.Emulator == nil {
		t.Errorf("serve options %+v", serve)
	}
	var reset *emulator.ResetOptions
	cmdtest.Execute(t, emulator.NewCmdReset(f, func(o *emulator.ResetOptions) error { reset = o; return nil }))
	if reset.Emulator == nil || reset.DBPath == nil {
		t.Errorf("reset options %+v", reset)
	}
	var seed *emulator.SeedOptions
	cmdtest.Execute(t, emulator.NewCmdSeed(f, func(o *emulator.SeedOptions) error { seed = o; return nil }), "sync", "--transactions", "5", "--user", "u1", "--attachments")
	if seed.Transactions != 5 || seed.User != "u1" || !seed.Attachments || seed.Settings == nil {
		t.Errorf("seed options %+v", seed)
	}
}
