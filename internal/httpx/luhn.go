package httpx

import "strings"

// Card numbers have 13 to 19 digits and pass the Luhn check.
const (
	minCardDigits = 13
	maxCardDigits = 19
)

// maskCardNumbers masks every run of 13–19 digits that passes the Luhn
// check and stands alone: a run glued to letters is part of an id (Sync's
// 24-hex ids have long digit runs, 5e17ca000000000000000000), never a card
// as anyone writes one; a %-escape before it (%3D4111…) is punctuation.
// About one in ten standalone runs that are not cards (a CLABE, a
// millisecond timestamp) is masked too; in a trace that is the safe side to
// err on.
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
		if run := s[i:j]; len(run) >= minCardDigits && len(run) <= maxCardDigits && standsAlone(s, i, j) && passesLuhn(run) {
			b.WriteString(s[last:i])
			b.WriteString(mask)
			last = j
		}
		i = j
	}
	if last == 0 {
		return maskGroupedCards(s)
	}
	b.WriteString(s[last:])
	return maskGroupedCards(b.String())
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isLetter(c byte) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }

// standsAlone reports whether s[i:j] is not glued to a letter, counting a
// %XX escape just before it as a delimiter.
func standsAlone(s string, i, j int) bool {
	if j < len(s) && isLetter(s[j]) {
		return false
	}
	if i == 0 || !isLetter(s[i-1]) {
		return true
	}
	return i >= 3 && s[i-3] == '%' && isHex(s[i-2]) && isHex(s[i-1])
}

func isHex(c byte) bool { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') }

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

// isCardNumber is the card rule for a run of digits: 13–19 passing Luhn.
func isCardNumber(digits string) bool {
	return len(digits) >= minCardDigits && len(digits) <= maxCardDigits && passesLuhn(digits)
}

// maskGroupedCards masks card numbers written in groups ("4111 1111 1111
// 1111", "4111-1111-…"), which the rule for runs of digits does not
// see: every stretch of consecutive groups (separated by
// one space or dash) whose digits form a card number is masked.
func maskGroupedCards(s string) string {
	type group struct{ start, end int }
	var groups []group
	var out []byte
	last := 0
	flush := func() {
		for i := range groups {
			digits := ""
			for j := i; j < len(groups); j++ {
				digits += s[groups[j].start:groups[j].end]
				if j > i && isCardNumber(digits) {
					if out == nil {
						out = make([]byte, 0, len(s))
					}
					if groups[i].start >= last {
						out = append(out, s[last:groups[i].start]...)
						out = append(out, mask...)
						last = groups[j].end
					} else if groups[j].end > last {
						last = groups[j].end // extends a masked stretch
					}
				}
			}
		}
		groups = groups[:0]
	}
	for i := 0; i < len(s); {
		if !isDigit(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if n := len(groups); n > 0 && (i-groups[n-1].end != 1 || (s[i-1] != ' ' && s[i-1] != '-')) {
			flush()
		}
		groups = append(groups, group{i, j})
		i = j
	}
	flush()
	if out == nil {
		return s
	}
	return string(append(out, s[last:]...))
}
