// Package prompt asks the person at the terminal for input. Commands use the
// Prompter interface; survey/v2 (unmaintained upstream) sits behind it so it
// can be replaced, and tests use a double that fails on unexpected prompts.
package prompt

// Prompter asks questions. Every method returns an error when the user
// interrupts (Ctrl-C) or input ends.
type Prompter interface {
	Input(message, defaultValue string) (string, error)
	// Password reads a secret without echoing it.
	Password(message string) (string, error)
	// Select returns the index of the chosen option.
	Select(message string, options []string, defaultValue string) (int, error)
	// MultiSelect returns the indexes of the chosen options.
	MultiSelect(message string, options []string, defaults []string) ([]int, error)
	Confirm(message string, defaultValue bool) (bool, error)
}
