package cmdutil

import (
	"fmt"
	"strings"

	"github.com/mxpay/mxpay/internal/errs"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/prompt"
)

// Confirm asks before a destructive or money-moving action. --yes confirms;
// on a terminal the user is asked; otherwise it is a usage error telling
// the user to pass --yes. A "no" returns ErrCancelled.
func (f *Factory) Confirm(question string) error {
	if f.Flags.Yes {
		return nil
	}
	if !f.IOStreams.CanPrompt() {
		return NewError(errs.Usage, i18n.Errorf("confirmation needed: %s", question), "pass --yes to confirm without a prompt")
	}
	ok, err := f.Prompter().Confirm(f.Printer().Text(question), false)
	if err != nil {
		return err
	}
	if !ok {
		return ErrCancelled
	}
	return nil
}

// Action describes a request that creates something or moves money, for
// ConfirmAction.
type Action struct {
	// Question is asked on a terminal: "Charge MXN 1,599.00 to Visa ****1111?"
	Question string
	// Summary lines say exactly what will be sent (amount, to whom, ids).
	Summary []string
	// Production says what the action does for real ("this charges a real
	// card"); shown after "PRODUCTION:" when the environment is production.
	Production string
	// AskAlways asks (or, with no terminal, demands --yes) in every
	// environment; otherwise only in production or on a terminal.
	AskAlways bool
}

// ConfirmAction is the one rule before creating or moving money. In
// production the PRODUCTION notice and the summary are always written to
// stderr, and the action needs a "yes" at the terminal or --yes. On a
// terminal the summary is shown and the user asked in any environment.
// Without a terminal outside production, the action goes ahead unless
// AskAlways. A "no" returns ErrCancelled: nothing was sent.
func (f *Factory) ConfirmAction(a Action) error {
	s, err := f.Settings()
	if err != nil {
		return err
	}
	prod := s.Production()
	canAsk := f.IOStreams.CanPrompt()
	if prod || canAsk || f.IOStreams.IsStderrTTY() {
		var b strings.Builder
		p := f.Printer()
		if prod {
			note := a.Production
			if note == "" {
				note = "this acts on real money and real customers"
			}
			// The note and the summary lines are the command's catalog
			// messages (written in English, translated when shown).
			fmt.Fprintf(&b, "%s\n", p.T("PRODUCTION: %s.", p.Text(note)))
		}
		for _, line := range a.Summary {
			fmt.Fprintf(&b, "  %s\n", p.Text(line))
		}
		fmt.Fprint(f.IOStreams.ErrOut, b.String())
	}
	if f.Flags.Yes || (!prod && !a.AskAlways && !canAsk) {
		return nil
	}
	if !canAsk {
		if prod {
			return NewError(errs.Usage, i18n.Errorf("confirmation needed in production: %s", a.Question), "pass --yes to confirm without a prompt")
		}
		return NewError(errs.Usage, i18n.Errorf("confirmation needed %s", a.Question), "pass --yes to confirm without a prompt")
	}
	ok, err := f.Prompter().Confirm(f.Printer().Text(a.Question), false)
	if err != nil {
		return err
	}
	if !ok {
		return ErrCancelled
	}
	return nil
}

// PromptOrFlag returns value when set; otherwise asks on a terminal, or
// fails with a usage error naming --flag. Use it for required inputs: an
// empty answer, or one a validator refuses, is explained and asked again.
// (A value given as a flag is checked by the command, which exits 2.)
func (f *Factory) PromptOrFlag(value, flag, question string, validate ...prompt.Validator) (string, error) {
	if value != "" {
		return value, nil
	}
	if !f.IOStreams.CanPrompt() {
		return "", MissingFlagError(flag)
	}
	answer, err := f.Prompter().Input(question, "", append([]prompt.Validator{prompt.Required}, validate...)...)
	return strings.TrimSpace(answer), err
}
