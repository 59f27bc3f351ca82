package sync

import (
	"testing"

	"github.com/mxpay/mxpay/internal/i18n"
)

// The explanations of final job codes and the nouns of progress bars are
// not literals at their call: each must still have Spanish.
func TestJobCodeExplanationsHaveSpanish(t *testing.T) {
	for code, why := range explanations {
		if !i18n.Has(why) {
			t.Errorf("code %d: no Spanish for %q", code, why)
		}
	}
	for code := 500; code < 600; code++ {
		if why := providerExplanation(code); !i18n.Has(why) {
			t.Errorf("code %d: no Spanish for %q", code, why)
		}
	}
	for _, noun := range []string{"users", "sites", "account types", "attachment types", "countries", "organizations", "attachments",
		"downloaded", "skipped", "failed", "unknown"} {
		if !i18n.Has(noun) {
			t.Errorf("no Spanish for %q", noun)
		}
	}
}
