package auth_test

import (
	"testing"

	"github.com/mxpay/mxpay/internal/cmd/auth"
	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
)

func TestAuthFlags(t *testing.T) {
	f := cmdtest.Factory()
	var login *auth.LoginOptions
	cmdtest.Execute(t, auth.NewCmdLogin(f, func(o *auth.LoginOptions) error { login = o; return nil }), "sync", "--with-token", "--insecure-storage")
	if login.Provider != "sync" || !login.WithToken || !login.Insecure || login.Check == nil || login.Ask == nil || login.Redactor != f.Redactor() {
		t.Errorf("login options %+v", login)
	}
	var status *auth.StatusOptions
	cmdtest.Execute(t, auth.NewCmdStatus(f, func(o *auth.StatusOptions) error { status = o; return nil }))
	if status.Provider != "" || status.Secrets == nil {
		t.Errorf("status options %+v", status)
	}
	var logout *auth.LogoutOptions
	cmdtest.Execute(t, auth.NewCmdLogout(f, func(o *auth.LogoutOptions) error { logout = o; return nil }), "facti")
	if logout.Provider != "facti" || logout.Confirm == nil {
		t.Errorf("logout options %+v", logout)
	}
}
