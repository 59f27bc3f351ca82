package money

import (
	"strings"
	"testing"
)

func TestParseAccepts(t *testing.T) {
	tests := []struct {
		in   string
		want string // String()
	}{
		{"1234.5", "1234.50"},
		{"1234.50", "1234.50"},
		{"0.01", "0.01"},
		{"1234", "1234.00"},
		{"0", "0.00"},
		{"007.10", "7.10"},
		{"242.831", "242.831"},
		{"999999999999999.99", "999999999999999.99"},
		{"000000000000000001", "1.00"}, // leading zeros are not digits of the amount
	}
	for _, tt := range tests {
		got, err := Parse(tt.in)
		if err != nil {
			t.Errorf("Parse(%q) error: %v", tt.in, err)
			continue
		}
		if got.String() != tt.want {
			t.Errorf("Parse(%q).String() = %q, want %q", tt.in, got.String(), tt.want)
		}
	}
}

func TestParseRejects(t *testing.T) {
	tests := []struct {
		in      string
		wantMsg string // the whole message, so a vague one fails
	}{
		{"", `invalid amount "": it is empty; write an amount such as 1234.50`},
		{"   ", `invalid amount "   ": it is empty; write an amount such as 1234.50`},
		{"1 234.50", `invalid amount "1 234.50": remove the spaces (write 1234.50)`},
		{" 100", `invalid amount " 100": remove the spaces (write 100)`},
		{"-5", `invalid amount "-5": amounts cannot be negative`},
		{"+5", `invalid amount "+5": remove the + sign (write 5)`},
		{"1,234.50", `invalid amount "1,234.50": remove the thousands separator (write 1234.50)`},
		{"1,234,567", `invalid amount "1,234,567": remove the thousands separator (write 1234567)`},
		{"12,50", `invalid amount "12,50": use a dot for the cents, not a comma (write 12.50)`},
		{"1.234,50", `invalid amount "1.234,50": use a dot for the cents, not a comma (write 1234.50)`},
		{"1e3", `invalid amount "1e3": exponents are not accepted (write 1000)`},
		{"2.5E-2", `invalid amount "2.5E-2": exponents are not accepted (write 0.025)`},
		{"1e999999", `invalid amount "1e999999": exponents are not accepted; write the digits out, such as 1234.50`},
		{"NaN", `invalid amount "NaN": it is not a number; write digits such as 1234.50`},
		{"-Inf", `invalid amount "-Inf": it is not a number; write digits such as 1234.50`},
		{"Infinity", `invalid amount "Infinity": it is not a number; write digits such as 1234.50`},
		{".5", `invalid amount ".5": write 0.5`},
		{"5.", `invalid amount "5.": write 5`},
		{".", `invalid amount ".": it has no digits; write an amount such as 1234.50`},
		{"1.2.3", `invalid amount "1.2.3": it has more than one dot; write one dot before the cents, such as 1234.50`},
		{"12abc", `invalid amount "12abc": it contains letters; write digits only, such as 1234.50`},
		{"12_000", `invalid amount "12_000": unexpected character '_'; write digits with at most one dot, such as 1234.50`},
		{"$100", `invalid amount "$100": remove the currency symbol (write 100)`},
		{"100 MXN", `invalid amount "100 MXN": remove the currency symbol (write 100)`},
		{"mxn100.5", `invalid amount "mxn100.5": remove the currency symbol (write 100.5)`},
		{"$1,234.50", `invalid amount "$1,234.50": remove the currency symbol`},
		{"1234567890123456", `invalid amount "1234567890123456": it has more than 15 digits before the dot`},
		{"0x10", `invalid amount "0x10": it contains letters; write digits only, such as 1234.50`},
		{"١٢", `invalid amount "١٢": unexpected character '١'; write digits with at most one dot, such as 1234.50`},
		{strings.Repeat("0", 65), `invalid amount "` + strings.Repeat("0", 64) + `…": it is too long (at most 64 characters)`},
	}
	for _, tt := range tests {
		got, err := Parse(tt.in)
		if err == nil {
			t.Errorf("Parse(%q) = %s, want an error", tt.in, got)
			continue
		}
		if err.Error() != tt.wantMsg {
			t.Errorf("Parse(%q) error:\n got  %s\n want %s", tt.in, err, tt.wantMsg)
		}
	}
}

func TestParseWire(t *testing.T) {
	tests := []struct {
		in      string
		want    string
		wantErr bool
	}{
		{`1234.5`, "1234.50", false},
		{`"1234.50"`, "1234.50", false},
		{`" 99.9 "`, "99.90", false},
		{`-10`, "-10.00", false},
		{`"-0.5"`, "-0.50", false},
		{`1.5e3`, "1500.00", false},
		{`"5."`, "5.00", false},
		{`".5"`, "0.50", false},
		{`242.83000000000001`, "242.83000000000001", false},
		{`""`, "", true},
		{`"abc"`, "", true},
		{`"1,234.50"`, "", true},
		{`NaN`, "", true},
		{`1e999999999`, "", true},
		{`1e-40`, "", true},
		{`"unterminated`, "", true},
		{`true`, "", true},
	}
	for _, tt := range tests {
		got, err := ParseWire(tt.in)
		if tt.wantErr {
			if err == nil {
				t.Errorf("ParseWire(%s) = %s, want an error", tt.in, got)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseWire(%s) error: %v", tt.in, err)
			continue
		}
		if got.String() != tt.want {
			t.Errorf("ParseWire(%s) = %s, want %s", tt.in, got, tt.want)
		}
	}
}
