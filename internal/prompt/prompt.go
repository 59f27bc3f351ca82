// Package prompt asks the person at the terminal for input. Commands use the
// Prompter interface; survey/v2 (unmaintained upstream) sits behind it so it
// can be replaced, and tests use a double that fails on unexpected prompts.
package prompt

// Prompter asks questions. Every method returns an error when the user
// interrupts (Ctrl-C) or input ends.
type Prompter interface {
	// Input reads a line that echoes. An answer a validator refuses is
	// explained and asked again, starting from what was typed, until it is
	// valid (or the user interrupts).
	Input(message, defaultValue string, validate ...Validator) (string, error)
	// Password reads a secret without echoing it.
	Password(message string) (string, error)
	// Select returns the index of the chosen option.
	Select(message string, options []string, defaultValue string) (int, error)
	// MultiSelect returns the indexes of the chosen options.
	MultiSelect(message string, options []string, defaults []string) ([]int, error)
	Confirm(message string, defaultValue bool) (bool, error)
}

// Validator checks an answer; its error, written for the person, says what
// is wrong and how to write it ("write the expiry as MM/YY, e.g. 08/29").
type Validator func(answer string) error

// Check runs validators in order and returns the first refusal.
func Check(answer string, validate []Validator) error {
	for _, v := range validate {
		if v == nil {
			continue
		}
		if err := v(answer); err != nil {
			return err
		}
	}
	return nil
}

// Required refuses an empty answer.
func Required(answer string) error {
	if len(answer) == 0 || isBlank(answer) {
		return errRequired
	}
	return nil
}

type requiredError struct{}

func (requiredError) Error() string { return "an answer is required" }

// MessageKey is the message as a catalog id.
func (requiredError) MessageKey() (string, []any) { return "an answer is required", nil }

var errRequired error = requiredError{}

func isBlank(s string) bool {
	for _, r := range s {
		if r != ' ' && r != '\t' {
			return false
		}
	}
	return true
}
