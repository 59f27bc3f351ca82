package prompt

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/mxpay/mxpay/internal/i18n"

	"golang.org/x/term"
)

// Password reads a secret with nothing echoed, not even a mask character:
// survey echoes one * per character, which tells an onlooker the length.
// The terminal is put in raw mode for the read, so Ctrl-C arrives as a byte
// and is reported as an interrupt (exit 130), like every other prompt.
func (p *surveyPrompter) Password(message string) (string, error) {
	in, out, err := p.terminalStreams()
	if err != nil {
		return "", err
	}
	fmt.Fprintf(out, "? %s ", p.printer.Text(message))
	state, err := term.MakeRaw(int(in.Fd()))
	if err != nil {
		return "", i18n.Errorf("prompting: %w", err)
	}
	secret, err := readSecret(bufio.NewReader(in))
	_ = term.Restore(int(in.Fd()), state)
	fmt.Fprint(out, "\r\n")
	return secret, err
}

// readSecret reads up to Enter from a terminal in raw mode: backspace
// removes the last character, Ctrl-C interrupts, Ctrl-D on an empty line
// ends input.
func readSecret(r io.ByteReader) (string, error) {
	var buf []byte
	for {
		b, err := r.ReadByte()
		if err != nil {
			return "", translateError(err)
		}
		switch b {
		case '\r', '\n':
			return string(buf), nil
		case 3: // Ctrl-C
			return "", i18n.Errorf("prompt interrupted: %w", context.Canceled)
		case 4: // Ctrl-D
			if len(buf) == 0 {
				return "", translateError(io.EOF)
			}
		case 127, 8: // Backspace, Ctrl-H
			if len(buf) > 0 {
				_, size := utf8.DecodeLastRune(buf)
				buf = buf[:len(buf)-size]
			}
		case 21: // Ctrl-U clears the line
			buf = buf[:0]
		default:
			if b >= 32 || b == '\t' {
				buf = append(buf, b)
			}
		}
	}
}
