package api

import (
	"testing"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/output"
)

func TestNewCmdAPIParsesFlags(t *testing.T) {
	ios, _, _, _ := output.Test()
	f := cmdutil.NewFactory("test", ios, func(string) (string, bool) { return "", false })
	var got *APIOptions
	cmd := NewCmdAPI(f, func(o *APIOptions) error { got = o; return nil })
	cmd.SetArgs([]string{"sync", "get", "/users", "-f", "a=1", "-F", "n=2", "-H", "X-A: b", "--input", "body.json", "--paginate", "-i", "--user", "u1"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	if got.Provider != "sync" || got.Method != "GET" || got.Path != "/users" || got.StringFields[0] != "a=1" ||
		got.TypedFields[0] != "n=2" || got.Headers[0] != "X-A: b" || got.Input != "body.json" || !got.Paginate || !got.Include || got.User != "u1" {
		t.Errorf("options = %+v", got)
	}
	if got.Confirm == nil || got.Endpoint == nil || got.SyncToken == nil || got.Ask == nil || got.Redactor != f.Redactor() {
		t.Error("dependencies not wired from the Factory")
	}
}
