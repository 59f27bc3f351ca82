package httpx

import "testing"

func TestMaskGroupedCards(t *testing.T) {
	tests := []struct{ in, want string }{
		{"card 4111 1111 1111 1111 ok", "card *** ok"},
		{"4111-1111-1111-1111", "***"},
		{"4111 1111 1111 1111 123", "*** 123"},                           // a CVV after the card
		{"cvv 123 4111 1111 1111 1111", "cvv 123 ***"},                   // a number before it
		{"3782 822463 10005", "***"},                                     // Amex grouping
		{"ref 3800 1000 0000 9630 6229", "ref 3800 1000 0000 9630 6229"}, // 20 digits, no card inside
		{"2024-05-10 12 30", "2024-05-10 12 30"},
		{"4111 1111 1111 1112", "4111 1111 1111 1112"}, // fails Luhn
		{"no digits", "no digits"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := maskGroupedCards(tt.in); got != tt.want {
			t.Errorf("maskGroupedCards(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
