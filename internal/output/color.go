package output

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
