package money

import "testing"

// A refused amount's problem is a catalog message: its fixed words are the
// id and what to write is an argument, and it reads exactly as before.
func TestParseErrorMessageKeyRebuildsTheMessage(t *testing.T) {
	for _, in := range []string{"1,500.50", "$1,234.50", "12,50", "", "-5", "+5", "1e3", "1.2.3", "12abc", ".5", "5.", "1 500", "12#"} {
		_, err := Parse(in)
		pe, ok := err.(*ParseError)
		if !ok {
			t.Fatalf("Parse(%q): %v", in, err)
		}
		key, args := pe.MessageKey()
		if key != "invalid amount %q: %v" {
			t.Fatalf("key %q", key)
		}
		prob := args[1].(message)
		if got := prob.Error(); got != pe.Problem {
			t.Errorf("Parse(%q): rebuilt problem %q, want %q", in, got, pe.Problem)
		}
	}
}
