package prompt

import (
	"context"
	"errors"
	"io"
	"slices"
	"strings"
	"sync"

	"github.com/mxpay/mxpay/internal/errs"
	"github.com/mxpay/mxpay/internal/i18n"

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
	// printer writes the prompts' own words (hints, refusals) in the
	// reader's language; nil is English.
	printer *i18n.Printer
}

// NewSurvey returns a Prompter that asks on the given streams, normally the
// process's stdin, stdout and stderr. survey drives the terminal directly, so
// in and out must be terminals (*os.File); otherwise every question returns
// an error saying so, rather than survey failing in an obscure way.
func NewSurvey(in io.Reader, out io.Writer, errOut io.Writer) Prompter {
	return &surveyPrompter{in: in, out: out, errOut: errOut, isTerminal: term.IsTerminal}
}

// NewSurveyIn is NewSurvey speaking the printer's language: survey's own
// words (the answer hint, "Sorry, your reply was invalid") and refusals
// of validators are translated; confirmations accept s, si, sí, y, yes, n
// and no whatever the language.
func NewSurveyIn(printer *i18n.Printer, in io.Reader, out io.Writer, errOut io.Writer) Prompter {
	return &surveyPrompter{in: in, out: out, errOut: errOut, isTerminal: term.IsTerminal, printer: printer}
}

func (p *surveyPrompter) Input(message, defaultValue string, validate ...Validator) (string, error) {
	var answer string
	q := &editableInput{Input: survey.Input{Message: p.printer.Text(message), Default: defaultValue}}
	var opts []survey.AskOpt
	if len(validate) > 0 {
		opts = append(opts, survey.WithValidator(func(ans any) error {
			s, _ := ans.(string)
			if err := Check(s, validate); err != nil {
				return plainError(i18n.Localize(err, p.printer))
			}
			return nil
		}))
	}
	err := p.ask(q, &answer, opts...)
	return answer, err
}

// Select lets the user move through the options or type to filter them.
func (p *surveyPrompter) Select(message string, options []string, defaultValue string) (int, error) {
	// The question and its options in the reader's language (the answer
	// is an index: the words shown change nothing).
	q := &survey.Select{Message: p.printer.Text(message), Options: p.texts(options)}
	// survey rejects a default that is not an option; treat it as no default.
	if slices.Contains(options, defaultValue) {
		q.Default = p.printer.Text(defaultValue)
	}
	var index int
	err := p.ask(q, &index)
	return index, err
}

func (p *surveyPrompter) MultiSelect(message string, options []string, defaults []string) ([]int, error) {
	q := &survey.MultiSelect{Message: p.printer.Text(message), Options: p.texts(options)}
	if len(defaults) > 0 {
		q.Default = p.texts(defaults)
	}
	var indexes []int
	err := p.ask(q, &indexes)
	return indexes, err
}

func (p *surveyPrompter) Confirm(message string, defaultValue bool) (bool, error) {
	var answer bool
	err := p.ask(&yesNoPrompt{Confirm: survey.Confirm{Message: p.printer.Text(message), Default: defaultValue}, printer: p.printer}, &answer)
	return answer, err
}

// texts is words in the reader's language.
func (p *surveyPrompter) texts(words []string) []string {
	if p.printer.Lang() != i18n.Spanish {
		return words
	}
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = p.printer.Text(w)
	}
	return out
}

// ask is the one place that runs survey: it checks the streams and turns
// survey's errors into ours.
func (p *surveyPrompter) ask(q survey.Prompt, response any, opts ...survey.AskOpt) error {
	in, out, err := p.terminalStreams()
	if err != nil {
		return err
	}
	restore := p.localTemplates()
	defer restore()
	err = survey.AskOne(q, response, append(opts, survey.WithStdio(in, out, p.errOut))...)
	return translateError(err)
}

// templatesMu guards survey's templates, which are package variables.
var templatesMu sync.Mutex

// localTemplates puts survey's own English words in the printer's
// language for one question and returns what puts them back.
func (p *surveyPrompter) localTemplates() (restore func()) {
	if p.printer.Lang() != i18n.Spanish {
		return func() {}
	}
	templatesMu.Lock()
	errT, selT, multiT := survey.ErrorTemplate, survey.SelectQuestionTemplate, survey.MultiSelectQuestionTemplate
	tx := p.printer.Text
	survey.ErrorTemplate = strings.Replace(errT, "Sorry, your reply was invalid:", tx("Sorry, your reply was invalid:"), 1)
	survey.SelectQuestionTemplate = strings.NewReplacer(
		"Use arrows to move, type to filter", tx("Use arrows to move, type to filter"),
		"for more help", tx("for more help"),
	).Replace(selT)
	survey.MultiSelectQuestionTemplate = strings.NewReplacer(
		"Use arrows to move, space to select,", tx("Use arrows to move, space to select,"),
		"<right> to all,", tx("<right> to all,"),
		"<left> to none,", tx("<left> to none,"),
		"type to filter", tx("type to filter"),
		"for more help", tx("for more help"),
	).Replace(multiT)
	return func() {
		survey.ErrorTemplate, survey.SelectQuestionTemplate, survey.MultiSelectQuestionTemplate = errT, selT, multiT
		templatesMu.Unlock()
	}
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

// MessageKey is the message as a catalog id, one for each stream.
func (e *noTerminalError) MessageKey() (string, []any) { return e.Error(), nil }
func (e *noTerminalError) Unwrap() error               { return ErrNoTerminal }
func (e *noTerminalError) Kind() errs.Kind             { return errs.Usage }

// translateError maps Ctrl-C to an error wrapping context.Canceled, so the
// CLI exits 130 as for any other interrupt, and explains end of input.
func translateError(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, terminal.InterruptErr):
		return i18n.Errorf("prompt interrupted: %w", context.Canceled)
	case errors.Is(err, io.EOF):
		return i18n.Errorf("input ended before the question was answered: %w", err)
	default:
		return i18n.Errorf("prompting: %w", err)
	}
}
