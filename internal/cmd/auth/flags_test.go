package auth

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

func TestAuthFlags(t *testing.T) {
	f := testFactory()
	var login *LoginOptions
	execute(t, NewCmdLogin(f, func(o *LoginOptions) error { login = o; return nil }), "sync", "--with-token", "--insecure-storage")
	if login.Provider != "sync" || !login.WithToken || !login.Insecure || login.Check == nil || login.Ask == nil || login.Redactor != f.Redactor() {
		t.Errorf("login options %+v", login)
	}
	var status *StatusOptions
	execute(t, NewCmdStatus(f, func(o *StatusOptions) error { status = o; return nil }))
	if status.Provider != "" || status.Secrets == nil {
		t.Errorf("status options %+v", status)
	}
	var logout *LogoutOptions
	execute(t, NewCmdLogout(f, func(o *LogoutOptions) error { logout = o; return nil }), "facti")
	if logout.Provider != "facti" || logout.Confirm == nil {
		t.Errorf("logout options %+v", logout)
	}
}
