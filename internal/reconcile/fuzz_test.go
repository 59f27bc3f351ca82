package reconcile

import (
	"context"
	"strings"
	"testing"
)

// FuzzReferences: bank text of any shape never makes Run panic, and a
// match by reference is only made when the reference's characters are in
// the text, in order and bounded (never inside a longer number).
func FuzzReferences(f *testing.F) {
	for _, s := range []string{"REF " + bankRef, "3800 1000 0000 0963 0622 9", "DEP.REF" + bankRef + "X", "1" + bankRef, "ñ€\x00-- -", ""} {
		f.Add(s, "")
	}
	f.Fuzz(func(t *testing.T, description, reference string) {
		reqs := []Request{req("R1", "10.00", bankRef), req("R2", "10.00", "646180109301000010")}
		tx := Transaction{ID: "T1", Amount: amt("10.00"), Date: day(1), Description: description, Reference: reference}
		r, err := Run(context.Background(), seq(reqs...), seq(tx), Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range r.Matched {
			if m.Rule == ByAmount {
				continue
			}
			text := string(normaliseReference(nil, description+" "+reference))
			want := string(normaliseReference(nil, m.Request.References[0]))
			if !strings.Contains(text, want) {
				t.Fatalf("matched %s by reference, but %q is not in %q", m.Request.ID, want, text)
			}
		}
	})
}
