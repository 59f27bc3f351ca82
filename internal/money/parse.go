package money

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"unicode"

	"github.com/shopspring/decimal"
)

const (
	// maxIntegerDigits bounds what a person may type: a trillion pesos is
	// already far beyond any payment request; more digits is a typo.
	maxIntegerDigits = 15
	// maxInputLength keeps a pasted blob (or leading zeros) from becoming an
	// amount; nothing sane is longer.
	maxInputLength = 64
	// Provider data is accepted more freely, but an exponent like 1e999999999
	// would make formatting allocate gigabytes, so wire amounts are bounded too.
	maxWireIntegerDigits = 20
	maxWireDecimals      = 30
)

// ParseError explains why a text is not an amount.
type ParseError struct {
	Input   string // what was given, as given
	Problem string // what is wrong, with the fix where there is one
}

func (e *ParseError) Error() string {
	input := e.Input
	if len(input) > maxInputLength {
		input = input[:maxInputLength] + "…"
	}
	return fmt.Sprintf("invalid amount %q: %s", input, e.Problem)
}

// Parse reads an amount typed by a person: plain digits with at most one
// dot, such as "1234.5", "1234.50", "0.01" or "1234". Anything else (signs,
// separators, exponents, currency symbols, ".5") is rejected with a message
// that names the problem and, where it can, the form to write instead.
// Parse accepts more than two decimals; callers apply RoundUpCents or reject,
// as their provider requires.
func Parse(s string) (Amount, error) {
	if problem := plainProblem(s); problem != "" {
		return Amount{}, &ParseError{Input: s, Problem: problem}
	}
	d, err := decimal.NewFromString(s)
	if err != nil { // unreachable after plainProblem; kept so a gap there cannot panic
		return Amount{}, &ParseError{Input: s, Problem: "write digits with at most one dot, such as 1234.50"}
	}
	return Amount{d: d}, nil
}

// plainProblem returns what is wrong with s as a typed amount, or "" when it
// is fine. The checks run from the most specific explanation to the most
// general, so "$1,234.50" is told about the currency symbol first.
func plainProblem(s string) string {
	trimmed := strings.TrimSpace(s)
	switch {
	case trimmed == "":
		return "it is empty; write an amount such as 1234.50"
	case len(s) > maxInputLength:
		return fmt.Sprintf("it is too long (at most %d characters)", maxInputLength)
	case isNotANumber(trimmed):
		return "it is not a number; write digits such as 1234.50"
	}
	if rest, ok := stripCurrency(trimmed); ok {
		return "remove the currency symbol" + suggestion(rest)
	}
	if strings.IndexFunc(s, unicode.IsSpace) >= 0 {
		return "remove the spaces" + suggestion(strings.Join(strings.Fields(s), ""))
	}
	switch s[0] {
	case '-':
		return "amounts cannot be negative"
	case '+':
		return "remove the + sign" + suggestion(s[1:])
	}
	if strings.Contains(s, ",") {
		return commaProblem(s)
	}
	if exponentForm().MatchString(s) {
		return "exponents are not accepted" + exponentSuggestion(s)
	}
	if strings.Count(s, ".") > 1 {
		return "it has more than one dot; write one dot before the cents, such as 1234.50"
	}
	for _, r := range s {
		switch {
		case r == '.' || (r >= '0' && r <= '9'):
		case unicode.IsLetter(r):
			return "it contains letters; write digits only, such as 1234.50"
		default:
			return fmt.Sprintf("unexpected character %q; write digits with at most one dot, such as 1234.50", r)
		}
	}
	whole, frac, hasDot := strings.Cut(s, ".")
	switch {
	case whole == "" && frac == "":
		return "it has no digits; write an amount such as 1234.50"
	case whole == "":
		return "write 0" + s
	case hasDot && frac == "":
		return "write " + whole
	case len(strings.TrimLeft(whole, "0")) > maxIntegerDigits:
		return fmt.Sprintf("it has more than %d digits before the dot", maxIntegerDigits)
	}
	return ""
}

// exponentForm matches scientific notation such as 1e3 or 2.5E-2.
// Compiled on first use, not at every mxpay start-up.
var exponentForm = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\d+(\.\d+)?[eE][+-]?\d+$`) })

func isNotANumber(s string) bool {
	switch strings.ToLower(strings.TrimLeft(s, "+-")) {
	case "nan", "inf", "infinity":
		return true
	}
	return false
}

// stripCurrency removes a currency symbol or code around an amount; ok
// reports whether there was one.
func stripCurrency(s string) (rest string, ok bool) {
	rest = s
	for _, sym := range []string{"$", "€", "£", "¥"} {
		rest = strings.ReplaceAll(rest, sym, "")
	}
	upper := strings.ToUpper(rest)
	for _, code := range []string{"MXN", "USD", "EUR"} {
		if strings.HasPrefix(upper, code) {
			rest, upper = rest[len(code):], upper[len(code):]
		}
		if strings.HasSuffix(upper, code) {
			rest = rest[:len(rest)-len(code)]
		}
	}
	return strings.TrimSpace(rest), rest != s
}

// commaProblem tells a decimal comma ("12,50") from a thousands separator
// ("1,234.50") by what follows the last comma.
func commaProblem(s string) string {
	last := strings.LastIndex(s, ",")
	after := s[last+1:]
	if !strings.Contains(after, ".") && len(after) >= 1 && len(after) <= 2 {
		fixed := strings.ReplaceAll(s[:last], ".", "") + "." + after
		return "use a dot for the cents, not a comma" + suggestion(strings.ReplaceAll(fixed, ",", ""))
	}
	return "remove the thousands separator" + suggestion(strings.ReplaceAll(s, ",", ""))
}

// exponentSuggestion spells out small exponents ("1e3" → "write 1000");
// huge ones are not worth writing out.
func exponentSuggestion(s string) string {
	d, err := decimal.NewFromString(s)
	if err != nil || d.Exponent() > 20 || d.Exponent() < -20 {
		return "; write the digits out, such as 1234.50"
	}
	return suggestion(d.String())
}

// suggestion returns " (write X)" when X is an amount Parse accepts, else "".
func suggestion(fixed string) string {
	if plainProblem(fixed) != "" {
		return ""
	}
	return fmt.Sprintf(" (write %s)", fixed)
}

// wireForm is what a provider may send as a number: JSON numbers, and the
// looser forms PHP produces inside strings ("5.", ".5", "+5").
var wireForm = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$`)
})

// plainDecimal reports the common wire form [-]digits[.digits], a subset of
// wireForm checked without the regexp (a page of amounts is parsed at once).
func plainDecimal(s string) bool {
	s = strings.TrimPrefix(s, "-")
	whole, frac, dot := strings.Cut(s, ".")
	return whole != "" && onlyDigits(whole) && (!dot || frac != "" && onlyDigits(frac))
}

// ParseWire reads an amount as a provider sends it: a JSON number (1234.5,
// -10, 1.5e3) or a quoted string holding one ("1234.50"). Negative amounts
// are allowed here: refunds and adjustments come back from providers.
func ParseWire(raw string) (Amount, error) {
	text := strings.TrimSpace(raw)
	if strings.HasPrefix(text, `"`) {
		var inner string
		if err := json.Unmarshal([]byte(text), &inner); err != nil {
			return Amount{}, &ParseError{Input: raw, Problem: "it is not a valid JSON string"}
		}
		text = strings.TrimSpace(inner)
	}
	if text == "" {
		return Amount{}, &ParseError{Input: raw, Problem: "it is empty"}
	}
	if !plainDecimal(text) && !wireForm().MatchString(text) {
		return Amount{}, &ParseError{Input: raw, Problem: "it is not a number"}
	}
	d, err := decimal.NewFromString(text)
	if err != nil {
		return Amount{}, &ParseError{Input: raw, Problem: "it is out of range"}
	}
	integerDigits := d.NumDigits() + int(d.Exponent())
	if integerDigits > maxWireIntegerDigits || d.Exponent() < -maxWireDecimals {
		return Amount{}, &ParseError{Input: raw, Problem: "it is out of range"}
	}
	return Amount{d: d}, nil
}

// MarshalJSON writes the amount as a JSON number with at least two
// decimals (1234.50), the form providers expect.
func (a Amount) MarshalJSON() ([]byte, error) {
	return []byte(a.String()), nil
}

// UnmarshalJSON accepts what ParseWire accepts; null leaves a unchanged, as
// encoding/json does for other types.
func (a *Amount) UnmarshalJSON(data []byte) error {
	if strings.TrimSpace(string(data)) == "null" {
		return nil
	}
	parsed, err := ParseWire(string(data))
	if err != nil {
		return err
	}
	*a = parsed
	return nil
}
