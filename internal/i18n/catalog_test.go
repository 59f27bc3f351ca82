package i18n

import (
	"slices"
	"testing"
)

// Every Spanish message must have the same format verbs as its id, in the
// same order, or the Spanish output garbles (or leaks "%!s(MISSING)").
func TestCatalogVerbsMatch(t *testing.T) {
	for _, e := range append(spanish(), english()...) {
		want := verbs(e.key)
		forms := []string{e.msg}
		if e.one != "" {
			forms = []string{e.one, e.other}
		}
		for _, form := range forms {
			if got := verbs(form); !slices.Equal(got, want) {
				t.Errorf("%q → %q: verbs %v, want %v", e.key, form, got, want)
			}
		}
	}
}

// A plural message needs forms in both languages, and a message listed by
// two areas (a word both Facti and the ledger show) says the same in both.
func TestCatalogsAgree(t *testing.T) {
	es := map[string]entry{}
	for _, e := range spanish() {
		if was, dup := es[e.key]; dup && was != e {
			t.Errorf("%q is twice in the Spanish catalog, as %q and %q", e.key, was.msg+was.other, e.msg+e.other)
		}
		es[e.key] = e
	}
	for _, e := range english() {
		s, ok := es[e.key]
		if !ok {
			t.Errorf("%q has English forms and no Spanish entry", e.key)
			continue
		}
		if (e.one != "") != (s.one != "") {
			t.Errorf("%q is plural in one language only", e.key)
		}
	}
	for _, e := range spanish() {
		if e.one != "" {
			found := false
			for _, en := range english() {
				found = found || en.key == e.key
			}
			if !found {
				t.Errorf("%q has Spanish plural forms and no English ones", e.key)
			}
		}
	}
}
