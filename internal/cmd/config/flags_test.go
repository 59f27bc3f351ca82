package config

import (
	"testing"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/spf13/cobra"
)

func execute(t *testing.T, cmd *cobra.Command, args ...string) {
	t.Helper()
	cmd.SetArgs(args)
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
}

func TestConfigArgs(t *testing.T) {
	ios, _, _, _ := output.Test()
	f := cmdutil.NewFactory("test", ios, func(string) (string, bool) { return "", false })
	var get *GetOptions
	execute(t, NewCmdGet(f, func(o *GetOptions) error { get = o; return nil }), "env")
	if get.Key != "env" || get.Settings == nil {
		t.Errorf("get options %+v", get)
	}
	var set *SetOptions
	execute(t, NewCmdSet(f, func(o *SetOptions) error { set = o; return nil }), "timeout", "45s")
	if set.Key != "timeout" || set.Value != "45s" || set.Config == nil || set.Profile == nil {
		t.Errorf("set options %+v", set)
	}
	execute(t, NewCmdUnset(f, func(o *SetOptions) error { set = o; return nil }), "sync.user")
	if set.Key != "sync.user" || set.Value != "" {
		t.Errorf("unset options %+v", set)
	}
	var list *ListOptions
	execute(t, NewCmdList(f, func(o *ListOptions) error { list = o; return nil }))
	if list.Settings == nil || list.Config == nil {
		t.Errorf("list options %+v", list)
	}
}
