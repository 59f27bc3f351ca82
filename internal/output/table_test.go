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

func TestTableWrapsLateWideCellsWithoutCutting(t *testing.T) {
	got := printTable(t, tableStyle{batchLimit: 2}, []string{"ID", "Note"}, [][]string{
		{"p1", "short"},
		{"p2", "tiny"},
		{"pay_0123456789", "a longer note here"},
	})
	want := "ID  Note\n" +
		"p1  short\n" +
		"p2  tiny\n" +
		"pa  a\n" +
		"y_  longe\n" +
		"01  r\n" +
		"23  note\n" +
		"45  here\n" +
		"67\n" +
		"89\n"
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestTableOnTerminalFitsTheWidth(t *testing.T) {
	note := strings.Repeat("word ", 20)
	got := printTable(t, tableStyle{tty: true, termWidth: 30}, []string{"ID", "Note"}, [][]string{
		{"pay_1", note},
	})
	lines := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
	for _, line := range lines {
		if w := twwidth.Width(line); w > 30 {
			t.Errorf("line %q is %d wide, terminal is 30", line, w)
		}
	}
	if words := strings.Count(got, "word"); words != 20 {
		t.Errorf("wrapped note lost words: %d of 20 left in\n%s", words, got)
	}
}

func TestTablePipedIsNotNarrowed(t *testing.T) {
	note := strings.Repeat("x", 200)
	got := printTable(t, tableStyle{termWidth: 30}, []string{"ID", "Note"}, [][]string{{"pay_1", note}})
	if want := "ID     Note\npay_1  " + note + "\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestTableCellsAreSingleLineAndSafe(t *testing.T) {
	got := printTable(t, tableStyle{}, []string{"ID", "Note"}, [][]string{{"p1", "two\r\nlines\tand\x1b[2Jclear"}})
	if want := "ID  Note\np1  two lines and\uFFFD[2Jclear\n"; got != want {
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

func TestWrapCell(t *testing.T) {
	tests := []struct {
		in    string
		width int
		want  string
	}{
		{"fits", 10, "fits"},
		{"exactly10!", 10, "exactly10!"},
		{"two words", 5, "two\nwords"},
		{"a b c d", 3, "a b\nc d"},
		{"abcdefgh", 3, "abc\ndef\ngh"},
		{"id abcdefgh", 4, "id\nabcd\nefgh"},
		{"日本語テキスト", 4, "日本\n語テ\nキス\nト"},
		{"anything", 0, "anything"},
	}
	for _, tt := range tests {
		got := wrapCell(tt.in, tt.width)
		if got != tt.want {
			t.Errorf("wrapCell(%q, %d) = %q, want %q", tt.in, tt.width, got, tt.want)
		}
		for _, line := range strings.Split(got, "\n") {
			if tt.width > 0 && twwidth.Width(line) > tt.width {
				t.Errorf("wrapCell(%q, %d): line %q too wide", tt.in, tt.width, line)
			}
		}
	}
}

func TestFitWidths(t *testing.T) {
	tests := []struct {
		name   string
		widths []int
		total  int
		want   []int
	}{
		{"already fits", []int{5, 10}, 40, []int{5, 10}},
		{"widest shrinks first", []int{5, 30, 12}, 40, []int{5, 17, 12}},
		{"shrinks evenly once level", []int{20, 20}, 32, []int{14, 14}},
		{"stops at the minimum", []int{4, 30}, 10, []int{4, 8}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			widths := append([]int(nil), tt.widths...)
			fitWidths(widths, 2, tt.total)
			if !equalInts(widths, tt.want) {
				t.Errorf("fitWidths(%v, 2, %d) = %v, want %v", tt.widths, tt.total, widths, tt.want)
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

func TestTrailingSpaceTrimmer(t *testing.T) {
	var out strings.Builder
	w := &trailingSpaceTrimmer{w: &out}
	// Written in pieces that split runs of spaces, as a renderer might.
	for _, piece := range []string{"a  ", "  b   ", "\n", "   ", "\n", "c ", strings.Repeat(" ", 40), "d  \n"} {
		if n, err := w.Write([]byte(piece)); err != nil || n != len(piece) {
			t.Fatalf("Write(%q) = %d, %v", piece, n, err)
		}
	}
	if want := "a    b\n\nc " + strings.Repeat(" ", 40) + "d\n"; out.String() != want {
		t.Errorf("got %q, want %q", out.String(), want)
	}
}
