package root

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/spf13/cobra"
)

// cobra's and pflag's errors, in their fixed English shapes, are rebuilt
// as catalog messages: English reads exactly as cobra wrote it, Spanish
// reads Spanish, and every one is a usage error (exit 2).
func TestCobraErrorsAreRebuiltAsCatalogMessages(t *testing.T) {
	cases := []struct{ cobra, spanish string }{
		{"unknown flag: --bogus", "opción desconocida: --bogus"},
		{"unknown shorthand flag: 'Z' in -Zx", "opción corta desconocida: 'Z' en -Zx"},
		{"flag needs an argument: --fields", "la opción necesita un valor: --fields"},
		{"flag needs an argument: 'o' in -o", "la opción necesita un valor: 'o' en -o"},
		{"bad flag syntax: ---x", "opción mal escrita: ---x"},
		{"accepts 1 arg(s), received 0", "acepta 1 argumento; recibió 0"},
		{"accepts 2 arg(s), received 3", "acepta 2 argumentos; recibió 3"},
		{"accepts at most 1 arg(s), received 2", "acepta como máximo 1 argumento; recibió 2"},
		{"requires at least 2 arg(s), only received 1", "requiere al menos 2 argumentos; recibió solo 1"},
		{"accepts between 1 and 2 arg(s), received 3", "acepta entre 1 y 2 argumentos; recibió 3"},
		{`required flag(s) "site", "user" not set`, `falta indicar las opciones obligatorias "site", "user"`},
		{"if any flags in the group [all limit] are set none of the others can be; [all limit] were all set", "si usas una de las opciones [all limit], no puedes usar las demás; usaste [all limit]"},
		{"if any flags in the group [a b] are set they must all be set; missing [b]", "si usas alguna de las opciones [a b], debes usarlas todas; faltan [b]"},
		{"at least one of the flags in the group [a b] is required", "se necesita al menos una de las opciones [a b]"},
		{`unknown command "x" for "mxpay"`, `comando desconocido "x" para "mxpay"`},
		{"unknown command \"fact\" for \"mxpay\"\n\nDid you mean this?\n\tfacti\n", "comando desconocido \"fact\" para \"mxpay\"\n\n¿Quisiste decir esto?\n\tfacti\n"},
	}
	es := i18n.New(i18n.Spanish)
	for _, c := range cases {
		err := cobraUsageError(errors.New(c.cobra))
		if got := err.Error(); got != c.cobra {
			t.Errorf("%q reads %q in English", c.cobra, got)
		}
		if got := i18n.Localize(err, es); got != c.spanish {
			t.Errorf("%q reads %q in Spanish, want %q", c.cobra, got, c.spanish)
		}
		if code := cmdutil.ExitCodeOf(err); code != cmdutil.ExitUsage {
			t.Errorf("%q: exit %d", c.cobra, code)
		}
	}
	other := fmt.Errorf("the provider said no")
	if cobraUsageError(other) != other {
		t.Error("an error that is not cobra's was changed")
	}
}

// A flag value refused by its type keeps pflag's words, and the cause is
// translated when it is a catalog message.
func TestInvalidFlagValuesAreTranslated(t *testing.T) {
	cmd := &cobra.Command{Use: "x"}
	var n int
	cmd.Flags().IntVar(&n, "limit", 0, "")
	err := cobraUsageError(cmd.Flags().Parse([]string{"--limit", "diez"}))
	if got := err.Error(); !strings.HasPrefix(got, `invalid argument "diez" for "--limit" flag: `) {
		t.Errorf("English: %q", got)
	}
	if got := i18n.Localize(err, i18n.New(i18n.Spanish)); !strings.HasPrefix(got, `argumento no válido "diez" para la opción "--limit": `) {
		t.Errorf("Spanish: %q", got)
	}
}

// A flag value whose own check refuses it with a catalog message reads
// fully Spanish: pflag's words and the check's.
func TestInvalidFlagValueWithACatalogCause(t *testing.T) {
	cmd := &cobra.Command{Use: "x"}
	cmd.Flags().Var(refusingValue{}, "amount", "")
	err := cobraUsageError(cmd.Flags().Parse([]string{"--amount", "x"}))
	if got, want := i18n.Localize(err, i18n.New(i18n.Spanish)), `argumento no válido "x" para la opción "--amount": se necesita una respuesta`; got != want {
		t.Errorf("Spanish: %q, want %q", got, want)
	}
	if got, want := err.Error(), `invalid argument "x" for "--amount" flag: an answer is required`; got != want {
		t.Errorf("English: %q, want %q", got, want)
	}
}

type refusingValue struct{}

func (refusingValue) String() string   { return "" }
func (refusingValue) Set(string) error { return i18n.Errorf("an answer is required") }
func (refusingValue) Type() string     { return "amount" }
