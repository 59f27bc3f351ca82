package pagofacil

import (
	"net/url"
	"strings"
)

// CardSecrets lists what a redactor must mask for card data as it was
// typed, whether or not it is valid: the number (as typed, as digits and
// grouped as printed on cards),
// the CVV, the expiry as MM/YY and MM/YYYY, and every card field exactly
// as a charge puts it on the wire (data[cvt]=739, raw and URL-encoded).
// The wire pairs matter because a CVV or a month is too short to mask on
// its own wherever it appears, yet a page that echoes the request shows
// it in just that shape. A bare expiry year is not listed: masking every
// "2030" would garble dates without protecting anything.
func CardSecrets(number, cvv, expMonth, expYear string) []string {
	number, cvv = strings.TrimSpace(number), strings.TrimSpace(cvv)
	digits := strings.NewReplacer(" ", "", "-", "").Replace(number)
	month, year := twoDigits(expMonth), twoDigits(expYear)
	out := append([]string{number, digits, cvv}, grouped(digits)...)
	if month != "" && year != "" {
		out = append(out, month+"/"+year, month+"/20"+year)
	}
	wire := map[string]string{"numeroTarjeta": digits, "cvt": cvv, "mesExpiracion": month, "anyoExpiracion": year}
	for field, value := range wire {
		if value == "" {
			continue
		}
		key := "data[" + field + "]"
		out = append(out, key+"="+value, url.QueryEscape(key)+"="+url.QueryEscape(value))
	}
	return out
}

// grouped is the number as cards print it and people paste it: 4-4-4-4
// (4-6-5 for American Express), with spaces or dashes.
func grouped(digits string) []string {
	sizes := []int{4, 4, 4, 4, 4}
	if len(digits) == 15 {
		sizes = []int{4, 6, 5}
	}
	var parts []string
	for rest, i := digits, 0; rest != "" && i < len(sizes); i++ {
		n := min(sizes[i], len(rest))
		parts, rest = append(parts, rest[:n]), rest[n:]
	}
	if len(parts) < 2 {
		return nil
	}
	return []string{strings.Join(parts, " "), strings.Join(parts, "-")}
}

// twoDigits is a month or year as the wire sends it: 8 → 08, 2029 → 29.
func twoDigits(s string) string {
	s = strings.TrimSpace(s)
	switch {
	case len(s) == 1:
		return "0" + s
	case len(s) == 4:
		return s[2:]
	}
	return s
}
