package i18n

import (
	"errors"
	"fmt"
	"slices"
	"testing"
)

func TestPluralForms(t *testing.T) {
	es, en := New(Spanish), New(English)
	for _, tt := range []struct {
		p    *Printer
		n    int
		want string
	}{
		{es, 1, "1 fila"}, {es, 3, "3 filas"}, {es, 0, "0 filas"}, {es, 1500, "1,500 filas"},
		{en, 1, "1 row"}, {en, 3, "3 rows"},
	} {
		if got := tt.p.T("%d row(s)", tt.n); got != tt.want {
			t.Errorf("%s %d: %q, want %q", tt.p.Lang(), tt.n, got, tt.want)
		}
	}
}

func TestUnknownMessagePrintsItsID(t *testing.T) {
	if got := New(Spanish).T("no such message %s", "x"); got != "no such message x" {
		t.Errorf("got %q", got)
	}
	var nilPrinter *Printer
	if got := nilPrinter.T("plain %s", "English"); got != "plain English" {
		t.Errorf("nil printer: %q", got)
	}
}

func TestLocalizeWalksWrappedMessages(t *testing.T) {
	inner := Errorf("%d row(s)", 2)
	outer := Errorf("reading: %w", inner)
	if !errors.Is(outer, inner) {
		t.Fatal("Errorf does not wrap with %w")
	}
	if got := outer.Error(); got != "reading: 2 row(s)" {
		t.Errorf("English message %q", got)
	}
	if got := Localize(outer, New(Spanish)); got != "reading: 2 filas" {
		t.Errorf("Spanish message %q", got)
	}
	plain := fmt.Errorf("context: %w", inner)
	if got := Localize(plain, New(Spanish)); got != plain.Error() {
		t.Errorf("a wrapper with words of its own keeps them: %q", got)
	}
}

func TestVerbs(t *testing.T) {
	got := fmt.Sprint(verbs("100%% of %s, %-8d and %.2f%v"))
	if got != "[%s %-8d %.2f %v]" {
		t.Errorf("verbs = %s", got)
	}
}

func TestTextLeavesForeignTextAlone(t *testing.T) {
	es := New(Spanish)
	if got := es.Text("100% sure"); got != "100% sure" {
		t.Errorf("Text garbled a %% sign: %q", got)
	}
	if got := es.Text("%d row(s)"); got != "%d row(s)" {
		t.Errorf("Text formatted a format: %q", got)
	}
}

// A wrapping message ("…: %w") is found in the catalog when an error is
// shown, where %w has become %v.
func TestWrappedErrorsAreTranslated(t *testing.T) {
	for _, e := range spanish() {
		if e.one != "" || !slices.Equal(verbs(e.key), []string{"%w"}) {
			continue
		}
		err := Errorf(e.key, errors.New("x"))
		if got, want := Localize(err, New(Spanish)), fmt.Sprintf(plainVerbs(e.msg), "x"); got != want {
			t.Errorf("Localize(%q) = %q, want %q", e.key, got, want)
		}
		return
	}
	t.Fatal("no message of the catalog wraps an error")
}
