// Package money holds exact monetary amounts: parsing what a person types,
// decoding what providers send, the rounding rule Facti documents, and the
// wire and table forms. Nothing here ever goes through float64, so 0.1 + 0.2
// is exactly 0.3 and a total always equals the sum of its parts.
package money

import (
	"strings"

	"github.com/shopspring/decimal"
)

// Amount is an exact decimal amount of money. The zero value is 0.00.
// Amounts parsed from user input are never negative; amounts decoded from a
// provider (ParseWire, UnmarshalJSON) may be.
type Amount struct {
	d decimal.Decimal
}

// minPlaces is how many decimals String, Format and MarshalJSON always show.
const minPlaces = 2

// RoundUpCents applies Facti's documented rule: an amount with more than two
// decimals is rounded up (towards positive infinity) to whole cents, so
// 242.831 becomes 242.84. It reports whether the amount changed.
func (a Amount) RoundUpCents() (Amount, bool) {
	rounded := a.d.RoundCeil(minPlaces)
	return Amount{d: rounded}, !rounded.Equal(a.d)
}

// DecimalPlaces is the number of decimals needed to write the amount exactly;
// trailing zeros do not count, so 1234.50 has one and 1234.00 has none.
// Validation such as "at most two decimals" compares against it.
func (a Amount) DecimalPlaces() int {
	if exp := a.d.Normalize().Exponent(); exp < 0 {
		return int(-exp)
	}
	return 0
}

// String is the canonical wire form: no separators and at least two
// decimals ("242.84", "0.50"). An amount with more decimals keeps them all
// ("242.831") so that nothing is silently rounded; round first with
// RoundUpCents where the provider allows only cents.
func (a Amount) String() string {
	return a.d.StringFixed(int32(max(minPlaces, a.DecimalPlaces())))
}

// Format is the form for tables and messages: thousands separated by commas
// and at least two decimals ("1,234.50").
func (a Amount) Format() string {
	plain := a.String()
	sign := ""
	if strings.HasPrefix(plain, "-") {
		sign, plain = "-", plain[1:]
	}
	whole, frac, _ := strings.Cut(plain, ".")
	return sign + groupThousands(whole) + "." + frac
}

// groupThousands inserts a comma every three digits from the right.
func groupThousands(digits string) string {
	var b strings.Builder
	lead := len(digits) % 3
	if lead == 0 {
		lead = 3
	}
	b.WriteString(digits[:lead])
	for i := lead; i < len(digits); i += 3 {
		b.WriteByte(',')
		b.WriteString(digits[i : i+3])
	}
	return b.String()
}

// Add returns a + b, exactly.
func (a Amount) Add(b Amount) Amount { return Amount{d: a.d.Add(b.d)} }

// Cmp returns -1, 0 or +1 as a is less than, equal to or greater than b.
// 1.5 and 1.50 are equal.
func (a Amount) Cmp(b Amount) int { return a.d.Cmp(b.d) }

// Equal reports whether a and b are the same amount (1.5 equals 1.50).
func (a Amount) Equal(b Amount) bool { return a.d.Equal(b.d) }

// IsZero reports whether the amount is 0.
func (a Amount) IsZero() bool { return a.d.IsZero() }

// IsPositive reports whether the amount is greater than 0.
func (a Amount) IsPositive() bool { return a.d.IsPositive() }

// Sum adds amounts exactly; the sum of nothing is 0.00.
func Sum(amounts ...Amount) Amount {
	var total Amount
	for _, a := range amounts {
		total = total.Add(a)
	}
	return total
}

// IsCanonical reports whether s is already an amount's canonical wire form
// (String's output): an optional "-", digits without leading zeros, a dot
// and two decimals or more without trailing zeros, not negative zero. Printers use it to skip
// parsing amounts a provider already sent that way.
func IsCanonical(s string) bool {
	if strings.HasPrefix(s, "-") {
		s = s[1:]
		if strings.Trim(s, "0.") == "" {
			return false // -0.00 prints as 0.00
		}
	}
	whole, frac, ok := strings.Cut(s, ".")
	if !ok || whole == "" || len(frac) < 2 || (len(whole) > 1 && whole[0] == '0') || (len(frac) > 2 && frac[len(frac)-1] == '0') {
		return false
	}
	return onlyDigits(whole) && onlyDigits(frac) && len(whole) <= maxWireIntegerDigits && len(frac) <= maxWireDecimals
}

func onlyDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
