package money

import (
	"encoding/json"
	"testing"
)

func mustParse(t *testing.T, s string) Amount {
	t.Helper()
	a, err := Parse(s)
	if err != nil {
		t.Fatalf("Parse(%q): %v", s, err)
	}
	return a
}

func TestRoundUpCents(t *testing.T) {
	tests := []struct {
		in          string
		want        string
		wantChanged bool
	}{
		{"242.831", "242.84", true},
		{"242.83", "242.83", false},
		{"242.830", "242.83", false}, // a trailing zero is not a third decimal
		{"0.001", "0.01", true},
		{"1.005", "1.01", true},
		{"999999.999", "1000000.00", true},
		{"5", "5.00", false},
		{"0", "0.00", false},
	}
	for _, tt := range tests {
		got, changed := mustParse(t, tt.in).RoundUpCents()
		if got.String() != tt.want || changed != tt.wantChanged {
			t.Errorf("RoundUpCents(%s) = %s, %v; want %s, %v", tt.in, got, changed, tt.want, tt.wantChanged)
		}
	}
}

func TestDecimalPlaces(t *testing.T) {
	tests := map[string]int{"1234": 0, "1234.00": 0, "1234.5": 1, "1234.50": 1, "0.01": 2, "242.831": 3}
	for in, want := range tests {
		if got := mustParse(t, in).DecimalPlaces(); got != want {
			t.Errorf("DecimalPlaces(%s) = %d, want %d", in, got, want)
		}
	}
}

func TestFormat(t *testing.T) {
	tests := []struct{ in, want string }{
		{"0", "0.00"},
		{"1.5", "1.50"},
		{"999.99", "999.99"},
		{"1000", "1,000.00"},
		{"1234.5", "1,234.50"},
		{"123456.78", "123,456.78"},
		{"1234567.891", "1,234,567.891"},
	}
	for _, tt := range tests {
		if got := mustParse(t, tt.in).Format(); got != tt.want {
			t.Errorf("Format(%s) = %q, want %q", tt.in, got, tt.want)
		}
	}
	negative, err := ParseWire("-1234567.5")
	if err != nil {
		t.Fatal(err)
	}
	if got := negative.Format(); got != "-1,234,567.50" {
		t.Errorf("Format(-1234567.5) = %q, want -1,234,567.50", got)
	}
}

func TestSumIsExact(t *testing.T) {
	sum := Sum(mustParse(t, "0.1"), mustParse(t, "0.2"))
	if !sum.Equal(mustParse(t, "0.3")) {
		t.Errorf("0.1 + 0.2 = %s, want 0.3", sum)
	}
	// Many small parts still add up to the total, to the cent.
	parts := make([]Amount, 1000)
	for i := range parts {
		parts[i] = mustParse(t, "0.01")
	}
	if got := Sum(parts...); got.String() != "10.00" {
		t.Errorf("1000 × 0.01 = %s, want 10.00", got)
	}
	if got := Sum(); !got.IsZero() || got.String() != "0.00" {
		t.Errorf("Sum() = %s, want 0.00", got)
	}
}

func TestComparisons(t *testing.T) {
	a, b := mustParse(t, "1.5"), mustParse(t, "1.50")
	if !a.Equal(b) || a.Cmp(b) != 0 {
		t.Errorf("1.5 and 1.50 should be equal")
	}
	if mustParse(t, "1.49").Cmp(a) != -1 || mustParse(t, "2").Cmp(a) != 1 {
		t.Errorf("Cmp orders amounts wrongly")
	}
	if mustParse(t, "0.00").IsPositive() || !mustParse(t, "0.01").IsPositive() {
		t.Errorf("IsPositive is wrong around zero")
	}
	if !mustParse(t, "0.00").IsZero() || mustParse(t, "0.01").IsZero() {
		t.Errorf("IsZero is wrong around zero")
	}
	var zero Amount
	if !zero.IsZero() || zero.String() != "0.00" {
		t.Errorf("zero value = %s, want 0.00", zero)
	}
}

func TestJSONRoundTrip(t *testing.T) {
	type payment struct {
		Total Amount   `json:"total"`
		Parts []Amount `json:"parts"`
	}
	in := payment{Total: mustParse(t, "1234.5"), Parts: []Amount{mustParse(t, "1000"), mustParse(t, "234.5")}}
	data, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"total":1234.50,"parts":[1000.00,234.50]}`; string(data) != want {
		t.Errorf("Marshal = %s, want %s", data, want)
	}
	var out payment
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatal(err)
	}
	if !out.Total.Equal(in.Total) || !Sum(out.Parts...).Equal(out.Total) {
		t.Errorf("round trip changed the amounts: %+v", out)
	}
}

func TestUnmarshalJSONIsLenient(t *testing.T) {
	var got struct {
		A, B, C Amount
	}
	got.C = mustParse(t, "7")
	if err := json.Unmarshal([]byte(`{"A": "12.30", "B": 4.5, "C": null}`), &got); err != nil {
		t.Fatal(err)
	}
	if got.A.String() != "12.30" || got.B.String() != "4.50" || got.C.String() != "7.00" {
		t.Errorf("got %s %s %s, want 12.30 4.50 7.00 (null leaves the value)", got.A, got.B, got.C)
	}
	if err := json.Unmarshal([]byte(`{"A": "doce"}`), &got); err == nil {
		t.Errorf("Unmarshal of a word succeeded")
	}
}

// IsCanonical must agree with parsing and printing: whatever it accepts
// prints back unchanged.
func TestIsCanonicalAgreesWithString(t *testing.T) {
	for _, s := range []string{"0.00", "1.50", "1234.50", "-3284.19", "10.500", "10.505", "0.5", "01.50", "1", "-0.00", "+1.50", "1.5e3", "1,234.50", "", "-", ".50", "1.", "-0.01", "99999999999999.99"} {
		canon := IsCanonical(s)
		a, err := ParseWire(s)
		if canon && (err != nil || a.String() != s) {
			t.Errorf("IsCanonical(%q) but it prints as %q (%v)", s, a.String(), err)
		}
		if !canon && err == nil && a.String() == s {
			t.Errorf("%q prints as itself but IsCanonical says no", s)
		}
	}
}
