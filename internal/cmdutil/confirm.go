package cmdutil

import (
	"fmt"

	"github.com/mxpay/mxpay/internal/errs"
)

// Confirm asks before a destructive or money-moving action. --yes confirms;
// on a terminal the user is asked; otherwise it is a usage error telling
// the user to pass --yes. A "no" returns ErrCancelled.
func (f *Factory) Confirm(question string) error {
	if f.Flags.Yes {
		return nil
	}
	if !f.IOStreams.CanPrompt() {
		return NewError(errs.Usage, fmt.Errorf("confirmation needed: %s", question), "pass --yes to confirm without a prompt")
	}
	ok, err := f.Prompter().Confirm(question, false)
	if err != nil {
		return err
	}
	if !ok {
		return ErrCancelled
	}
	return nil
}

// PromptOrFlag returns value when set; otherwise asks on a terminal, or
// fails with a usage error naming --flag. Use it for required inputs.
func (f *Factory) PromptOrFlag(value, flag, question string) (string, error) {
	if value != "" {
		return value, nil
	}
	if !f.IOStreams.CanPrompt() {
		return "", MissingFlagError(flag)
	}
	return f.Prompter().Input(question, "")
}
