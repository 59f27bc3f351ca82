package prompt

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/mxpay/mxpay/internal/errs"

	"github.com/AlecAivazis/survey/v2"
	"github.com/AlecAivazis/survey/v2/terminal"
	"golang.org/x/term"
)

// surveyPrompter asks questions with survey/v2 on a terminal.
type surveyPrompter struct {
	in     io.Reader
	out    io.Writer
	errOut io.Writer
	// isTerminal is term.IsTerminal; tests replace it, having no terminal.
	isTerminal func(fd int) bool
}

// NewSurvey returns a Prompter that asks on the given streams, normally the
// process's stdin, stdout and stderr. survey drives the terminal directly, so
// in and out must be terminals (*os.File); otherwise every question returns
// an error saying so, rather than survey failing in an obscure way.
func NewSurvey(in io.Reader, out io.Writer, errOut io.Writer) Prompter {
	return &surveyPrompter{in: in, out: out, errOut: errOut, isTerminal: term.IsTerminal}
}

func (p *surveyPrompter) Input(message, defaultValue string, validate ...Validator) (string, error) {
	var answer string
	q := &editableInput{Input: survey.Input{Message: message, Default: defaultValue}}
	var opts []survey.AskOpt
	if len(validate) > 0 {
		opts = append(opts, survey.WithValidator(func(ans any) error {
			s, _ := ans.(string)
			return Check(s, validate)
		}))
	}
	err := p.ask(q, &answer, opts...)
	return answer, err
}

// Select lets the user move through the options or type to filter them.
func (p *surveyPrompter) Select(message string, options []string, defaultValue string) (int, error) {
	q := &survey.Select{Message: message, Options: options}
	// survey rejects a default that is not an option; treat it as no default.
	if slices.Contains(options, defaultValue) {
		q.Default = defaultValue
	}
	var index int
	err := p.ask(q, &index)
	return index, err
}

func (p *surveyPrompter) MultiSelect(message string, options []string, defaults []string) ([]int, error) {
	q := &survey.MultiSelect{Message: message, Options: options}
	if len(defaults) > 0 {
		q.Default = defaults
	}
	var indexes []int
	err := p.ask(q, &indexes)
	return indexes, err
}

func (p *surveyPrompter) Confirm(message string, defaultValue bool) (bool, error) {
	var answer bool
	err := p.ask(&survey.Confirm{Message: message, Default: defaultValue}, &answer)
	return answer, err
}

// ask is the one place that runs survey: it checks the streams and turns
// survey's errors into ours.
func (p *surveyPrompter) ask(q survey.Prompt, response any, opts ...survey.AskOpt) error {
	in, out, err := p.terminalStreams()
	if err != nil {
		return err
	}
	err = survey.AskOne(q, response, append(opts, survey.WithStdio(in, out, p.errOut))...)
	return translateError(err)
}

func (p *surveyPrompter) terminalStreams() (terminal.FileReader, terminal.FileWriter, error) {
	in, ok := p.in.(terminal.FileReader)
	if !ok || !p.isTerminal(int(in.Fd())) {
		return nil, nil, &noTerminalError{stream: "standard input"}
	}
	out, ok := p.out.(terminal.FileWriter)
	if !ok || !p.isTerminal(int(out.Fd())) {
		return nil, nil, &noTerminalError{stream: "standard output"}
	}
	return in, out, nil
}

// ErrNoTerminal is wrapped by the error a Prompter returns when it needs a
// terminal and has none.
var ErrNoTerminal = errors.New("cannot prompt without a terminal")

// noTerminalError is a usage error: input that cannot be asked for must be
// given another way.
type noTerminalError struct{ stream string }

func (e *noTerminalError) Error() string {
	return "cannot prompt: " + e.stream + " is not a terminal"
}
func (e *noTerminalError) Unwrap() error   { return ErrNoTerminal }
func (e *noTerminalError) Kind() errs.Kind { return errs.Usage }

// translateError maps Ctrl-C to an error wrapping context.Canceled, so the
// CLI exits 130 as for any other interrupt, and explains end of input.
func translateError(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, terminal.InterruptErr):
		return fmt.Errorf("prompt interrupted: %w", context.Canceled)
	case errors.Is(err, io.EOF):
		return fmt.Errorf("input ended before the question was answered: %w", err)
	default:
		return fmt.Errorf("prompting: %w", err)
	}
}
