package root_test

import (
	"strings"
	"testing"

	"github.com/mxpay/mxpay/internal/cmd/cmdtest"
)

func TestTyposExit2WithSuggestionsAtEveryLevel(t *testing.T) {
	h := cmdtest.New(t)
	cases := []struct {
		args    []string
		parent  string
		suggest string
	}{
		{[]string{"sync", "transacciones", "list"}, `"mxpay sync"`, "transactions"},
		{[]string{"facti", "paymnts", "list"}, `"mxpay facti"`, "payments"},
		{[]string{"facti", "payments", "lsit"}, `"mxpay facti payments"`, "list"},
		{[]string{"sync", "credentials", "crate", "--site", "x"}, `"mxpay sync credentials"`, "create"},
		{[]string{"confg", "list"}, `"mxpay"`, "config"},
		{[]string{"help", "sync", "transacciones"}, `"mxpay sync"`, "transactions"},
		{[]string{"completion", "bsh"}, `"mxpay completion"`, "bash"},
	}
	for _, c := range cases {
		r := h.Run("", c.args...)
		if r.Code != 2 {
			t.Errorf("mxpay %s: exit %d, want 2\n%s", strings.Join(c.args, " "), r.Code, r.Stderr)
		}
		if !strings.Contains(r.Stderr, "unknown command") || !strings.Contains(r.Stderr, c.parent) ||
			!strings.Contains(r.Stderr, "Did you mean this?\n\t"+c.suggest+"\n") {
			t.Errorf("mxpay %s: stderr\n%s", strings.Join(c.args, " "), r.Stderr)
		}
		if r.Stdout != "" {
			t.Errorf("mxpay %s printed help on stdout", strings.Join(c.args, " "))
		}
	}
	// A group named alone shows its help and succeeds, as before.
	if r := h.MustRun(0, "", "sync"); !strings.Contains(r.Stdout, "transactions") {
		t.Errorf("mxpay sync: %s", r.Stdout)
	}
	// Usage errors point at the command's own help.
	if r := h.Run("", "facti", "payments", "get"); !strings.Contains(r.Stderr, "`mxpay facti payments get --help`") {
		t.Errorf("usage hint: %s", r.Stderr)
	}
}

func TestVersionFlagAndJSON(t *testing.T) {
	h := cmdtest.New(t)
	line := h.MustRun(0, "", "version").Stdout
	if got := h.MustRun(0, "", "--version").Stdout; got != line || !strings.HasPrefix(got, "mxpay ") {
		t.Errorf("--version %q, version %q", got, line)
	}
	r := h.MustRun(0, "", "version", "-o", "json")
	if !strings.HasPrefix(r.Stdout, `{"version":"`) || !strings.Contains(r.Stdout, `"go":"go1.`) {
		t.Errorf("version -o json: %s", r.Stdout)
	}
	h.Env["MXPAY_OUTPUT"] = "json"
	if r := h.MustRun(0, "", "version"); !strings.HasPrefix(r.Stdout, "{") {
		t.Errorf("MXPAY_OUTPUT=json: %s", r.Stdout)
	}
	if r := h.MustRun(0, "", "version", "--template", "{{.version}}"); r.Stdout == "" || strings.Contains(r.Stdout, "{") {
		t.Errorf("--template: %q", r.Stdout)
	}
}

func TestTemplateOnCommands(t *testing.T) {
	h := cmdtest.New(t)
	h.Env["MXPAY_ENV"] = "emulator"
	for _, f := range []string{"1", "2"} {
		h.MustRun(0, "", "facti", "payments", "new", "--folio", f, "--to-name", "Cliente SA", "--to-email", "a@b.mx", "--amount", "1500.5", "--no-email")
	}
	r := h.MustRun(0, "", "facti", "payments", "list", "--template", `{{range .}}{{tablerow .folio .total_amount (timefmt "2006" .request_datetime)}}{{end}}`)
	if !strings.HasPrefix(r.Stdout, "1\t1500.50\t20") || strings.Count(r.Stdout, "\n") != 2 {
		t.Errorf("list --template:\n%s", r.Stdout)
	}
	r = h.MustRun(0, "", "facti", "payments", "get", "2", "--template", "{{.folio}} {{.status}}\n")
	if r.Stdout != "2 0\n" {
		t.Errorf("get --template: %q", r.Stdout)
	}
	r = h.MustRun(0, "", "config", "list", "-o", "jsonl", "--template", "{{.key}};")
	if !strings.HasPrefix(r.Stdout, "env;output;") {
		t.Errorf("jsonl --template: %q", r.Stdout)
	}
	r = h.MustRun(0, "", "api", "facti", "GET", "/v1/payments/1", "--template", "{{.details.folio}}\n")
	if r.Stdout != "1\n" {
		t.Errorf("api --template: %q", r.Stdout)
	}
	for _, bad := range [][]string{
		{"config", "list", "--template", "{{.key"},
		{"config", "list", "--template", "{{.key}}", "--jq", ".[]"},
		{"config", "list", "--template", "{{.key}}", "-o", "csv"},
	} {
		if r := h.Run("", bad...); r.Code != 2 {
			t.Errorf("mxpay %s: exit %d, want 2\n%s", strings.Join(bad, " "), r.Code, r.Stderr)
		}
	}
}

func TestTotalsAreExactAndLeaveStdoutAlone(t *testing.T) {
	h := cmdtest.New(t)
	h.Env["MXPAY_ENV"] = "emulator"
	// As floats 0.1 + 0.2 + 1850.35 is 1850.6499999999999.
	for i, amount := range []string{"0.10", "0.20", "1850.35"} {
		h.MustRun(0, "", "facti", "payments", "new", "--folio", string(rune('1'+i)), "--to-name", "X", "--to-email", "a@b.mx", "--amount", amount, "--no-email")
	}
	want := "Total MXN  1850.65  (rows: 3)\n"
	for _, format := range []string{"csv", "json", "jsonl", "table"} {
		plain := h.MustRun(0, "", "facti", "payments", "list", "--all", "-o", format)
		r := h.MustRun(0, "", "facti", "payments", "list", "--all", "-o", format, "--totals")
		if r.Stdout != plain.Stdout {
			t.Errorf("-o %s --totals changed stdout:\n%s\nwant\n%s", format, r.Stdout, plain.Stdout)
		}
		if r.Stderr != want {
			t.Errorf("-o %s: stderr %q, want %q", format, r.Stderr, want)
		}
	}
	if r := h.MustRun(0, "", "facti", "payments", "list", "--all", "--jq", "[.[].total_amount] | add"); r.Stdout == "1850.65\n" {
		t.Log("jq sums exactly here; the recipe may use it") // it does not: floats
	}
}
