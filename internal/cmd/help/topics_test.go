package help

import (
	"testing"

	"github.com/mxpay/mxpay/internal/i18n"
)

// A topic's text is built from the settings, the secrets and the exit
// codes, and translated whole: a change to any of them must come with its
// Spanish, or `mxpay help TOPIC` would fall back to English unnoticed.
func TestEveryTopicHasSpanish(t *testing.T) {
	for _, c := range NewTopics() {
		text := Text(c.Name())
		if text == "" {
			t.Errorf("topic %s has no text", c.Name())
			continue
		}
		if !i18n.Has(text) {
			t.Errorf("topic %s: no Spanish for its text (internal/i18n/catalog_es_setup.go, setupTopics)", c.Name())
		}
		if !i18n.Has(c.Short) {
			t.Errorf("topic %s: no Spanish for %q", c.Name(), c.Short)
		}
	}
}
