package facti

import (
	"strconv"

	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/output"
)

// reader writes messages in the reader's language whose arguments may be
// messages themselves (an error, a request's description): each is
// translated too, as root does for errors. ios.T is enough when no
// argument is an error.
type reader struct{ ios *output.IOStreams }

func readerOf(ios *output.IOStreams) reader { return reader{ios} }

// T formats the message key with args, every error argument translated.
func (r reader) T(key string, args ...any) string {
	var p *i18n.Printer // English without streams (tests)
	if r.ios != nil {
		p = r.ios.Printer()
	}
	return i18n.Localize(i18n.Errorf(key, args...), p)
}

// lineError is a problem of one line of an input file ("line 5: …").
func lineError(line int, err error) error {
	return i18n.Errorf("line %s: %v", strconv.Itoa(line), err)
}

// firstLines keeps the first n messages and says how many more there were.
func firstLines(lines []error, n int) []error {
	if len(lines) <= n {
		return lines
	}
	return append(lines[:n:n], i18n.Errorf("… and %d more", len(lines)-n))
}
