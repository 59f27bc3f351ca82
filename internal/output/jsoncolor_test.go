package output

import (
	"regexp"
	"strings"
	"testing"
)

var ansi = regexp.MustCompile("\x1b\\[[0-9;]*m")

func TestJSONColorWriterColorsWithoutChangingAByte(t *testing.T) {
	in := "{\n  \"id\": \"pay_1\",\n  \"amount\": 1234.50,\n  \"ok\": true,\n  \"none\": null,\n  \"esc\": \"a\\\"b:\",\n  \"list\": [1e2, -3, \"x\"]\n}\n"
	// Every way of splitting the text into writes gives the same result.
	var whole string
	for _, chunk := range []int{len(in), 1, 2, 7} {
		var out strings.Builder
		c := &jsonColorWriter{w: &out}
		for i := 0; i < len(in); i += chunk {
			if _, err := c.Write([]byte(in[i:min(len(in), i+chunk)])); err != nil {
				t.Fatal(err)
			}
		}
		if err := c.end(); err != nil {
			t.Fatal(err)
		}
		got := out.String()
		if plain := ansi.ReplaceAllString(got, ""); plain != in {
			t.Fatalf("chunk %d: the text changed:\n%q\nwant\n%q", chunk, plain, in)
		}
		if whole == "" {
			whole = got
		} else if got != whole {
			t.Errorf("chunk %d colors differently:\n%q\n%q", chunk, got, whole)
		}
	}
	for _, want := range []string{
		jsonKeyColor + `"id"` + colorReset + ": " + jsonStringColor + `"pay_1"` + colorReset,
		jsonNumberColor + "1234.50" + colorReset,
		jsonBoolColor + "true" + colorReset,
		jsonNullColor + "null" + colorReset,
		jsonStringColor + `"a\"b:"` + colorReset,
		jsonNumberColor + "-3" + colorReset,
	} {
		if !strings.Contains(whole, want) {
			t.Errorf("missing %q in\n%q", want, whole)
		}
	}
}

func TestJSONIsColoredOnlyOnATerminalWithColor(t *testing.T) {
	for _, tt := range []struct {
		tty, color, want bool
	}{{true, true, true}, {true, false, false}, {false, true, false}} {
		for _, jq := range []string{"", "."} {
			ios, out, _ := testStreams(tt.tty)
			ios.SetColorEnabled(tt.color)
			opts := Options{Format: "json", JQ: jq}
			if err := printList(ios, opts, paymentColumns(), paymentRaw, samplePayments()); err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(out.String(), "\x1b["); got != tt.want {
				t.Errorf("list jq=%q tty=%v color=%v: colored %v, want %v:\n%q", jq, tt.tty, tt.color, got, tt.want, out.String())
			}
			ios, out, _ = testStreams(tt.tty)
			ios.SetColorEnabled(tt.color)
			if err := PrintObject(ios, opts, paymentColumns(), paymentRaw, samplePayments()[0]); err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(out.String(), "\x1b["); got != tt.want {
				t.Errorf("object jq=%q tty=%v color=%v: colored %v, want %v:\n%q", jq, tt.tty, tt.color, got, tt.want, out.String())
			}
		}
	}
}
