package prompt

import (
	"testing"
)

// Confirmations accept the answers of both languages, whatever the
// language mxpay speaks: s, si, sí, y, yes are yes; n, no are no; case
// and surrounding spaces do not matter.
func TestParseYesNoAcceptsBothLanguages(t *testing.T) {
	for answer, want := range map[string]bool{
		"s": true, "si": true, "sí": true, "y": true, "yes": true,
		"S": true, "Si": true, "SÍ": true, "Sí": true, "Y": true, "YES": true, "Yes": true, " s ": true,
		"n": false, "no": false, "N": false, "NO": false, "No": false, " no\t": false,
	} {
		got, ok := ParseYesNo(answer)
		if !ok || got != want {
			t.Errorf("ParseYesNo(%q) = %v, %v; want %v, true", answer, got, ok, want)
		}
	}
	for _, answer := range []string{"", " ", "sip", "nop", "ok", "yeah", "nel", "1", "0", "o", "sí, claro"} {
		if _, ok := ParseYesNo(answer); ok {
			t.Errorf("ParseYesNo(%q) accepted an answer that is neither", answer)
		}
	}
}
