package output

import (
	"bufio"
	"strings"
	"testing"

	"github.com/olekukonko/tablewriter/pkg/twwidth"
)

// printTable drives a tableSink directly so tests can use a small first batch.
func printTable(t *testing.T, style tableStyle, headers []string, rows [][]string) string {
	t.Helper()
	var out strings.Builder
	if style.color == nil {
		style.color = NewColorScheme(false)
	}
	s := newTableSink(bufio.NewWriter(&out), style, headers)
	for _, row := range rows {
		if err := s.add(record{cells: row}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.close(); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

// terminal is a table style for a terminal of width columns, without color.
func terminal(width int) tableStyle {
	return tableStyle{termWidth: width, mayHide: true}
}

func TestTableLateWideCellsAreNeverCut(t *testing.T) {
	style := terminal(80)
	style.batchLimit = 2
	got := printTable(t, style, []string{"ID", "Note"}, [][]string{
		{"p1", "short one"},
		{"p2", "tiny bit"},
		{"pay_0123456789", "a longer note here"},
	})
	want := "ID  Note\n" +
		"─────────────\n" +
		"p1  short one\n" +
		"p2  tiny bit\n" +
		"pay_0123456789  a longer…\n"
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestTableOnTerminalFitsTheWidth(t *testing.T) {
	note := strings.Repeat("word ", 20)
	id := "6b0f1574000200000000002"
	got := printTable(t, terminal(40), []string{"ID", "Note"}, [][]string{
		{id, note},
	})
	lines := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("a row became several lines:\n%s", got)
	}
	for _, line := range lines {
		if w := twwidth.Width(line); w > 40 {
			t.Errorf("line %q is %d wide, terminal is 40", line, w)
		}
	}
	if !strings.HasPrefix(lines[2], id+"  word word") || !strings.HasSuffix(lines[2], "…") {
		t.Errorf("the id must stay whole and the note be cut with …: %q", lines[2])
	}
}

func TestTableHidesRightmostColumnsRatherThanSplitIDs(t *testing.T) {
	var note strings.Builder
	style := terminal(60)
	style.names = []string{"id", "clabe", "account", "refreshed"}
	style.notice = &note
	row := []string{"6b0f36750002000000000002", "646180000100000019", "05f051fb60434aac384eb337", "2026-12-01T21:04:56Z"}
	got := printTable(t, style, []string{"ID", "CLABE", "ACCOUNT", "REFRESHED"}, [][]string{row})
	want := "ID                        CLABE\n" +
		"────────────────────────────────────────────\n" +
		"6b0f36750002000000000002  646180000100000019\n"
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if n := note.String(); !strings.Contains(n, "account, refreshed") || !strings.Contains(n, "--fields") {
		t.Errorf("note on stderr: %q", n)
	}

	// Columns chosen with --fields are all shown, whatever the width.
	style.mayHide, style.notice = false, nil
	got = printTable(t, style, []string{"ID", "CLABE", "ACCOUNT", "REFRESHED"}, [][]string{row})
	if !strings.Contains(got, strings.Join(row, "  ")) {
		t.Errorf("chosen columns were hidden or split:\n%s", got)
	}
}

func TestTableColorsStatuses(t *testing.T) {
	style := terminal(80)
	style.color = NewColorScheme(true)
	style.names = []string{"id", "status"}
	got := printTable(t, style, []string{"ID", "STATUS"}, [][]string{{"1", "paid"}, {"2", "declined"}, {"3", "pending"}, {"4", "other"}})
	for _, want := range []string{"\x1b[32mpaid\x1b[0m", "\x1b[31mdeclined\x1b[0m", "\x1b[33mpending\x1b[0m", "4   other\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%q", want, got)
		}
	}
}

func TestTablePipedIsTabSeparated(t *testing.T) {
	var out strings.Builder
	s := &tsvSink{out: bufio.NewWriter(&out)}
	for _, row := range [][]string{{"pay_1", "", "two words"}, {"p2", "a\tb", "x\ny"}} {
		if err := s.add(record{cells: row}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.close(); err != nil {
		t.Fatal(err)
	}
	if want := "pay_1\t\ttwo words\np2\ta b\tx y\n"; out.String() != want {
		t.Errorf("got %q, want %q", out.String(), want)
	}
}

func TestTableCellsAreSingleLineAndSafe(t *testing.T) {
	got := printTable(t, terminal(80), []string{"ID", "Note"}, [][]string{{"p1", "two\r\nlines\tand\x1b[2Jclear"}})
	if want := "ID  Note\n" + strings.Repeat("─", 26) + "\np1  two lines and\uFFFD[2Jclear\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestSanitizeCell(t *testing.T) {
	tests := map[string]string{
		"plain":       "plain",
		"ñandú 💸":     "ñandú 💸",
		"a\nb":        "a b",
		"a\r\nb":      "a b",
		"a\tb":        "a b",
		"bell\a":      "bell\uFFFD",
		"c1\u0085x":   "c1\uFFFDx",
		"\x1b[31mred": "\uFFFD[31mred",
		"del\x7f":     "del\uFFFD",
	}
	for in, want := range tests {
		if got := sanitizeCell(in); got != want {
			t.Errorf("sanitizeCell(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTruncateCell(t *testing.T) {
	tests := []struct {
		in    string
		width int
		want  string
	}{
		{"fits", 10, "fits"},
		{"exactly10!", 10, "exactly10!"},
		{"two words here", 10, "two words…"},
		{"a b c d e f", 6, "a b c…"},
		{"日本語テキスト", 7, "日本語…"},
		{"anything", 0, "anything"},
	}
	for _, tt := range tests {
		got := truncateCell(tt.in, tt.width)
		if got != tt.want {
			t.Errorf("truncateCell(%q, %d) = %q, want %q", tt.in, tt.width, got, tt.want)
		}
		if tt.width > 0 && twwidth.Width(got) > tt.width {
			t.Errorf("truncateCell(%q, %d) = %q is too wide", tt.in, tt.width, got)
		}
	}
}

func TestIsProse(t *testing.T) {
	for in, want := range map[string]bool{
		"ABONO NOMINA": true, "Cliente SA": true, "logged in, downloading": true, "Tarjeta de crédito": true,
		"2026-11-09 21:04:59Z": false, "03:15:41 pm 01/12/2026": false, "646180000100000019": false,
		"-9857.89": false, "Visa ****1111": true, "a b c": false, "": false,
	} {
		if got := isProse(in); got != want {
			t.Errorf("isProse(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestLayOut(t *testing.T) {
	tests := []struct {
		name    string
		rows    [][]string
		total   int
		widths  []int
		hidden  int
		mayHide bool
	}{
		{"already fits", [][]string{{"abcde", "ten chars!"}}, 40, []int{5, 10}, 0, true},
		{"free text shrinks, ids do not", [][]string{{strings.Repeat("i", 24), strings.Repeat("word ", 8)}}, 40, []int{24, 14}, 0, true},
		{"text stops at its minimum, then columns hide", [][]string{{strings.Repeat("i", 24), "uno dos tres cuatro", strings.Repeat("j", 20)}}, 40, []int{24, 14}, 1, true},
		{"without hiding the line is too wide", [][]string{{strings.Repeat("i", 24), strings.Repeat("j", 20)}}, 40, []int{24, 20}, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			headers := make([]string, len(tt.rows[0]))
			for i := range headers {
				headers[i] = "H"
			}
			l := layOut(headers, tt.rows, tt.total, tt.mayHide)
			if !equalInts(l.widths, tt.widths) || len(l.hidden) != tt.hidden {
				t.Errorf("layOut = widths %v hidden %v, want %v and %d hidden", l.widths, l.hidden, tt.widths, tt.hidden)
			}
		})
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
