package sync_test

import (
	"io"
	"reflect"
	"testing"

	synccmd "github.com/mxpay/mxpay/internal/cmd/sync"
	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/output"
	syncapi "github.com/mxpay/mxpay/internal/sync"
	"github.com/spf13/cobra"
)

// parse runs a command's flag parsing only: newCmd is given a runF that
// captures the options.
func parse[O any](t *testing.T, newCmd func(*cmdutil.Factory, func(*O) error) *cobra.Command, args ...string) *O {
	t.Helper()
	ios, _, _, _ := output.Test()
	f := cmdutil.NewFactory("test", ios, func(string) (string, bool) { return "", false })
	var got *O
	cmd := newCmd(f, func(o *O) error { got = o; return nil })
	cmd.SetArgs(args)
	cmd.SetOut(io.Discard)
	cmd.SetErr(io.Discard)
	if err := cmd.Execute(); err != nil {
		t.Fatalf("%v: %v", args, err)
	}
	if got == nil {
		t.Fatalf("%v: runF not called", args)
	}
	return got
}

func TestCredentialsCreateFlags(t *testing.T) {
	o := parse(t, synccmd.NewCmdCredentialsCreate, "--user", "u1", "--site", "s1", "--set", "username=a=b", "--set", "rfc=X", "--stdin", "--no-wait")
	if o.User != "u1" || o.Site != "s1" || !reflect.DeepEqual(o.Sets, []string{"username=a=b", "rfc=X"}) || !o.Stdin || !o.NoWait {
		t.Errorf("%+v", o)
	}
	if o.Sync == nil || o.Settings == nil || o.Prompter == nil || o.Redactor == nil || o.IO == nil {
		t.Error("the Factory's dependencies are not all passed")
	}
}

func TestTransactionsListFlags(t *testing.T) {
	o := parse(t, synccmd.NewCmdTransactionsList, "--user", "u1", "--account", "a1", "--keywords", "spei,oxxo", "--has-attachment=false",
		"--from", "2026-01-01", "--to", "2026-01-31", "--all", "--page-size", "500", "--order", "dt_transaction,desc")
	no := false
	want := syncapi.TransactionFilter{Common: syncapi.Common{IDAccount: "a1", Keywords: "spei,oxxo"}, HasAttachment: &no}
	if !reflect.DeepEqual(o.Filter, want) || o.From != "2026-01-01" || o.To != "2026-01-31" || o.User != "u1" {
		t.Errorf("filters %+v", o.TransactionFilters)
	}
	if !o.Page.All || o.Page.PageSize != 500 || o.Page.Order != "dt_transaction,desc" || o.Page.Limit != 0 {
		t.Errorf("paging %+v", o.Page)
	}
	if o := parse(t, synccmd.NewCmdTransactionsList); o.Filter.IsDisable != nil || o.Filter.HasAttachment != nil || o.Page.PageSize != 1000 {
		t.Errorf("defaults %+v", o)
	}
}

func TestAttachmentsGetFlags(t *testing.T) {
	o := parse(t, synccmd.NewCmdAttachmentsGet, "att1", "-O", "-", "--force", "--user", "u1")
	if o.ID != "att1" || o.Out != "-" || !o.Force || o.All || o.User != "u1" {
		t.Errorf("%+v", o)
	}
	o = parse(t, synccmd.NewCmdAttachmentsGet, "--all", "--dir", "cfdi", "--concurrency", "16", "--valid", "--keywords", "emitidas", "--refreshed-from", "2026-01-01")
	yes := true
	if !o.All || o.Dir != "cfdi" || o.Concurrency != 16 || o.Filter.IsValid == nil || *o.Filter.IsValid != yes ||
		o.Filter.Keywords != "emitidas" || o.RefreshedFrom != "2026-01-01" || o.ID != "" {
		t.Errorf("%+v", o)
	}
}

func TestWebhooksListenFlags(t *testing.T) {
	o := parse(t, synccmd.NewCmdWebhooksListen, "--addr", "0.0.0.0:9", "--path", "/h", "--log", "e.jsonl", "--forward-to", "http://x", "--exec", "cat", "--fetch")
	if o.Addr != "0.0.0.0:9" || o.Path != "/h" || o.Log != "e.jsonl" || o.ForwardTo != "http://x" || o.Exec != "cat" || !o.Fetch || o.HTTPClient == nil {
		t.Errorf("%+v", o)
	}
	if o := parse(t, synccmd.NewCmdWebhooksListen); o.Addr != "127.0.0.1:8091" || o.Path != "/webhook" || o.Log != "sync-webhooks.jsonl" {
		t.Errorf("defaults %+v", o)
	}
}

func TestUsersCreateAndUpdateFlags(t *testing.T) {
	o := parse(t, synccmd.NewCmdUsersCreate, "--name", "Rey Misterio", "--external-id", "MIST030794")
	if o.Name != "Rey Misterio" || o.ExternalID != "MIST030794" {
		t.Errorf("%+v", o)
	}
	u := parse(t, synccmd.NewCmdUsersUpdate, "u1", "--external-id", "")
	if u.ID != "u1" || u.Fields.Name != nil || u.Fields.IDExternal == nil || *u.Fields.IDExternal != "" {
		t.Errorf("update: only --external-id was given: %+v", u.Fields)
	}
}

func TestWebhooksCreateAndTwofaFlags(t *testing.T) {
	w := parse(t, synccmd.NewCmdWebhooksCreate, "--url", "https://x/h", "--event", "refresh,credential_create", "--delay", "0")
	if w.URL != "https://x/h" || !reflect.DeepEqual(w.Events, []string{"refresh", "credential_create"}) || w.Delay == nil || *w.Delay != 0 {
		t.Errorf("%+v", w)
	}
	if w := parse(t, synccmd.NewCmdWebhooksCreate, "--url", "https://x/h"); w.Delay != nil {
		t.Error("--delay not given is not sent")
	}
	tf := parse(t, synccmd.NewCmdTwofa, "job1", "--stdin", "--set", "token=1")
	if tf.Job != "job1" || !tf.Stdin || !reflect.DeepEqual(tf.Sets, []string{"token=1"}) {
		t.Errorf("%+v", tf)
	}
}
