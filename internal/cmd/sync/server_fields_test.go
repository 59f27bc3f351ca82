package sync_test

import (
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	syncemu "github.com/mxpay/mxpay/internal/emulator/sync"
)

// --fields is sent to Sync as its fields parameter; what is printed must
// not change: each column alone is the same as in the whole table, in csv
// and in jsonl, with every page read.
func TestFieldsSentToSyncLeaveTheOutputAlone(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	user, _ := satUser(t, h)
	newUser(t, h, "Blue Demon")
	h.MustRun(0, "", "sync", "credentials", "create", "--user", user, "--site", syncemu.SiteNormal, "--set", "username=test", "--set", "password=test")
	h.Env["MXPAY_SYNC_USER"] = user
	lists := [][]string{
		{"users", "list"},
		{"sites", "list"},
		{"catalogues", "account-types"},
		{"catalogues", "attachment-types"},
		{"catalogues", "countries"},
		{"catalogues", "organizations"},
		{"accounts", "list"},
		{"transactions", "list", "--all", "--page-size", "2"}, // 5 rows: paging needs the ids
		{"attachments", "list", "--all", "--page-size", "2"},
	}
	for _, list := range lists {
		cmd := append([]string{"sync"}, list...)
		header, rows := readCSV(t, h.MustRun(0, "", append(cmd, "-o", "csv")...).Stdout)
		if list[0] == "attachments" {
			header = append(header, "attachment_type") // shown in csv only when asked for
			_, rows = readCSV(t, h.MustRun(0, "", append(cmd, "-o", "csv", "--fields", strings.Join(header, ","))...).Stdout)
		}
		if len(rows) < 2 {
			t.Fatalf("%v: %d rows", list, len(rows))
		}
		whole := jsonLines(t, h.MustRun(0, "", append(cmd, "-o", "jsonl")...).Stdout)
		for col, name := range header {
			var want strings.Builder
			w := csv.NewWriter(&want)
			w.Write([]string{name})
			for _, row := range rows {
				w.Write([]string{row[col]})
			}
			w.Flush()
			if got := h.MustRun(0, "", append(cmd, "-o", "csv", "--fields", name)...).Stdout; got != want.String() {
				t.Errorf("%v --fields %s:\n%s\nwant:\n%s", list, name, got, want.String())
			}
			picked := jsonLines(t, h.MustRun(0, "", append(cmd, "-o", "jsonl", "--fields", name)...).Stdout)
			for i := range whole {
				if v, ok := whole[i][name]; ok && (len(picked) != len(whole) || string(picked[i][name]) != string(v) || len(picked[i]) != 1) {
					t.Errorf("%v -o jsonl --fields %s: %v, want %s", list, name, picked, v)
					break
				}
			}
		}
	}
}

// The request carries fields, and Sync's reply (the emulator's) is
// narrowed to them and the id.
func TestFieldsAreSentAndHonoured(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	user, _ := satUser(t, h)
	r := h.MustRun(0, "", "--debug", "sync", "transactions", "list", "--user", user, "--fields", "amount,description", "-o", "csv")
	if !strings.Contains(r.Stderr, "/transactions?fields=id_transaction%2Camount%2Cdescription") {
		t.Errorf("request: %s", r.Stderr)
	}
	if strings.Contains(r.Stderr, `"id_account"`) || !strings.Contains(r.Stderr, `"id_transaction"`) {
		t.Errorf("the reply was not narrowed: %s", r.Stderr)
	}
	r = h.MustRun(0, "", "--debug", "sync", "attachments", "list", "--user", user, "--fields", "attachment_type", "-o", "csv")
	if !strings.Contains(r.Stderr, "/attachments?fields=id_attachment%2Cid_attachment_type") || !strings.Contains(r.Stdout, "attachment_type\nCFDI\n") {
		t.Errorf("attachment type: %s\n%s", r.Stderr, r.Stdout)
	}
	// Without --fields nothing narrows the reply.
	if r := h.MustRun(0, "", "--debug", "sync", "users", "list"); strings.Contains(r.Stderr, "fields=") {
		t.Errorf("fields sent without --fields: %s", r.Stderr)
	}
}

func TestAttachmentsListNamesTheirType(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	user, _ := satUser(t, h)
	r := h.MustRun(0, "", "sync", "attachments", "list", "--user", user)
	if strings.Count(r.Stdout, "\tCFDI\n") != 5 { // a piped table: tab-separated, the type name last
		t.Errorf("table:\n%s", r.Stdout)
	}
	// csv and json keep their shape: no column, no key added.
	header, _ := readCSV(t, h.MustRun(0, "", "sync", "attachments", "list", "--user", user, "-o", "csv").Stdout)
	if strings.Join(header, ",") != "id_attachment,file,id_transaction,id_account,is_valid,keywords,dt_refresh" {
		t.Errorf("csv header %v", header)
	}
	for _, row := range jsonLines(t, h.MustRun(0, "", "sync", "attachments", "list", "--user", user, "-o", "jsonl").Stdout) {
		if _, added := row["attachment_type"]; added || string(row["id_attachment_type"]) != `"56bcdfca784806d1378b4567"` {
			t.Errorf("jsonl row %v", row)
		}
	}
	if got := h.MustRun(0, "", "sync", "attachments", "list", "--user", user, "--fields", "attachment_type", "--jq", ".[0].attachment_type").Stdout; strings.TrimSpace(got) != "CFDI" {
		t.Errorf("json --fields attachment_type: %s", got)
	}
}

func readCSV(t *testing.T, s string) ([]string, [][]string) {
	t.Helper()
	records, err := csv.NewReader(strings.NewReader(s)).ReadAll()
	if err != nil || len(records) == 0 {
		t.Fatalf("not csv: %v\n%s", err, s)
	}
	return records[0], records[1:]
}

func jsonLines(t *testing.T, s string) []map[string]json.RawMessage {
	t.Helper()
	var out []map[string]json.RawMessage
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		out = append(out, decodeJSON[map[string]json.RawMessage](t, line))
	}
	return out
}
