package cfdi

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzParse: Parse never panics, fails only with *Error (or a read error),
// and what it accepts has a supported version and a namespace that goes
// with it; Validate and PaymentRequest never panic on it either.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*"))
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(`<cfdi:Comprobante xmlns:cfdi="http://www.sat.gob.mx/cfd/4" Version="4.0" SubTotal="1" Total="1"/>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		inv, err := Parse(strings.NewReader(string(data)))
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("Parse error of type %T: %v", err, err)
			}
			return
		}
		switch {
		case inv.Version == "3.3" && inv.Namespace == Namespace33, inv.Version == "4.0" && inv.Namespace == Namespace40:
		default:
			t.Fatalf("accepted version %q in namespace %q", inv.Version, inv.Namespace)
		}
		if err := inv.Validate(); err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("Validate error of type %T", err)
			}
		}
		if req, err := inv.PaymentRequest(); err == nil && (req.Folio == "" || !req.Total.Equal(inv.Total)) {
			t.Fatalf("PaymentRequest = %+v from %+v", req, inv)
		}
	})
}
