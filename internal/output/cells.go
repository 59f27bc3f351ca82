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

// wrapCell fits s into width display columns by breaking it over lines
// (joined with "\n"): at spaces where it can, and inside words longer than
// the width (ids, URLs) where it must. Nothing is ever cut off.
func wrapCell(s string, width int) string {
	if width < 1 || twwidth.Width(s) <= width {
		return s
	}
	var lines []string
	var line strings.Builder
	lineWidth := 0
	flush := func() {
		if lineWidth > 0 {
			lines = append(lines, line.String())
		}
		line.Reset()
		lineWidth = 0
	}
	for _, word := range strings.Fields(s) {
		w := twwidth.Width(word)
		switch {
		case lineWidth > 0 && lineWidth+1+w <= width:
			line.WriteByte(' ')
			line.WriteString(word)
			lineWidth += 1 + w
		case w <= width:
			flush()
			line.WriteString(word)
			lineWidth = w
		default:
			flush()
			for _, r := range word {
				rw := twwidth.Width(string(r))
				if lineWidth > 0 && lineWidth+rw > width {
					flush()
				}
				line.WriteRune(r)
				lineWidth += rw
			}
		}
	}
	flush()
	return strings.Join(lines, "\n")
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

// minShrunkWidth is the narrowest a column is made to fit a terminal; below
// that a table is unreadable and the terminal may as well wrap it.
const minShrunkWidth = 8

// fitWidths narrows the widest columns, one display column at a time, until
// the table fits in total, or every column is down to minShrunkWidth (or its
// natural width, if narrower). Every column counts its gap, the last one
// included, because the rule under a terminal table spans it.
func fitWidths(widths []int, gap, total int) {
	used := gap * len(widths)
	for _, w := range widths {
		used += w
	}
	for used > total {
		widest := -1
		for i, w := range widths {
			if w > minShrunkWidth && (widest < 0 || w > widths[widest]) {
				widest = i
			}
		}
		if widest < 0 {
			return
		}
		widths[widest]--
		used--
	}
}
