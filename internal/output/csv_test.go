package output

import (
	"testing"
)

func TestCSVQuoting(t *testing.T) {
	items := []payment{
		{ID: "a,b", Amount: `say "hi"`, Status: "line1\nline2"},
		{ID: " lead", Amount: "", Status: "plain"},
	}
	ios, out, _ := testStreams(true)
	if err := printList(ios, Options{Format: "csv"}, paymentColumns(), paymentRaw, items); err != nil {
		t.Fatal(err)
	}
	want := "id,amount,status\n" +
		`"a,b","say ""hi""","line1` + "\n" + `line2"` + "\n" +
		`" lead",,plain` + "\n"
	if out.String() != want {
		t.Errorf("got %q, want %q", out.String(), want)
	}
}
