package i18n

import (
	"fmt"
	"io"
	"strings"
	"sync"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// Printer formats messages in one language. The catalogs are built on the
// first message printed, not at start-up: `mxpay version` never pays for
// them. A nil *Printer prints English.
type Printer struct {
	lang Lang
	once sync.Once
	p    *message.Printer
}

// New returns a Printer for lang.
func New(lang Lang) *Printer {
	if lang != Spanish {
		lang = English
	}
	return &Printer{lang: lang}
}

// Lang is the printer's language.
func (p *Printer) Lang() Lang {
	if p == nil {
		return English
	}
	return p.lang
}

// T formats the message whose id is key with args, in p's language.
func (p *Printer) T(key string, args ...any) string {
	if p == nil {
		return fmt.Sprintf(key, args...)
	}
	p.init()
	return p.p.Sprintf(key, args...)
}

func (p *Printer) init() {
	p.once.Do(func() { p.p = message.NewPrinter(tagOf(p.lang), message.Catalog(catalogs[p.lang]())) })
}

// Text translates a text that is not a format: a command's Short, Long
// and Example, a flag's usage, a group title, a hint built elsewhere. It is
// looked up verbatim (its % signs are its own) and returned as it is when
// the catalog lacks it.
func (p *Printer) Text(msg string) string {
	if p == nil || p.lang != Spanish {
		return msg
	}
	if t, ok := spanishTexts()[msg]; ok && !t.plural {
		return t.msg
	}
	return msg
}

// Has reports whether the Spanish catalog has key: tests use it to find
// text shown to people that nobody translated.
func Has(key string) bool {
	_, ok := spanishTexts()[key]
	return ok
}

// spanishTexts is the Spanish catalog as a plain map, for Text: help is
// printed without building the x/text catalogs.
var spanishTexts = sync.OnceValue(func() map[string]text {
	entries := spanish()
	m := make(map[string]text, len(entries))
	for _, e := range entries {
		m[e.key] = text{msg: e.msg, plural: e.one != ""}
	}
	return m
})

// text is a Spanish catalog entry for Text; plural ones are formats, never
// shown verbatim.
type text struct {
	msg    string
	plural bool
}

// Fprintf writes the message whose id is key to w.
func (p *Printer) Fprintf(w io.Writer, key string, args ...any) (int, error) {
	return io.WriteString(w, p.T(key, args...))
}

// mexicanSpanish is the Spanish operators in Mexico read (es-MX: 1,500.50).
var mexicanSpanish = language.MustParse("es-MX")

func tagOf(l Lang) language.Tag {
	if l == Spanish {
		return mexicanSpanish
	}
	return language.English
}

// tr is the catalog entry translating key as msg.
func tr(key, msg string) entry { return entry{key: key, msg: msg} }

// entry is one message of a catalog: a translation, or plural forms.
type entry struct {
	key        string
	msg        string // the translation, when not plural
	one, other string // plural forms, selected by the first argument
}

// pluralOf builds the catalog entry of a message whose first argument is a
// count: one for exactly 1, other for the rest.
func pluralOf(key, one, other string) entry { return entry{key: key, one: one, other: other} }

// catalogs are built per language on first use: an English run builds
// only its few plural forms, never the Spanish catalog.
var catalogs = map[Lang]func() catalog.Catalog{
	English: sync.OnceValue(func() catalog.Catalog { return build(language.English, english()) }),
	Spanish: sync.OnceValue(func() catalog.Catalog { return build(mexicanSpanish, spanish()) }),
}

func build(tag language.Tag, entries []entry) catalog.Catalog {
	b := catalog.NewBuilder(catalog.Fallback(tag))
	for _, e := range entries {
		// Messages are looked up as formatted, with %w read as %v
		// (Localize): store them so.
		key := plainVerbs(e.key)
		if e.one != "" {
			_ = b.Set(tag, key, plural.Selectf(1, verbOfFirst(key), "one", plainVerbs(e.one), "other", plainVerbs(e.other)))
			continue
		}
		_ = b.SetString(tag, key, plainVerbs(e.msg))
	}
	return b
}

// verbOfFirst is the verb of a message's first argument, which plural
// selection reads ("%d" in "%d row(s)").
func verbOfFirst(key string) string {
	if v := verbs(key); len(v) > 0 {
		return v[0]
	}
	return "%d"
}

// verbs lists the format verbs of a message in order ("%s", "%d", "%v"…),
// ignoring %%; flags and widths are kept ("%-8s").
func verbs(format string) []string {
	var out []string
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		j := i + 1
		for j < len(format) && strings.ContainsRune("+-# 0123456789.*[]", rune(format[j])) {
			j++
		}
		if j < len(format) {
			if format[j] != '%' {
				out = append(out, format[i:j+1])
			}
			i = j
		}
	}
	return out
}
