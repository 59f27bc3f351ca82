package pagofacil

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"
)

// longDigits finds runs of digits long enough to be card data.
var longDigits = regexp.MustCompile(`[0-9]{6,}`)

// FuzzCardFile: the card file parser never panics, its errors never quote
// the file's digits (it holds a card), and what it accepts has only the
// four card keys.
func FuzzCardFile(f *testing.F) {
	for _, seed := range []string{
		"number=4111111111111111\ncvv=739\nexp_month=12\nexp_year=2030\n",
		`{"number": "378282246310005", "cvv": 7391, "exp_month": "08", "exp_year": "29"}`,
		"# comment\n\nnumber = 4111 1111 1111 1111\n", `{"4111111111111111": "x"}`, `{"number": ["x"]}`,
		"{not json", "", "=\n", "number=4111111111111111\nbogus4111111111111111\n", `{"cvv": null}`, "null",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		values, err := parseCardFile(data)
		if err != nil {
			for _, run := range longDigits.FindAllString(string(data), -1) {
				if strings.Contains(err.Error(), run) {
					t.Fatalf("error quotes %q: %v", run, err)
				}
			}
		}
		for k := range values {
			if !isCardField(k) {
				t.Fatalf("accepted key %q", k)
			}
		}
	})
}

// FuzzCustomerFile: the customer file parser never panics, and a customer
// it accepts reads back the same from its JSON form.
func FuzzCustomerFile(f *testing.F) {
	for _, seed := range []string{
		"name: Jon\nlast_name: Snow\nemail: jon@example.com\nzip: 01234\n",
		`{"name":"Jon","last_name":"Snow","phone":"5575187500","country":"México"}`,
		`{"nmae":"Jon"}`, "name: [1, 2]\n", "- a\n- b\n", "", "{", "name: &a x\nstreet: *a\n", "zip: 0x1F\n",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := parseCustomer("customer.yaml", data)
		if err != nil {
			return
		}
		js, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		again, err := parseCustomer("customer.json", js)
		if err != nil || again != c {
			t.Fatalf("round trip: %+v → %s → %+v (%v)", c, js, again, err)
		}
	})
}
