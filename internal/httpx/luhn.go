package httpx

import "strings"

// Card numbers have 13 to 19 digits and pass the Luhn check.
const (
	minCardDigits = 13
	maxCardDigits = 19
)

// objectIDLength is the length of a MongoDB ObjectId in hex: Sync's ids
// (users, credentials, jobs, transactions) are ObjectIds.
const objectIDLength = 24

// inObjectID reports whether the digits s[i:j] lie inside a 24-character
// lower-case hex token: a Sync id, whose digits after its timestamp pass
// the Luhn check one time in ten ("6b0f42c50002000000000003"), not a card.
func inObjectID(s string, i, j int) bool {
	isHex := func(c byte) bool { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') }
	isWord := func(c byte) bool { return isHex(c) || (c >= 'A' && c <= 'Z') || (c >= 'g' && c <= 'z') || c == '_' }
	for i > 0 && isWord(s[i-1]) {
		i--
	}
	for j < len(s) && isWord(s[j]) {
		j++
	}
	if j-i != objectIDLength {
		return false
	}
	for k := i; k < j; k++ {
		if !isHex(s[k]) {
			return false
		}
	}
	return true
}

// maskCardNumbers masks every run of 13–19 digits that passes the Luhn
// check. About one in ten such runs that are not cards (a CLABE, a
// millisecond timestamp) is masked too; in a debug trace that is the safe
// side to err on.
func maskCardNumbers(s string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); {
		if !isDigit(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if run := s[i:j]; len(run) >= minCardDigits && len(run) <= maxCardDigits && passesLuhn(run) && !inObjectID(s, i, j) {
			b.WriteString(s[last:i])
			b.WriteString(mask)
			last = j
		}
		i = j
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func passesLuhn(digits string) bool {
	sum := 0
	double := false
	for i := len(digits) - 1; i >= 0; i-- {
		d := int(digits[i] - '0')
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return sum%10 == 0
}
