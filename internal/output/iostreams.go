// Package output owns the terminal: IO streams and what they allow (TTY,
// color, prompting, a pager), and the printers for table, json, jsonl, csv
// and --template.
package output

import (
	"bytes"
	"io"
	"os"

	"github.com/mxpay/mxpay/internal/i18n"
	"golang.org/x/term"
)

// IOStreams are the three standard streams and what they are connected to.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer

	stdinTTY, stdoutTTY, stderrTTY bool
	colorEnabled                   bool
	neverPrompt                    bool
	termWidth                      int

	// stdout is Out as System made it: it notices a reader that went away.
	stdout *closingWriter
	pager  pagerState

	printer func() *i18n.Printer // the reader's language; see language.go
}

// System returns streams bound to the process's stdin, stdout and stderr.
// getenv decides color (NO_COLOR, CLICOLOR). A reader that closes stdout
// early (`mxpay … | head -1`) makes writes fail with ErrStdoutClosed
// (StdoutClosed then holds) instead of killing the process with SIGPIPE.
func System(getenv func(string) string) *IOStreams {
	s := &IOStreams{
		In:        os.Stdin,
		stdinTTY:  isTerminal(os.Stdin),
		stdoutTTY: isTerminal(os.Stdout),
		stderrTTY: isTerminal(os.Stderr),
	}
	stdout, stderr := processStreams()
	s.stdout = &closingWriter{f: stdout}
	s.Out, s.ErrOut = s.stdout, stderr
	s.colorEnabled = colorWanted(s.stdoutTTY, getenv)
	if s.stdoutTTY {
		if w, _, err := term.GetSize(int(os.Stdout.Fd())); err == nil {
			s.termWidth = w
		}
	}
	return s
}

// Test returns streams over buffers, none of them a terminal.
func Test() (s *IOStreams, in *bytes.Buffer, out *bytes.Buffer, errOut *bytes.Buffer) {
	in, out, errOut = &bytes.Buffer{}, &bytes.Buffer{}, &bytes.Buffer{}
	return &IOStreams{In: in, Out: out, ErrOut: errOut}, in, out, errOut
}

func isTerminal(f *os.File) bool { return term.IsTerminal(int(f.Fd())) }

// colorWanted follows https://no-color.org and the CLICOLOR convention:
// color only on a terminal, never with NO_COLOR or CLICOLOR=0.
func colorWanted(tty bool, getenv func(string) string) bool {
	if getenv("NO_COLOR") != "" || getenv("CLICOLOR") == "0" {
		return false
	}
	return tty
}

func (s *IOStreams) IsStdinTTY() bool  { return s.stdinTTY }
func (s *IOStreams) IsStdoutTTY() bool { return s.stdoutTTY }
func (s *IOStreams) IsStderrTTY() bool { return s.stderrTTY }
func (s *IOStreams) ColorEnabled() bool {
	return s.colorEnabled
}

// SetTTY marks the streams as terminals or not (tests).
func (s *IOStreams) SetTTY(stdin, stdout, stderr bool) {
	s.stdinTTY, s.stdoutTTY, s.stderrTTY = stdin, stdout, stderr
}

func (s *IOStreams) SetColorEnabled(v bool) { s.colorEnabled = v }

// SetNeverPrompt disables prompts (--no-input, MXPAY_NO_INPUT).
func (s *IOStreams) SetNeverPrompt(v bool) { s.neverPrompt = v }

// CanPrompt reports whether the user can be asked: both stdin and stdout are
// terminals and prompting has not been disabled.
func (s *IOStreams) CanPrompt() bool {
	return s.stdinTTY && s.stdoutTTY && !s.neverPrompt
}

// TerminalWidth is the width of stdout when it is a terminal, else 80.
func (s *IOStreams) TerminalWidth() int {
	if s.termWidth > 0 {
		return s.termWidth
	}
	return 80
}

// SetTerminalWidth sets the width TerminalWidth reports (tests).
func (s *IOStreams) SetTerminalWidth(w int) { s.termWidth = w }

// StdoutClosed reports whether the reader of stdout (a pipe, or the pager)
// went away before the command finished writing.
func (s *IOStreams) StdoutClosed() bool {
	return (s.stdout != nil && s.stdout.isClosed()) || s.pager.readerGone()
}

// OnStdoutClosed registers fn to run, once, when the reader of stdout goes
// away, so that work whose output nobody reads stops early.
func (s *IOStreams) OnStdoutClosed(fn func()) {
	if s.stdout != nil {
		s.stdout.onClose = fn
	}
	s.pager.onClose = fn
}
