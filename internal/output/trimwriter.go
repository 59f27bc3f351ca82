package output

import (
	"bytes"
	"io"
)

// trailingSpaceTrimmer drops spaces at the end of every line. tablewriter
// pads each cell to its column width, the last one included, which leaves
// invisible trailing blanks that make output awkward to diff and grep.
type trailingSpaceTrimmer struct {
	w             io.Writer
	pendingSpaces int // spaces seen but not yet known to be trailing
}

// spaceRun is written in chunks to restore spaces that turned out not to
// be trailing.
const spaceRun = "                                " // 32 spaces

func (t *trailingSpaceTrimmer) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		segment, rest, endsLine := bytes.Cut(p, []byte{'\n'})
		text := bytes.TrimRight(segment, " ")
		if len(text) > 0 {
			if err := t.writeSpaces(); err != nil {
				return 0, err
			}
			if _, err := t.w.Write(text); err != nil {
				return 0, err
			}
		}
		t.pendingSpaces += len(segment) - len(text)
		if endsLine {
			t.pendingSpaces = 0
			if _, err := io.WriteString(t.w, "\n"); err != nil {
				return 0, err
			}
		}
		p = rest
	}
	return n, nil
}

func (t *trailingSpaceTrimmer) writeSpaces() error {
	for t.pendingSpaces > 0 {
		chunk := min(t.pendingSpaces, len(spaceRun))
		if _, err := io.WriteString(t.w, spaceRun[:chunk]); err != nil {
			return err
		}
		t.pendingSpaces -= chunk
	}
	return nil
}
