package pagofacil

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/mxpay/mxpay/internal/i18n"
)

// Card brands PagoFácil accepts, named as its TipoTC field names them.
const (
	BrandVisa       = "Visa"
	BrandMastercard = "Master Card"
	BrandAmex       = "American Express"
)

// Card is a validated payment card. Its fields are unexported and every way
// of printing it (String, GoString, %v, %+v, %#v, JSON, text marshalling)
// shows only the brand and the last four digits, so a card that reaches a
// log line, an error or a debug dump by mistake cannot leak its number or CVV.
type Card struct {
	// The number and CVV sit behind a pointer: fmt cannot call Format on an
	// unexported Card field of some other struct, but it prints a nested
	// pointer as an address, so even then they do not show.
	secret   *cardSecret
	last4    string
	expMonth int // 1–12
	expYear  int // two digits, as the wire wants them
	brand    string
}

type cardSecret struct {
	number string
	cvv    string
}

// NewCard checks a card as typed: digits (spaces and dashes are dropped from
// the number), Luhn, a brand PagoFácil takes (Visa, Mastercard, American
// Express), the brand's length and CVV length (4 for Amex, else 3), and an
// expiry month/year that is not in the past at now. The error names the
// field but never repeats the number or the CVV.
func NewCard(number, cvv, expMonth, expYear string, now time.Time) (Card, error) {
	var errs FieldErrors
	digits := strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' {
			return -1
		}
		return r
	}, strings.TrimSpace(number))
	brand := ""
	switch {
	case digits == "":
		errs.AddError("numeroTarjeta", i18n.Errorf("the card number is empty"))
	case !allDigits(digits):
		errs.AddError("numeroTarjeta", i18n.Errorf("the card number must contain digits only"))
	default:
		brand = brandOf(digits)
		want := 16
		if brand == BrandAmex {
			want = 15
		}
		switch {
		case brand == "":
			errs.AddError("numeroTarjeta", i18n.Errorf("only Visa, Mastercard and American Express cards are accepted"))
		case len(digits) != want && !(brand == BrandVisa && len(digits) == 13):
			errs.AddError("numeroTarjeta", i18n.Errorf("a %s number has %d digits, this one has %d", brand, want, len(digits)))
		case !luhnValid(digits):
			errs.AddError("numeroTarjeta", i18n.Errorf("the card number is mistyped (its check digit is wrong)"))
		}
	}
	cvv = strings.TrimSpace(cvv)
	wantCVV := 3
	if brand == BrandAmex {
		wantCVV = 4
	}
	if !allDigits(cvv) || len(cvv) != wantCVV {
		errs.AddError("cvt", i18n.Errorf("the security code (CVV) must be %d digits", wantCVV))
	}
	month, mErr := strconv.Atoi(strings.TrimSpace(expMonth))
	if mErr != nil || month < 1 || month > 12 || len(strings.TrimSpace(expMonth)) > 2 {
		errs.AddError("mesExpiracion", i18n.Errorf("the expiry month must be 01 to 12"))
	}
	year, yErr := parseExpYear(expYear)
	if yErr != nil {
		errs.AddError("anyoExpiracion", yErr)
	}
	if mErr == nil && yErr == nil && month >= 1 && month <= 12 {
		// A card is valid through the last day of its expiry month.
		cur := (now.Year()%100)*12 + int(now.Month())
		if year*12+month < cur {
			errs.AddError("anyoExpiracion", i18n.Errorf("the card expired in %02d/%02d", month, year))
		}
	}
	if len(errs) > 0 {
		return Card{}, &LocalValidationError{Fields: errs}
	}
	return Card{secret: &cardSecret{number: digits, cvv: cvv}, last4: digits[len(digits)-4:], expMonth: month, expYear: year, brand: brand}, nil
}

// parseExpYear takes YY or YYYY and returns YY.
func parseExpYear(s string) (int, error) {
	s = strings.TrimSpace(s)
	if !allDigits(s) || (len(s) != 2 && len(s) != 4) {
		return 0, i18n.Errorf("the expiry year must be YY or YYYY")
	}
	y, _ := strconv.Atoi(s)
	if len(s) == 4 {
		if y < 2000 || y > 2099 {
			return 0, i18n.Errorf("the expiry year must be between 2000 and 2099")
		}
		y -= 2000
	}
	return y, nil
}

// brandOf recognises the brand from the leading digits (IIN ranges).
func brandOf(d string) string {
	switch {
	case strings.HasPrefix(d, "4"):
		return BrandVisa
	case strings.HasPrefix(d, "34"), strings.HasPrefix(d, "37"):
		return BrandAmex
	}
	if len(d) >= 4 {
		p2, _ := strconv.Atoi(d[:2])
		p4, _ := strconv.Atoi(d[:4])
		if (p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720) {
			return BrandMastercard
		}
	}
	return ""
}

func luhnValid(d string) bool {
	sum := 0
	double := false
	for i := len(d) - 1; i >= 0; i-- {
		n := int(d[i] - '0')
		if double {
			n *= 2
			if n > 9 {
				n -= 9
			}
		}
		sum += n
		double = !double
	}
	return sum%10 == 0
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Brand is "Visa", "Master Card" or "American Express".
func (c Card) Brand() string { return c.brand }

// Last4 is the last four digits of the number.
func (c Card) Last4() string { return c.last4 }

// Masked is the only form of a card mxpay shows: brand and last four digits.
func (c Card) Masked() string {
	if c.secret == nil {
		return "(no card)"
	}
	return c.brand + " ****" + c.Last4()
}

// IsZero reports whether c holds no card.
func (c Card) IsZero() bool { return c.secret == nil }

func (c Card) String() string   { return c.Masked() }
func (c Card) GoString() string { return "pagofacil.Card{" + c.Masked() + "}" }

// Format makes every verb (%v, %+v, %#v, %s, %q, %x …) print the masked form.
func (c Card) Format(f fmt.State, verb rune) {
	switch verb {
	case 'q':
		fmt.Fprintf(f, "%q", c.Masked())
	case 'v':
		if f.Flag('#') {
			f.Write([]byte(c.GoString()))
			return
		}
		f.Write([]byte(c.Masked()))
	default:
		f.Write([]byte(c.Masked()))
	}
}

// MarshalJSON writes only the brand and last four digits.
func (c Card) MarshalJSON() ([]byte, error) {
	return fmt.Appendf(nil, `{"brand":%q,"last4":%q}`, c.brand, c.Last4()), nil
}

// MarshalText is the masked form, for encoders that prefer text (YAML, logs).
func (c Card) MarshalText() ([]byte, error) { return []byte(c.Masked()), nil }

// wireFields are the card's form fields; only the client's request encoder
// calls it.
func (c Card) wireFields() map[string]string {
	if c.secret == nil {
		return nil
	}
	return map[string]string{
		"numeroTarjeta":  c.secret.number,
		"cvt":            c.secret.cvv,
		"mesExpiracion":  fmt.Sprintf("%02d", c.expMonth),
		"anyoExpiracion": fmt.Sprintf("%02d", c.expYear),
	}
}
