package cmdutil

import (
	"os"
	"sync"

	"github.com/mxpay/mxpay/internal/i18n"
)

// language is the language people read in this run: MXPAY_LANG, then the
// profile's lang (the one precedence rule, through Settings), then the
// locale (LC_ALL, LC_MESSAGES, LANG). The config file is read only when it
// exists and MXPAY_LANG says nothing, so `--help` with no config costs no
// configuration work. A setting that cannot be read falls back to the
// locale: the language of messages never makes a command fail.
func (f *Factory) language() i18n.Lang {
	if l, ok := i18n.Parse(f.Getenv("MXPAY_LANG")); ok {
		return l
	}
	if path, err := f.ConfigPath(); err == nil {
		if _, err := os.Stat(path); err == nil {
			if s, err := f.Settings(); err == nil {
				if v, err := s.Get("lang"); err == nil {
					if l, ok := i18n.Parse(v.Value); ok {
						return l
					}
				}
			}
		}
	}
	return i18n.FromLocale(f.LookupEnv)
}

// printerOnce builds the run's printer on first use.
func (f *Factory) printerOnce() func() *i18n.Printer {
	return sync.OnceValue(func() *i18n.Printer { return i18n.New(f.language()) })
}

// Printer is the run's printer, for text written for people.
func (f *Factory) Printer() *i18n.Printer { return f.IOStreams.Printer() }
