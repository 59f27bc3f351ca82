package output

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/olekukonko/tablewriter/pkg/twwidth"
)

// firstBatchRows is how many rows a terminal table holds before it starts
// printing. Column widths come from the header and these rows; later rows
// are streamed with the same widths, so memory stays flat however long the
// list is. A list shorter than this is laid out from all of its rows.
const firstBatchRows = 100

// columnGap is the space between columns.
const columnGap = "  "

// newTableOutput is the sink of -o table: an aligned table that fits the
// terminal when stdout is one, else the pipe format (tsvSink). names are the
// columns' stable names (for status colors and the hidden-columns note),
// headers their human headings.
//
// Only the terminal table speaks the reader's language: its headers (catalog
// ids) and the cells of columns marked words are translated; the piped
// format never is, so scripts read the same bytes in every language.
func newTableOutput(ios *IOStreams, opts Options, out *bufio.Writer, names, headers []string, words []bool) sink {
	if !ios.IsStdoutTTY() {
		return &tsvSink{out: out}
	}
	p := ios.Printer()
	local := make([]string, len(headers))
	for i, h := range headers {
		local[i] = p.Text(h)
	}
	return newTableSink(out, tableStyle{
		color:     ios.ColorScheme(),
		termWidth: ios.TerminalWidth(),
		names:     names,
		mayHide:   len(opts.fieldNames()) == 0,
		notice:    ios.ErrOut,
		printer:   p,
		words:     words,
	}, local)
}

// tsvSink is -o table written to a pipe or a file: one row per line, cells
// separated by a tab, no header, no padding, no truncation, no color; an
// empty cell is an empty field. Cells are made single-line (tabs and line
// breaks become spaces), so `cut -f` and `awk -F'\t'` always see the same
// columns. The header is left out, as gh does: the columns are those of the
// terminal table (or --fields, in that order); -o csv has a header row.
type tsvSink struct {
	out *bufio.Writer
}

func (s *tsvSink) add(r record) error {
	for i, c := range r.cells {
		if i > 0 {
			s.out.WriteByte('\t')
		}
		s.out.WriteString(sanitizeCell(c))
	}
	s.out.WriteByte('\n')
	return s.out.Flush()
}

func (s *tsvSink) close() error { return s.out.Flush() }

// tableStyle is what a terminal table needs to know about where it prints.
type tableStyle struct {
	color      *ColorScheme
	termWidth  int
	batchLimit int
	names      []string      // stable column names, parallel to the headers
	mayHide    bool          // columns may be hidden to fit (not when --fields chose them)
	notice     io.Writer     // where a note about hidden columns goes (stderr); nil: nowhere
	printer    *i18n.Printer // the reader's language (nil: English)
	words      []bool        // columns whose cells are catalog words, translated
}

// tableSink prints an aligned table that fits the terminal. Ids, CLABEs,
// references, amounts and dates are never split or cut: only free-text
// columns (those with words separated by spaces in the first batch) are
// narrowed, and their cells cut with "…". When the whole columns alone are
// wider than the terminal, the rightmost columns are hidden (never the
// first), and a note on stderr names them and points at --fields. Cells are
// made single-line first (see sanitizeCell). An empty list prints nothing,
// not even the header. A nil header list prints rows only (--template's
// tablerow).
type tableSink struct {
	out     *bufio.Writer
	style   tableStyle
	headers []string
	pending [][]string
	layout  *tableLayout
	line    strings.Builder
	// english is the word behind each translated cell, for its color.
	english map[string]string
}

func newTableSink(out *bufio.Writer, style tableStyle, headers []string) *tableSink {
	if style.batchLimit <= 0 {
		style.batchLimit = firstBatchRows
	}
	if style.color == nil {
		style.color = NewColorScheme(false)
	}
	var clean []string
	for _, h := range headers {
		clean = append(clean, sanitizeCell(h))
	}
	return &tableSink{out: out, style: style, headers: clean}
}

func (s *tableSink) add(r record) error {
	row := make([]string, len(r.cells))
	for i, c := range r.cells {
		if i < len(s.style.words) && s.style.words[i] {
			c = s.word(c)
		}
		row[i] = sanitizeCell(c)
	}
	if s.layout != nil {
		s.writeRow(row)
		return s.out.Flush()
	}
	s.pending = append(s.pending, row)
	if len(s.pending) < s.style.batchLimit {
		return nil
	}
	return s.start()
}

func (s *tableSink) close() error {
	if s.layout == nil && len(s.pending) > 0 {
		return s.start()
	}
	return s.out.Flush()
}

// start fixes the layout from the rows held so far, prints the header and
// those rows, and switches to printing each row as it comes.
func (s *tableSink) start() error {
	columns := len(s.headers)
	for _, row := range s.pending {
		columns = max(columns, len(row))
	}
	headers := make([]string, columns)
	copy(headers, s.headers)
	s.layout = layOut(headers, s.pending, s.style.termWidth, s.style.mayHide)
	if hidden := s.layout.hidden; len(hidden) > 0 && s.style.notice != nil {
		var names []string
		for _, i := range hidden {
			names = append(names, s.columnName(i))
		}
		fmt.Fprintln(s.style.notice, hiddenNote(s.style.printer, names, s.style.termWidth))
	}
	if s.headers != nil {
		s.writeHeader(headers)
	}
	for _, row := range s.pending {
		s.writeRow(row)
	}
	s.pending = nil
	return s.out.Flush()
}

// word is a words column's cell in the reader's language.
func (s *tableSink) word(c string) string {
	t := s.style.printer.Text(c)
	if t != c {
		if s.english == nil {
			s.english = map[string]string{}
		}
		s.english[sanitizeCell(t)] = sanitizeCell(c)
	}
	return t
}

func (s *tableSink) columnName(i int) string {
	if i < len(s.style.names) && s.style.names[i] != "" {
		return s.style.names[i]
	}
	if i < len(s.headers) {
		return s.headers[i]
	}
	return fmt.Sprint(i + 1)
}

// hiddenNote says which columns were hidden to fit the terminal.
func hiddenNote(p *i18n.Printer, names []string, width int) string {
	if len(names) == 1 {
		return p.T("Note: column %s is hidden to fit %d columns; choose the columns with --fields.", names[0], width)
	}
	return p.T("Note: columns %s are hidden to fit %d columns; choose the columns with --fields.", strings.Join(names, ", "), width)
}

// writeHeader prints the headings in bold and a rule under them.
func (s *tableSink) writeHeader(headers []string) {
	cells := make([]string, len(headers))
	for i, h := range headers {
		cells[i] = truncateCell(h, s.layout.widthOf(i))
	}
	s.writeCells(cells, s.style.color.Bold)
	total := 0
	for j, w := range s.layout.widths {
		if j > 0 {
			total += len(columnGap)
		}
		total += w
	}
	s.out.WriteString(strings.Repeat("─", total))
	s.out.WriteByte('\n')
}

func (s *tableSink) writeRow(row []string) {
	cells := make([]string, len(row))
	for i, c := range row {
		if s.layout.isText(i) {
			c = truncateCell(c, s.layout.widthOf(i))
		}
		cells[i] = c
	}
	s.writeCells(cells, nil)
}

// writeCells writes the shown cells padded to their widths. A cell of a
// whole column wider than its width (a later, longer id) is written whole:
// the rest of its line moves right rather than the id being cut.
func (s *tableSink) writeCells(cells []string, paint func(string) string) {
	s.line.Reset()
	pad := 0
	for j, i := range s.layout.shown {
		cell := ""
		if i < len(cells) {
			cell = cells[i]
		}
		if j > 0 {
			pad += len(columnGap)
		}
		if cell != "" {
			s.line.WriteString(strings.Repeat(" ", pad))
			pad = 0
			styled := cell
			if paint != nil {
				styled = paint(cell)
			} else if i < len(s.style.names) {
				word := cell
				if w, ok := s.english[cell]; ok {
					word = w
				}
				styled = statusColorOf(s.style.color, s.style.names[i], word, cell)
			}
			s.line.WriteString(styled)
		}
		pad += max(0, s.layout.widths[j]-twwidth.Width(cell))
	}
	s.out.WriteString(s.line.String())
	s.out.WriteByte('\n')
}

// truncateCell cuts s to width display columns, ending in "…" when cut.
func truncateCell(s string, width int) string {
	if width < 1 || twwidth.Width(s) <= width {
		return s
	}
	var b strings.Builder
	used := 0
	for _, r := range s {
		rw := twwidth.Width(string(r))
		if used+rw > width-1 {
			break
		}
		b.WriteRune(r)
		used += rw
	}
	return strings.TrimRight(b.String(), " ") + "…"
}
