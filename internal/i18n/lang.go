// Package i18n holds the message catalogs of mxpay (Spanish and English)
// and chooses the language people read. Only people read it: JSON, JSONL,
// CSV, tables written to a pipe, exit codes and files never change with the
// language.
//
// A message's id is its English text, a fmt format ("Charge MXN %s to %s?"),
// so the code stays readable and English needs no catalog of its own except
// for plural forms. The Spanish catalog (catalog_es.go) has an entry for
// every message; catalog_test.go fails when one is missing on either side or
// when the two use different format verbs.
//
// Counts printed with %d are grouped the locale's way (1,500); ids, years
// and ports must be passed as strings so they never are.
package i18n

import "strings"

// Lang is a language people can read mxpay in.
type Lang string

const (
	English Lang = "en"
	Spanish Lang = "es"
)

// Parse reads a language setting (MXPAY_LANG, the profile's lang): "es",
// "en" or a locale name such as es_MX.UTF-8. ok is false for anything else.
func Parse(v string) (Lang, bool) {
	v = strings.ToLower(strings.TrimSpace(v))
	switch {
	case v == "":
		return "", false
	case v == "es" || strings.HasPrefix(v, "es_") || strings.HasPrefix(v, "es-") || strings.HasPrefix(v, "es."):
		return Spanish, true
	case v == "en" || strings.HasPrefix(v, "en_") || strings.HasPrefix(v, "en-") || strings.HasPrefix(v, "en."):
		return English, true
	}
	return "", false
}

// FromLocale is the language of the POSIX locale: the first of LC_ALL,
// LC_MESSAGES and LANG that is set (and not empty) decides; Spanish when it
// starts with "es", English otherwise (C, POSIX, en_US.UTF-8, fr_FR…).
func FromLocale(lookupEnv func(string) (string, bool)) Lang {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v, ok := lookupEnv(name); ok && v != "" {
			if strings.HasPrefix(strings.ToLower(v), "es") {
				return Spanish
			}
			return English
		}
	}
	return English
}

// Choose applies the override (MXPAY_LANG or the profile's lang, already
// resolved by the one precedence rule) and falls back to the locale.
func Choose(override string, lookupEnv func(string) (string, bool)) Lang {
	if l, ok := Parse(override); ok {
		return l
	}
	return FromLocale(lookupEnv)
}
