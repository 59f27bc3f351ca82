package output

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"
)

// firstBatchRows is how many rows a table holds before it starts printing.
// Column widths come from the header and these rows; later rows are streamed
// with the same widths, so memory stays flat however long the list is. A list
// shorter than this is laid out from all of its rows, like any table.
const firstBatchRows = 100

// columnGap is the space between columns (the right padding of each cell).
const columnGap = "  "

// tableStyle is what the streams allow: borders and color on a terminal,
// plain text otherwise.
type tableStyle struct {
	tty        bool
	color      *ColorScheme
	termWidth  int
	batchLimit int
}

// tableSink prints rows through tablewriter's streaming mode with widths it
// computes itself from the first batch. A later cell wider than its column is
// wrapped onto extra lines within the column, never cut: ids stay whole.
// On a terminal the widths are also narrowed to fit the terminal, wrapping
// in the same way. Cells are made single-line first (see sanitizeCell).
// An empty list prints nothing at all, not even the header.
type tableSink struct {
	out     *bufio.Writer
	style   tableStyle
	headers []string
	pending [][]string
	widths  []int
	table   *tablewriter.Table
}

func newTableSink(out *bufio.Writer, style tableStyle, headers []string) *tableSink {
	if style.batchLimit <= 0 {
		style.batchLimit = firstBatchRows
	}
	clean := make([]string, len(headers))
	for i, h := range headers {
		clean[i] = sanitizeCell(h)
	}
	return &tableSink{out: out, style: style, headers: clean}
}

func (s *tableSink) add(r record) error {
	row := make([]string, len(r.cells))
	for i, c := range r.cells {
		row[i] = sanitizeCell(c)
	}
	if s.table != nil {
		if err := s.appendRow(row); err != nil {
			return err
		}
		return s.out.Flush()
	}
	s.pending = append(s.pending, row)
	if len(s.pending) < s.style.batchLimit {
		return nil
	}
	return s.start()
}

func (s *tableSink) close() error {
	if s.table == nil {
		if len(s.pending) == 0 {
			return nil
		}
		if err := s.start(); err != nil {
			return err
		}
	}
	if err := s.table.Close(); err != nil {
		return fmt.Errorf("printing table: %w", err)
	}
	return s.out.Flush()
}

// start fixes the column widths from the rows held so far, prints the header
// and those rows, and switches to printing each row as it comes.
func (s *tableSink) start() error {
	s.widths = columnWidths(s.headers, s.pending)
	if s.style.tty {
		fitWidths(s.widths, len(columnGap), s.style.termWidth)
	}
	streamWidths := tw.NewMapper[int, int]()
	for i, w := range s.widths {
		streamWidths.Set(i, w+len(columnGap))
	}
	s.table = tablewriter.NewTable(&trailingSpaceTrimmer{w: s.out},
		tablewriter.WithRenderer(renderer.NewBlueprint(s.rendition())),
		tablewriter.WithStreaming(tw.StreamConfig{Enable: true, StrictColumns: true}),
		tablewriter.WithWidths(tw.CellWidth{PerColumn: streamWidths}),
		tablewriter.WithPadding(tw.Padding{Right: columnGap, Overwrite: true}),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithRowAlignment(tw.AlignLeft),
		// Cells arrive already wrapped to width; tablewriter's own wrapping
		// would cut words it cannot break.
		tablewriter.WithHeaderAutoWrap(tw.WrapNone),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
	)
	if err := s.table.Start(); err != nil {
		return fmt.Errorf("printing table: %w", err)
	}
	s.table.Header(s.headerCells())
	for _, row := range s.pending {
		if err := s.appendRow(row); err != nil {
			return err
		}
	}
	s.pending = nil
	return s.out.Flush()
}

// rendition is borderless either way; on a terminal a rule under the header
// sets it apart from the rows.
func (s *tableSink) rendition() tw.Rendition {
	lines := tw.LinesNone
	if s.style.tty {
		lines.ShowHeaderLine = tw.On
	}
	return tw.Rendition{
		Borders:  tw.BorderNone,
		Settings: tw.Settings{Separators: tw.SeparatorsNone, Lines: lines},
	}
}

func (s *tableSink) headerCells() []string {
	cells := make([]string, len(s.headers))
	for i, h := range s.headers {
		lines := strings.Split(wrapCell(h, s.widths[i]), "\n")
		for j, line := range lines {
			lines[j] = s.style.color.Bold(line)
		}
		cells[i] = strings.Join(lines, "\n")
	}
	return cells
}

func (s *tableSink) appendRow(row []string) error {
	for i, cell := range row {
		row[i] = wrapCell(cell, s.widths[i])
	}
	if err := s.table.Append(row); err != nil {
		return fmt.Errorf("printing table: %w", err)
	}
	return nil
}
