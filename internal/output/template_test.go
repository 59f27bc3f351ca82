package output

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func TestTemplateOverTheJSONForm(t *testing.T) {
	tests := []struct {
		name   string
		format string
		tmpl   string
		tty    bool
		want   string
	}{
		{"range over a list, numbers as sent", "", `{{range .}}{{.id}} {{.amount}}{{"\n"}}{{end}}`, false, "pay_1 1234.50\npay_22 7.00\n"},
		{"jsonl runs per object", "jsonl", `{{.id}};`, false, "pay_1;pay_22;"},
		{"pluck and join", "json", `{{join ", " (pluck "status" .)}}`, false, "paid, pending"},
		{"tablerow piped is tab-separated", "", `{{range .}}{{tablerow .id .status}}{{end}}`, false, "pay_1\tpaid\npay_22\tpending\n"},
		{"tablerow on a terminal is aligned", "", `{{range .}}{{tablerow .id .status}}{{end}}`, true, "pay_1   paid\npay_22  pending\n"},
		{"tablerender prints the rows so far", "", `{{range .}}{{tablerow .id}}{{end}}{{tablerender}}end{{"\n"}}`, false, "pay_1\npay_22\nend\n"},
		{"truncate", "", `{{range .}}{{truncate 5 .id}}|{{end}}`, false, "pay_1|pay_…|"},
		{"autocolor is plain when piped", "", `{{range .}}{{autocolor "green" .status}}{{end}}`, false, "paidpending"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ios, out, _ := testStreams(tt.tty)
			if err := printList(ios, Options{Format: tt.format, Template: tt.tmpl}, paymentColumns(), paymentRaw, samplePayments()); err != nil {
				t.Fatal(err)
			}
			if out.String() != tt.want {
				t.Errorf("got %q, want %q", out.String(), tt.want)
			}
		})
	}

	ios, out, _ := testStreams(false)
	if err := PrintObject(ios, Options{Template: "{{.id}} {{.zz}}\n"}, paymentColumns(), paymentRaw, samplePayments()[0]); err != nil {
		t.Fatal(err)
	}
	if out.String() != "pay_1 1e2\n" {
		t.Errorf("object: got %q", out.String())
	}
}

func TestTemplateTimes(t *testing.T) {
	now := time.Date(2026, 5, 10, 12, 0, 0, 0, time.UTC)
	r := &templateRun{now: func() time.Time { return now }}
	tmpl, err := parseTemplate(`{{timefmt "2006-01-02 15:04" .a}}|{{timefmt "Jan 2" .b}}|{{timeago .c}}|{{timeago .d}}`, r)
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	data := map[string]any{
		"a": json.Number("1778241600"), // Sync: Unix seconds
		"b": "2026-05-08",
		"c": now.Add(-3 * time.Hour).Format(time.RFC3339),
		"d": now.Add(50 * time.Hour).Format(time.RFC3339),
	}
	if err := tmpl.Execute(&out, data); err != nil {
		t.Fatal(err)
	}
	if want := "2026-05-08 12:00|May 8|3 hours ago|2 days from now"; out.String() != want {
		t.Errorf("got %q, want %q", out.String(), want)
	}
	if err := tmpl.Execute(&out, map[string]any{"a": "yesterday"}); err == nil || !strings.Contains(err.Error(), "is not a time") {
		t.Errorf("a word that is not a time: %v", err)
	}
}

func TestTemplateIsValidatedFirst(t *testing.T) {
	requireUsageError(t, Options{Template: "{{.id"}.Validate(), "invalid --template")
	requireUsageError(t, Options{Template: "{{.id}}", JQ: ".id"}.Validate(), "--jq and --template")
	requireUsageError(t, Options{Template: "{{.id}}", Format: "csv"}.Validate(), "--template", "-o csv")
	requireUsageError(t, Options{Template: "{{nosuchfunc .}}"}.Validate(), "nosuchfunc")
}
