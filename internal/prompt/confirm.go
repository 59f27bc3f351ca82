package prompt

import (
	"strings"

	"github.com/mxpay/mxpay/internal/i18n"

	"github.com/AlecAivazis/survey/v2"
)

// ParseYesNo reads an answer to a confirmation in either language: s, si,
// sí, y and yes are yes; n and no are no; case does not matter. ok is
// false for anything else (an empty answer included: it takes the default).
func ParseYesNo(answer string) (yes, ok bool) {
	switch strings.ToLower(strings.TrimSpace(answer)) {
	case "s", "si", "sí", "y", "yes":
		return true, true
	case "n", "no":
		return false, true
	}
	return false, false
}

// confirmTemplate is survey's Confirm template with its words ("(y/N)",
// the answer) given by the printer: "(s/N)" and "Sí" in Spanish.
const confirmTemplate = `
{{- color .Config.Icons.Question.Format }}{{ .Config.Icons.Question.Text }} {{color "reset"}}
{{- color "default+hb"}}{{ .Message }} {{color "reset"}}
{{- if .Answer}}
  {{- color "cyan"}}{{.Answer}}{{color "reset"}}{{"\n"}}
{{- else }}
  {{- color "white"}}{{ .Marker }} {{color "reset"}}
{{- end}}`

type confirmData struct {
	survey.Confirm
	Answer string
	Marker string
	Config *survey.PromptConfig
}

// yesNoPrompt is survey's Confirm that understands both languages'
// answers: survey's own accepts only y/yes/n/no and refuses `s` with
// "Sorry, your reply was invalid".
type yesNoPrompt struct {
	survey.Confirm
	printer *i18n.Printer
}

func (c *yesNoPrompt) marker() string {
	if c.Default {
		return c.printer.Text("(Y/n)")
	}
	return c.printer.Text("(y/N)")
}

func (c *yesNoPrompt) render(config *survey.PromptConfig, answer string) error {
	return c.Render(confirmTemplate, confirmData{Confirm: c.Confirm, Answer: answer, Marker: c.marker(), Config: config})
}

func (c *yesNoPrompt) Prompt(config *survey.PromptConfig) (any, error) {
	if err := c.render(config, ""); err != nil {
		return false, err
	}
	rr := c.NewRuneReader()
	_ = rr.SetTermMode()
	defer func() { _ = rr.RestoreTermMode() }()
	cursor := c.NewCursor()
	for {
		line, err := rr.ReadLine(0)
		if err != nil {
			return false, err
		}
		cursor.PreviousLine(1) // the \n the terminal echoed
		val := string(line)
		if strings.TrimSpace(val) == "" {
			return c.Default, nil
		}
		if yes, ok := ParseYesNo(val); ok {
			return yes, nil
		}
		if err := c.Error(config, plainError(c.printer.T("%q is not a valid answer, please try again.", val))); err != nil {
			return c.Default, err
		}
		if err := c.render(config, ""); err != nil {
			return c.Default, err
		}
	}
}

func (c *yesNoPrompt) Cleanup(config *survey.PromptConfig, val any) error {
	answer := c.printer.Text("No")
	if yes, _ := val.(bool); yes {
		answer = c.printer.Text("Yes")
	}
	return c.render(config, answer)
}

// plainError is a message already in the reader's language.
type plainError string

func (e plainError) Error() string { return string(e) }
