package output

import "strings"

// ColorScheme colors short pieces of text for the terminal. Every method
// returns the text unchanged when color is disabled (not a terminal,
// NO_COLOR, CLICOLOR=0), so callers never need to check.
type ColorScheme struct {
	enabled bool
}

// NewColorScheme returns a scheme that colors only when enabled is true.
func NewColorScheme(enabled bool) *ColorScheme { return &ColorScheme{enabled: enabled} }

// ColorScheme returns the scheme for stdout.
func (s *IOStreams) ColorScheme() *ColorScheme { return NewColorScheme(s.ColorEnabled()) }

func (c *ColorScheme) Bold(text string) string   { return c.wrap("1", text) }
func (c *ColorScheme) Green(text string) string  { return c.wrap("32", text) }
func (c *ColorScheme) Red(text string) string    { return c.wrap("31", text) }
func (c *ColorScheme) Yellow(text string) string { return c.wrap("33", text) }
func (c *ColorScheme) Gray(text string) string   { return c.wrap("90", text) }

// Enabled reports whether this scheme colors text.
func (c *ColorScheme) Enabled() bool { return c.enabled }

func (c *ColorScheme) wrap(code, text string) string {
	if !c.enabled || text == "" {
		return text
	}
	return "\x1b[" + code + "m" + text + "\x1b[0m"
}

func (c *ColorScheme) Cyan(text string) string { return c.wrap("36", text) }
func (c *ColorScheme) Blue(text string) string { return c.wrap("1;34", text) }

// statusColumns are the columns whose values are outcomes, colored by
// statusColorOf wherever a person reads them (terminal tables and objects).
var statusColumns = map[string]bool{"status": true, "outcome": true, "stage": true}

// statusColorOf colors an outcome by what it means: done and good (paid,
// approved) green, refused or broken (declined, failed) red, not known or
// not finished yet (pending, unknown) yellow. word is the English word the
// commands print in their status columns, text what is shown (translated:
// text "pagado", word "paid"); other columns and other words are left alone.
func statusColorOf(c *ColorScheme, column, word, text string) string {
	if !c.enabled || !statusColumns[column] {
		return text
	}
	switch strings.ToLower(strings.TrimSpace(word)) {
	case "paid", "approved", "created", "found", "already-created", "finished", "downloaded":
		return c.Green(text)
	case "declined", "failed", "rejected", "validation_failed", "not_found",
		"failed at the provider", "rejected by the site", "two-factor code timed out":
		return c.Red(text)
	case "pending", "unknown", "working", "registered", "starting", "logged in, downloading",
		"two-factor code received", "waiting for the two-factor code":
		return c.Yellow(text)
	}
	return text
}
