package prompt

import (
	"fmt"

	"github.com/AlecAivazis/survey/v2"
)

// editableInput is survey's Input that, asked again after an answer a
// validator refused, starts from what was typed: the person fixes the typo
// (1,500.50 → 1500.50) instead of typing everything again. survey's own
// Input starts from an empty line every time.
type editableInput struct {
	survey.Input
	typed []rune
}

func (e *editableInput) Prompt(config *survey.PromptConfig) (any, error) {
	err := e.Render(survey.InputQuestionTemplate, survey.InputTemplateData{Input: e.Input, Config: config})
	if err != nil {
		return "", err
	}
	rr := e.NewRuneReader()
	_ = rr.SetTermMode()
	defer func() { _ = rr.RestoreTermMode() }()
	cursor := e.NewCursor()
	if !config.ShowCursor {
		cursor.Hide()
		defer cursor.Show()
	}
	line, err := rr.ReadLineWithDefault(0, e.typed)
	if err != nil {
		return "", err
	}
	cursor.Up(1) // survey's line reader ends on a new line; the answer is drawn on the question's
	answer := string(line)
	if answer == "" {
		return e.Default, nil
	}
	e.AppendRenderedText(answer)
	return answer, nil
}

// PromptAgain is what survey calls after a refused answer.
func (e *editableInput) PromptAgain(config *survey.PromptConfig, invalid any, _ error) (any, error) {
	e.typed = []rune(fmt.Sprint(invalid))
	return e.Prompt(config)
}
