package sync

import (
	"strings"
	"testing"

	syncapi "github.com/mxpay/mxpay/internal/sync"
)

var fuzzForm = []syncapi.FormField{{Name: "username", Type: "text", Required: true}, {Name: "password", Type: "password", Required: true}}

// FuzzReadFieldLines: `credentials create --stdin` never panics, takes only
// fields of the form, hands every value to the redactor before anything
// else, and never quotes a line in its errors.
func FuzzReadFieldLines(f *testing.F) {
	for _, seed := range []string{"username=test\npassword=te=st\n", "password=x\r\n\n  \nusername=y", "nope", "=x", "pin=1\n", "username=a\nusername=b\n", strings.Repeat("x", 70000)} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, in string) {
		values := map[string]string{}
		var added []string
		err := readFieldLines(strings.NewReader(in), fuzzForm, values, func(v ...string) { added = append(added, v...) })
		for name, v := range values {
			if _, ok := fieldNamed(fuzzForm, name); !ok {
				t.Fatalf("took field %q", name)
			}
			if !contains(added, v) {
				t.Fatalf("value of %s was not given to the redactor", name)
			}
		}
		// What an error may say: its templates and the form's field names.
		const vocabulary = "--stdin line : want FIELD=VALUE (the fields are username, password) names a field this form does not have " +
			"(it has username, password) field username is given twice field password is given with --set too is longer than 64 KB"
		if err != nil {
			for _, line := range strings.Split(in, "\n") {
				if len(line) >= 8 && strings.Contains(err.Error(), line) && !strings.Contains(vocabulary, line) {
					t.Fatalf("the error quotes the input: %v", err)
				}
			}
		}
	})
}

// FuzzReadValueLines: `twofa --stdin` never panics, fills fields in order
// and hands each value to the redactor.
func FuzzReadValueLines(f *testing.F) {
	for _, seed := range []string{"123456\n", " 12 \r\nxK3p\n", "", "\n\n\n", strings.Repeat("9", 70000)} {
		f.Add(seed)
	}
	twofa := []syncapi.FormField{{Name: "captcha"}, {Name: "token"}}
	f.Fuzz(func(t *testing.T, in string) {
		values := map[string]string{}
		var added []string
		err := readValueLines(strings.NewReader(in), twofa, values, func(v ...string) { added = append(added, v...) })
		if err == nil && len(values) != len(twofa) {
			t.Fatalf("%d values without an error", len(values))
		}
		for _, v := range values {
			if !contains(added, v) || v != strings.TrimSpace(v) {
				t.Fatalf("value %q", v)
			}
		}
	})
}

func contains(list []string, v string) bool {
	for _, s := range list {
		if s == v {
			return true
		}
	}
	return false
}
