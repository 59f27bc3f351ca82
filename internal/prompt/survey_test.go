package prompt

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mxpay/mxpay/internal/errs"

	"github.com/AlecAivazis/survey/v2/terminal"
	"golang.org/x/term"
)

func TestSurveyRefusesStreamsThatAreNotTerminals(t *testing.T) {
	dir := t.TempDir()
	inFile := createFile(t, filepath.Join(dir, "in"))
	outFile := createFile(t, filepath.Join(dir, "out"))
	onlyInputIsTerminal := func(fd int) bool { return fd == int(inFile.Fd()) }

	tests := []struct {
		name       string
		in         io.Reader
		out        io.Writer
		isTerminal func(int) bool
		want       string
	}{
		{"buffers", strings.NewReader("yes\n"), &bytes.Buffer{}, term.IsTerminal, "standard input is not a terminal"},
		{"no input", nil, &bytes.Buffer{}, term.IsTerminal, "standard input is not a terminal"},
		{"regular file as input", inFile, outFile, term.IsTerminal, "standard input is not a terminal"},
		{"buffer as output", inFile, &bytes.Buffer{}, onlyInputIsTerminal, "standard output is not a terminal"},
		{"regular file as output", inFile, outFile, onlyInputIsTerminal, "standard output is not a terminal"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := NewSurvey(tc.in, tc.out, &bytes.Buffer{})
			p.(*surveyPrompter).isTerminal = tc.isTerminal
			calls := map[string]func() error{
				"Input":       func() error { _, err := p.Input("Name", ""); return err },
				"Password":    func() error { _, err := p.Password("API key"); return err },
				"Select":      func() error { _, err := p.Select("Pick", []string{"a"}, "a"); return err },
				"MultiSelect": func() error { _, err := p.MultiSelect("Pick", []string{"a"}, nil); return err },
				"Confirm":     func() error { _, err := p.Confirm("Sure?", false); return err },
			}
			for name, call := range calls {
				err := call()
				if err == nil || !strings.Contains(err.Error(), tc.want) || !errors.Is(err, ErrNoTerminal) {
					t.Errorf("%s: err = %v, want ErrNoTerminal saying %q", name, err, tc.want)
				}
				if errs.KindOf(err) != errs.Usage {
					t.Errorf("%s: err = %v should exit 2 (usage)", name, err)
				}
			}
		})
	}
}

func createFile(t *testing.T, path string) *os.File {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func TestTranslateError(t *testing.T) {
	if err := translateError(nil); err != nil {
		t.Errorf("translateError(nil) = %v", err)
	}
	if err := translateError(terminal.InterruptErr); !errors.Is(err, context.Canceled) {
		t.Errorf("interrupt: err = %v, want it to wrap context.Canceled", err)
	}
	if err := translateError(io.EOF); !errors.Is(err, io.EOF) || errors.Is(err, context.Canceled) {
		t.Errorf("EOF: err = %v, want io.EOF and not an interrupt", err)
	}
	other := errors.New("boom")
	if err := translateError(other); !errors.Is(err, other) || errors.Is(err, context.Canceled) {
		t.Errorf("other: err = %v", err)
	}
}
