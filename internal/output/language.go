package output

import "github.com/mxpay/mxpay/internal/i18n"

// The language people read: the streams carry the run's printer, so every
// command writes its messages with ios.T(...). It is chosen on first use
// (MXPAY_LANG, the profile's lang, the locale), so `mxpay version` never
// pays for it. Machine output (json, jsonl, csv, piped tables) never goes
// through it.

// SetPrinter gives the streams the run's printer, built on first use.
func (s *IOStreams) SetPrinter(printer func() *i18n.Printer) { s.printer = printer }

// Printer is the run's printer; English when none was set (tests).
func (s *IOStreams) Printer() *i18n.Printer {
	if s.printer == nil {
		return nil
	}
	return s.printer()
}

// T formats the message whose id is key in the reader's language.
func (s *IOStreams) T(key string, args ...any) string {
	return s.Printer().T(key, args...)
}

// Text translates a message without arguments (see i18n.Printer.Text).
func (s *IOStreams) Text(msg string) string { return s.Printer().Text(msg) }
