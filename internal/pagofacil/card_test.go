package pagofacil

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

var now = time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)

func TestNewCardRules(t *testing.T) {
	tests := []struct {
		number, cvv, mm, yy string
		field               string // "" = valid
		brand               string
	}{
		{"4111111111111111", "123", "12", "30", "", BrandVisa},
		{"4111 1111-1111 1111", "123", "1", "2030", "", BrandVisa},
		{"5555555555554444", "123", "11", "26", "", BrandMastercard},
		{"2221000000000009", "123", "11", "26", "", BrandMastercard},
		{"378282246310005", "1234", "11", "26", "", BrandAmex},
		{"378282246310005", "123", "11", "26", "cvt", ""},
		{"4111111111111111", "1234", "11", "26", "cvt", ""},
		{"4111111111111112", "123", "11", "26", "numeroTarjeta", ""},
		{"6011111111111117", "123", "11", "26", "numeroTarjeta", ""},
		{"41111111111111", "123", "11", "26", "numeroTarjeta", ""},
		{"4111111111111111", "123", "10", "26", "anyoExpiracion", ""},
		{"4111111111111111", "123", "13", "26", "mesExpiracion", ""},
		{"4111111111111111", "123", "12", "2", "anyoExpiracion", ""},
	}
	for _, tt := range tests {
		c, err := NewCard(tt.number, tt.cvv, tt.mm, tt.yy, now)
		if tt.field == "" {
			if err != nil || c.Brand() != tt.brand {
				t.Errorf("%s: %v brand %q", tt.number, err, c.Brand())
			}
			continue
		}
		var v *LocalValidationError
		if !errors.As(err, &v) || v.Fields[0].Field != tt.field {
			t.Errorf("%s/%s %s/%s: err %v, want field %s", tt.number, tt.cvv, tt.mm, tt.yy, err, tt.field)
		}
		if err != nil && (strings.Contains(err.Error(), tt.number) || strings.Contains(err.Error(), "1111111111")) {
			t.Errorf("error repeats the card number: %v", err)
		}
	}
}

func TestCardNeverPrintsNumberOrCVV(t *testing.T) {
	c, err := NewCard("4111111111111111", "987", "12", "30", now)
	if err != nil {
		t.Fatal(err)
	}
	js, _ := json.Marshal(struct{ Card Card }{c})
	txt, _ := c.MarshalText()
	forms := []string{
		c.String(), c.GoString(), fmt.Sprint(c), fmt.Sprintf("%v %+v %#v %s %q %x %d", c, c, c, c, c, c, c),
		fmt.Sprintf("%v", &c), fmt.Sprintf("%+v", struct{ C Card }{c}), fmt.Sprintf("%+v %#v", struct{ c Card }{c}, struct{ c Card }{c}), fmt.Sprintf("%#v", []Card{c}), string(js), string(txt),
	}
	for _, s := range forms {
		if strings.Contains(s, "4111111111111111") || strings.Contains(s, "987") {
			t.Errorf("leak: %s", s)
		}
		if !strings.Contains(s, "1111") && !strings.Contains(s, "last4") {
			t.Errorf("no last four: %s", s)
		}
	}
	if c.Masked() != "Visa ****1111" || string(js) != `{"Card":{"brand":"Visa","last4":"1111"}}` {
		t.Errorf("masked %q json %s", c.Masked(), js)
	}
}
