package demo

import (
	"slices"
	"sort"
	"testing"
)

func TestCredentials(t *testing.T) {
	tests := []struct {
		provider string
		keys     []string
	}{
		{"facti", []string{"api_key", "client_id", "ipn_password"}},
		{"pagofacil", []string{"sucursal", "usuario"}},
		{"sync", []string{"api_key"}},
	}
	for _, tt := range tests {
		creds := Credentials(tt.provider)
		var keys []string
		for k := range creds {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		if !slices.Equal(keys, tt.keys) {
			t.Errorf("Credentials(%q) keys = %v, want %v", tt.provider, keys, tt.keys)
		}
	}
	if Credentials("stripe") != nil {
		t.Error("Credentials of an unknown provider is not nil")
	}
	Credentials("sync")["api_key"] = "changed"
	if Credentials("sync")["api_key"] == "changed" {
		t.Error("Credentials returns a shared map")
	}
}
