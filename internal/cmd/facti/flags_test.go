package facti_test

import (
	"io"
	"reflect"
	"testing"
	"time"

	facticmd "github.com/mxpay/mxpay/internal/cmd/facti"
	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/spf13/cobra"
)

// Flag parsing, through each command's runF seam: nothing runs.

func testFactory() *cmdutil.Factory {
	ios, _, _, _ := output.Test()
	return cmdutil.NewFactory("test", ios, func(string) (string, bool) { return "", false })
}

func parse(t *testing.T, cmd *cobra.Command, args ...string) {
	t.Helper()
	cmd.SetArgs(args)
	cmd.SetOut(io.Discard)
	cmd.SetErr(io.Discard)
	if err := cmd.Execute(); err != nil {
		t.Fatalf("%v: %v", args, err)
	}
}

func TestNewParsesFlags(t *testing.T) {
	var got *facticmd.NewOptions
	parse(t, facticmd.NewCmdNew(testFactory(), func(o *facticmd.NewOptions) error { got = o; return nil }),
		"--folio", "1001", "--serie", "A", "--to-name", "Cliente SA", "--to-email", "a@b.mx", "--to-email", "c@d.mx", "--amount", "1500.001",
		"--due", "2030-01-31", "--group", "A:1:5", "--group", ":2:6", "--payment-way", "1", "--no-email", "--paid", "--payment-date", "2030-01-01",
		"--concept", "quantity=1,unit=X,description=Y,pu=2", "--invoice", "--receiver-rfc", "XAXX010101000", "--receiver-zip", "01000",
		"--company", "7", "--allow-duplicate-folio", "--from-csv", "rows.csv", "--concurrency", "9", "--journal", "j", "--dry-run")
	want := map[string]any{
		"Folio": "1001", "Serie": "A", "ToName": "Cliente SA", "ToEmails": []string{"a@b.mx", "c@d.mx"}, "Amount": "1500.001", "Due": "2030-01-31",
		"Groups": []string{"A:1:5", ":2:6"}, "PaymentWays": []string{"1"}, "NoEmail": true, "Paid": true, "PaymentDate": "2030-01-01",
		"Concepts": []string{"quantity=1,unit=X,description=Y,pu=2"}, "Invoice": true,
		"Company": "7", "AllowDuplicateFolio": true, "FromCSV": "rows.csv", "Concurrency": 9, "Journal": "j", "DryRun": true,
	}
	v := reflect.ValueOf(got).Elem()
	for field, w := range want {
		if g := v.FieldByName(field).Interface(); !reflect.DeepEqual(g, w) {
			t.Errorf("%s = %#v, want %#v", field, g, w)
		}
	}
	if got.Receiver.RFC != "XAXX010101000" || got.Receiver.DomicilioCP != "01000" {
		t.Errorf("receiver %+v", got.Receiver)
	}
	parse(t, facticmd.NewCmdNew(testFactory(), func(o *facticmd.NewOptions) error { got = o; return nil }))
	if got.Concurrency != 4 || got.AllowDuplicateFolio || got.Confirm == nil || got.Prompt == nil || got.Facti == nil || got.Redactor == nil {
		t.Errorf("defaults %+v", got)
	}
}

func TestListParsesFlags(t *testing.T) {
	var got *facticmd.ListOptions
	parse(t, facticmd.NewCmdList(testFactory(), func(o *facticmd.ListOptions) error { got = o; return nil }),
		"--company", "5", "--since-id", "3", "--max-id", "9", "--limit", "50", "--status", "paid", "--paid-from", "2024-05-01", "--paid-to", "2024-05-31", "--serie", "A", "--folio", "7", "--all")
	want := facticmd.ListOptions{Company: "5", SinceID: "3", MaxID: "9", Limit: 50, Status: "paid", PaidFrom: "2024-05-01", PaidTo: "2024-05-31", Serie: "A", Folio: "7", All: true}
	if got.Company != want.Company || got.SinceID != want.SinceID || got.MaxID != want.MaxID || got.Limit != want.Limit || got.Status != want.Status ||
		got.PaidFrom != want.PaidFrom || got.PaidTo != want.PaidTo || got.Serie != want.Serie || got.Folio != want.Folio || !got.All {
		t.Errorf("%+v", got)
	}
}

func TestPayAndDeleteParseArguments(t *testing.T) {
	var pay *facticmd.PayOptions
	parse(t, facticmd.NewCmdPay(testFactory(), func(o *facticmd.PayOptions) error { pay = o; return nil }), "38")
	if pay.ID != "38" || pay.Confirm == nil {
		t.Errorf("pay %+v", pay)
	}
	var del *facticmd.DeleteOptions
	parse(t, facticmd.NewCmdDelete(testFactory(), func(o *facticmd.DeleteOptions) error { del = o; return nil }), "38", "--company", "452")
	if del.ID != "38" || del.Company != "452" || del.Confirm == nil {
		t.Errorf("delete %+v", del)
	}
	cmd := facticmd.NewCmdPay(testFactory(), func(*facticmd.PayOptions) error { return nil })
	cmd.SetArgs([]string{})
	cmd.SetOut(io.Discard)
	cmd.SetErr(io.Discard)
	if err := cmd.Execute(); cmdutil.ExitCodeOf(err) != cmdutil.ExitUsage {
		t.Errorf("pay without an id: %v", err)
	}
}

func TestListenParsesFlags(t *testing.T) {
	var got *facticmd.ListenOptions
	parse(t, facticmd.NewCmdListen(testFactory(), func(o *facticmd.ListenOptions) error { got = o; return nil }),
		"--addr", "0.0.0.0:9000", "--path", "/facti/ipn", "--forward-to", "http://localhost:3000/x", "--exec", "cat", "--log", "l.jsonl", "--max-body", "100",
		"--max-connections", "7", "--header-timeout", "2s", "--body-timeout", "3s", "--idle-timeout", "4s")
	l := got.Limits
	if got.Addr != "0.0.0.0:9000" || got.Path != "/facti/ipn" || got.ForwardTo != "http://localhost:3000/x" || got.Exec != "cat" || got.LogPath != "l.jsonl" || l.MaxBody != 100 ||
		l.MaxConns != 7 || l.HeaderTimeout != 2*time.Second || l.BodyTimeout != 3*time.Second || l.IdleTimeout != 4*time.Second {
		t.Errorf("%+v", got)
	}
	if got.IPNPassword == nil || got.HTTPClient == nil || got.PointEmulatorIPN == nil || got.Redactor == nil {
		t.Errorf("dependencies missing: %+v", got)
	}
	parse(t, facticmd.NewCmdListen(testFactory(), func(o *facticmd.ListenOptions) error { got = o; return nil }))
	if got.Addr != "127.0.0.1:8090" || got.Path != "/ipn" || got.LogPath != "facti-ipn.jsonl" || got.Limits.MaxBody != 64<<10 || got.Limits.MaxConns != 128 {
		t.Errorf("defaults %+v", got)
	}
}
