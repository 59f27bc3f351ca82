package i18n

import (
	"context"
	"errors"
	"testing"
)

// A message that wraps with %w finds its Spanish entry (the catalogs are
// keyed by the id as written), and what it wraps is translated too.
func TestLocalizeFindsMessagesThatWrap(t *testing.T) {
	inner := Errorf("cancelled: nothing was sent")
	err := Errorf("prompting: %w", inner)
	if !errors.Is(err, inner) {
		t.Fatal("%w does not wrap")
	}
	if got := Localize(err, New(Spanish)); got != "al preguntar: cancelado: no se envió nada" {
		t.Errorf("Spanish: %q", got)
	}
	if got := Localize(err, New(English)); got != "prompting: cancelled: nothing was sent" {
		t.Errorf("English: %q", got)
	}
	if got := Localize(Errorf("prompt interrupted: %w", context.Canceled), New(Spanish)); got != "pregunta interrumpida: context canceled" {
		t.Errorf("an error of the standard library keeps its words: %q", got)
	}
}
