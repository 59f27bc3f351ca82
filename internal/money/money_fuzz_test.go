package money

import (
	"strings"
	"testing"
)

// FuzzParse checks the promises Parse makes for any input: it never panics,
// it only accepts plain digits with at most one dot, and what it accepts
// survives a trip through String unchanged.
func FuzzParse(f *testing.F) {
	for _, seed := range []string{"1234.50", "0.01", "1,234.50", "1e3", ".5", "-1"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := Parse(s)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "invalid amount ") {
				t.Fatalf("Parse(%q) error does not say what failed: %v", s, err)
			}
			return
		}
		if strings.Count(s, ".") > 1 || strings.Trim(s, "0123456789.") != "" {
			t.Fatalf("Parse(%q) accepted something other than digits and one dot", s)
		}
		again, err := Parse(a.String())
		if err != nil {
			t.Fatalf("Parse(%q).String() = %q does not parse again: %v", s, a.String(), err)
		}
		if !again.Equal(a) {
			t.Fatalf("Parse(%q) = %s, but re-parsing gives %s", s, a, again)
		}
		if rounded, _ := a.RoundUpCents(); rounded.Cmp(a) < 0 || rounded.DecimalPlaces() > 2 {
			t.Fatalf("RoundUpCents(%s) = %s, want cents not below the amount", a, rounded)
		}
	})
}
