package api_test

import (
	"testing"

	"github.com/mxpay/mxpay/internal/cmd/api"
	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
)

func TestNewCmdAPIParsesFlags(t *testing.T) {
	f := cmdtest.Factory()
	var got *api.APIOptions
	cmd := api.NewCmdAPI(f, func(o *api.APIOptions) error { got = o; return nil })
	cmdtest.Execute(t, cmd, "sync", "get", "/users", "-f", "a=1", "-F", "n=2", "-H", "X-A: b", "--input", "body.json", "--paginate", "-i", "--user", "u1")
	if got.Provider != "sync" || got.Method != "GET" || got.Path != "/users" || got.StringFields[0] != "a=1" ||
		got.TypedFields[0] != "n=2" || got.Headers[0] != "X-A: b" || got.Input != "body.json" || !got.Paginate || !got.Include || got.User != "u1" {
		t.Errorf("options = %+v", got)
	}
	if got.Confirm == nil || got.Endpoint == nil || got.SyncToken == nil || got.Ask == nil || got.Redactor != f.Redactor() {
		t.Error("dependencies not wired from the Factory")
	}
}
