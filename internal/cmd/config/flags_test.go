package config_test

import (
	"testing"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
	configcmd "github.com/mxpay/mxpay/internal/cmd/config"
)

func TestConfigArgs(t *testing.T) {
	f := cmdtest.Factory()
	var get *configcmd.GetOptions
	cmdtest.Execute(t, configcmd.NewCmdGet(f, func(o *configcmd.GetOptions) error { get = o; return nil }), "env")
	if get.Key != "env" || get.Settings == nil {
		t.Errorf("get options %+v", get)
	}
	var set *configcmd.SetOptions
	cmdtest.Execute(t, configcmd.NewCmdSet(f, func(o *configcmd.SetOptions) error { set = o; return nil }), "timeout", "45s")
	if set.Key != "timeout" || set.Value != "45s" || set.Config == nil || set.Profile == nil {
		t.Errorf("set options %+v", set)
	}
	cmdtest.Execute(t, configcmd.NewCmdUnset(f, func(o *configcmd.SetOptions) error { set = o; return nil }), "sync.user")
	if set.Key != "sync.user" || set.Value != "" {
		t.Errorf("unset options %+v", set)
	}
	var list *configcmd.ListOptions
	cmdtest.Execute(t, configcmd.NewCmdList(f, func(o *configcmd.ListOptions) error { list = o; return nil }))
	if list.Settings == nil || list.Config == nil {
		t.Errorf("list options %+v", list)
	}
}
