// Package rfc checks the shape of a Mexican RFC (Registro Federal de
// Contribuyentes), the tax id every provider and CFDI uses. It is a leaf
// package so that configuration, clients, CFDI reading and the emulator
// share one rule.
package rfc

import (
	"unicode/utf8"

	"github.com/mxpay/mxpay/internal/i18n"
)

// Generic is the SAT's generic RFC for the general public, the PHP SDK's
// default receiver.
const Generic = "XAXX010101000"

// Valid reports whether v (upper case) has the SAT's RFC shape: 3 letters
// (a company) or 4 (a person), including Ñ and &, a YYMMDD date and a
// 3-character homoclave of letters and digits. Written by hand rather than
// as a regexp so that no start-up pays for compiling one.
func Valid(v string) bool {
	runes := make([]rune, 0, 13)
	for _, r := range v {
		runes = append(runes, r)
	}
	if !utf8.ValidString(v) || (len(runes) != 12 && len(runes) != 13) {
		return false
	}
	letters := len(runes) - 9
	for _, r := range runes[:letters] {
		if !(r >= 'A' && r <= 'Z') && r != 'Ñ' && r != '&' {
			return false
		}
	}
	for _, r := range runes[letters : letters+6] {
		if r < '0' || r > '9' {
			return false
		}
	}
	for _, r := range runes[letters+6:] {
		if !(r >= 'A' && r <= 'Z') && !(r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// Check returns a message naming name when v is not an RFC.
func Check(name, v string) error {
	if !Valid(v) {
		return i18n.Errorf("%s %q is not an RFC: 12 or 13 characters, 3-4 letters, a YYMMDD date and a 3-character homoclave (e.g. %s)", name, v, Generic)
	}
	return nil
}
