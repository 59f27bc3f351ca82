package output

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/mxpay/mxpay/internal/i18n"
)

// answer is a row whose columns' header and words are catalog messages
// (any will do: these are the prompts').
type answer struct{ ID, Reply string }

func answerColumns() []Column[answer] {
	return []Column[answer]{
		{Name: "id", Header: "ID", Value: func(a answer) string { return a.ID }},
		{Name: "reply", Header: "Yes", Value: func(a answer) string { return a.Reply }, Words: true},
	}
}

func spanishStreams(stdoutTTY bool) (*IOStreams, *strings.Builder) {
	ios, out, _ := testStreams(stdoutTTY)
	es := i18n.New(i18n.Spanish)
	ios.SetPrinter(func() *i18n.Printer { return es })
	return ios, out
}

// On a terminal the headers and the words columns read Spanish; a piped
// table, csv and json keep English, byte for byte.
func TestTablesSpeakTheReadersLanguageOnlyOnATerminal(t *testing.T) {
	rows := []answer{{ID: "1", Reply: "Yes"}, {ID: "2", Reply: "No"}}
	raw := func(a answer) json.RawMessage { b, _ := json.Marshal(a); return b }

	ios, out := spanishStreams(true)
	if err := printList(ios, Options{}, answerColumns(), raw, rows); err != nil {
		t.Fatal(err)
	}
	if lines := strings.Split(out.String(), "\n"); !strings.HasPrefix(lines[0], "ID  Sí") || !strings.HasPrefix(lines[2], "1   Sí") || !strings.HasPrefix(lines[3], "2   No") {
		t.Errorf("terminal table:\n%s", out)
	}

	for format, want := range map[string]string{
		"":      "1\tYes\n2\tNo\n",
		"csv":   "id,reply\n1,Yes\n2,No\n",
		"jsonl": "{\"ID\":\"1\",\"Reply\":\"Yes\"}\n{\"ID\":\"2\",\"Reply\":\"No\"}\n",
	} {
		ios, out := spanishStreams(false)
		if err := printList(ios, Options{Format: format}, answerColumns(), raw, rows); err != nil {
			t.Fatal(err)
		}
		if out.String() != want {
			t.Errorf("-o %q piped: %q, want %q", format, out, want)
		}
	}

	// One object: "Header: value" lines on a terminal, name<TAB>value piped.
	ios, out = spanishStreams(true)
	if err := PrintObject(ios, Options{}, answerColumns(), raw, rows[0]); err != nil {
		t.Fatal(err)
	}
	if out.String() != "ID: 1\nSí: Sí\n" {
		t.Errorf("terminal object: %q", out)
	}
	ios, out = spanishStreams(false)
	if err := PrintObject(ios, Options{}, answerColumns(), raw, rows[0]); err != nil {
		t.Fatal(err)
	}
	if out.String() != "id\t1\nreply\tYes\n" {
		t.Errorf("piped object: %q", out)
	}
}

// The note about hidden columns and the totals under a terminal table are
// in the reader's language; English reads as before.
func TestNoticesInTheReadersLanguage(t *testing.T) {
	es := i18n.New(i18n.Spanish)
	if got := hiddenNote(es, []string{"status"}, 80); got != "Nota: la columna status se oculta para caber en 80 columnas; elige las columnas con --fields." {
		t.Errorf("Spanish note: %q", got)
	}
	if got := hiddenNote(nil, []string{"a", "b"}, 80); got != "Note: columns a, b are hidden to fit 80 columns; choose the columns with --fields." {
		t.Errorf("English note: %q", got)
	}
}
