package rfc

import (
	"regexp"
	"testing"
)

// The hand-written rule must agree with the SAT pattern it replaces.
var pattern = regexp.MustCompile(`^[A-ZÑ&]{3,4}[0-9]{6}[A-Z0-9]{3}$`)

func TestValidAgreesWithThePattern(t *testing.T) {
	for _, v := range []string{
		"XAXX010101000", "ACM010101ABC", "EMU190101AB1", "GODE561231GR8", "ÑAÑO010101AB1", "A&B010101AB1",
		"", "ACM01010ABC", "acm010101abc", "ACM010101AB", "ACMEX010101ABC", "ACM0101O1ABC", "ACM010101AB-", "1CM010101ABC",
		"ACM010101ABC ", "ÑÑÑÑ010101ÑAB", "\xff\xfe\xfd010101ABC",
	} {
		if got, want := Valid(v), pattern.MatchString(v); got != want {
			t.Errorf("Valid(%q) = %v, the pattern says %v", v, got, want)
		}
	}
}

func FuzzValid(f *testing.F) {
	f.Add("XAXX010101000")
	f.Add("ÑAÑO010101AB1")
	f.Fuzz(func(t *testing.T, v string) {
		if got, want := Valid(v), pattern.MatchString(v); got != want {
			t.Errorf("Valid(%q) = %v, the pattern says %v", v, got, want)
		}
	})
}
