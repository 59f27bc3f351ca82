package cmdutil

import (
	"sort"
	"strings"
)

// andList is words joined as a sentence does ("a, b and c"), as a message
// argument: shown as an error argument, it is joined in the reader's
// language ("a, b y c").
type andList []string

func (l andList) Error() string { return joinAnd(l) }

// MessageKey joins the last two words with the catalog's "and".
func (l andList) MessageKey() (string, []any) {
	if len(l) < 2 {
		return "%s", []any{joinAnd(l)}
	}
	return "%s and %s", []any{strings.Join(l[:len(l)-1], ", "), l[len(l)-1]}
}

// joinAnd joins words as a sentence does: "a", "a and b", "a, b and c".
func joinAnd(words []string) string {
	switch len(words) {
	case 0:
		return ""
	case 1:
		return words[0]
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}

func sourceList(set map[string]bool) string {
	var out []string
	for s := range set {
		out = append(out, s)
	}
	sort.Strings(out)
	return strings.Join(out, "+")
}
