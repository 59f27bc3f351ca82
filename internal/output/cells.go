package output

import (
	"strings"
	"unicode"

	"github.com/olekukonko/tablewriter/pkg/twwidth"
)

// sanitizeCell makes provider text safe and single-line for a table: line
// breaks and tabs become spaces, and other control characters (which could
// move the cursor or recolor the terminal) become U+FFFD.
func sanitizeCell(s string) string {
	if strings.IndexFunc(s, unicode.IsControl) < 0 {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", " ")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			return ' '
		case unicode.IsControl(r):
			return unicode.ReplacementChar
		}
		return r
	}, s)
}

// columnWidths is the display width each column needs for headers and rows.
func columnWidths(headers []string, rows [][]string) []int {
	widths := make([]int, len(headers))
	for i, h := range headers {
		widths[i] = max(1, twwidth.Width(h))
	}
	for _, row := range rows {
		for i, cell := range row {
			widths[i] = max(widths[i], twwidth.Width(cell))
		}
	}
	return widths
}

// minTextWidth is the narrowest a free-text column is made to fit a
// terminal (its header permitting): narrower, its cells say nothing.
const minTextWidth = 10

// tableLayout is how a terminal table's columns are shown.
type tableLayout struct {
	shown  []int // indexes of the columns shown, left to right
	widths []int // display width of each shown column
	hidden []int // indexes of the columns hidden to fit
	width  []int // by column index: its width (0 when hidden)
	text   []bool
}

func (l *tableLayout) widthOf(i int) int {
	if i < len(l.width) {
		return l.width[i]
	}
	return 0
}

func (l *tableLayout) isText(i int) bool { return i < len(l.text) && l.text[i] }

// isProse reports whether a cell is free text, which may be cut: several
// words, one of them of three letters or more ("ABONO NOMINA", "Cliente
// SA"). A date and time ("2026-11-09 21:04:59Z", "03:15 pm 01/12/2026") or
// an amount is not prose, and neither is a single token (ids, CLABEs).
func isProse(s string) bool {
	if !strings.ContainsRune(s, ' ') {
		return false
	}
	for word := range strings.FieldsSeq(s) {
		letters := 0
		for _, r := range word {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if letters >= 3 {
			return true
		}
	}
	return false
}

// layOut fits the columns into total display columns. Every column starts
// at its natural width (its widest cell or header). A free-text column (see
// isProse) may be narrowed to minTextWidth or its
// header; any other column (ids, CLABEs, amounts, dates: single tokens) is
// kept at its natural width. If the columns do not fit even so, and mayHide,
// the rightmost columns but the first are hidden until they do; then the
// widest free-text columns are narrowed one display column at a time.
func layOut(headers []string, rows [][]string, total int, mayHide bool) *tableLayout {
	natural := columnWidths(headers, rows)
	n := len(natural)
	text := make([]bool, n)
	least := make([]int, n)
	for i := range natural {
		for _, row := range rows {
			if i < len(row) && isProse(row[i]) {
				text[i] = true
				break
			}
		}
		least[i] = natural[i]
		if text[i] {
			least[i] = min(natural[i], max(minTextWidth, twwidth.Width(headers[i])))
		}
	}
	shown := make([]int, n)
	for i := range shown {
		shown[i] = i
	}
	need := func(ws []int) int {
		sum := len(columnGap) * max(0, len(shown)-1)
		for _, i := range shown {
			sum += ws[i]
		}
		return sum
	}
	l := &tableLayout{width: make([]int, n), text: text}
	for mayHide && len(shown) > 1 && need(least) > total {
		l.hidden = append([]int{shown[len(shown)-1]}, l.hidden...)
		shown = shown[:len(shown)-1]
	}
	widths := append([]int(nil), natural...)
	for need(widths) > total {
		widest := -1
		for _, i := range shown {
			if widths[i] > least[i] && (widest < 0 || widths[i] > widths[widest]) {
				widest = i
			}
		}
		if widest < 0 {
			break // only whole columns left: the line is wider than the terminal
		}
		widths[widest]--
	}
	l.shown = shown
	for _, i := range shown {
		l.width[i] = widths[i]
		l.widths = append(l.widths, widths[i])
	}
	return l
}
