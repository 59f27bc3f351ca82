package sync

import (
	"strings"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/cfdi"
)

// TestInvoicesAreValidAndAddUp: every emulated CFDI, issued or received,
// of any amount, is a valid 4.0 income invoice whose Total is the amount;
// the issued ones are the demo company's, to a demo customer, and make a
// payment request.
func TestInvoicesAreValidAndAddUp(t *testing.T) {
	sd := seeded{base: "cred-1"}
	for k, amount := range []int64{116, 399, 100, 500000, 123457, -2500, -116} {
		xml := invoiceXML(sd, 0, k, amount, time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC), "6F1C2D3E-4B5A-4C6D-8E7F-90A1B2C3D4E5")
		inv, err := cfdi.Parse(strings.NewReader(xml))
		if err != nil {
			t.Fatalf("amount %d: %v\n%s", amount, err, xml)
		}
		if err := inv.Validate(); err != nil {
			t.Errorf("amount %d: %v\n%s", amount, err, xml)
		}
		if want := string(cents(max(amount, -amount))); inv.Total.String() != want {
			t.Errorf("amount %d: Total %s, want %s", amount, inv.Total, want)
		}
		if amount > 0 {
			req, err := inv.PaymentRequest()
			if err != nil || req.IssuerRFC != demoCompany.RFC || req.Folio == "" || req.ReceiverName == "" || len(req.Concepts) == 0 {
				t.Errorf("amount %d: request %+v, %v", amount, req, err)
			}
		} else if inv.Receptor.Rfc != demoCompany.RFC {
			t.Errorf("amount %d: a received invoice is to %s", amount, inv.Receptor.Rfc)
		}
	}
}
