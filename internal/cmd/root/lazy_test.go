package root

import (
	"strings"
	"testing"
)

func TestProviderGroupsFor(t *testing.T) {
	tests := []struct {
		args []string
		want string // groups built, comma-separated
	}{
		{[]string{"version"}, ""},
		{[]string{"--env", "emulator", "facti", "payments", "list"}, "facti"},
		{[]string{"--profile", "sync", "pagofacil", "verify", "X"}, "pagofacil"},
		{[]string{"--profile=live", "-o", "json", "sync", "users", "list"}, "sync"},
		{[]string{"config", "list"}, ""},
		{[]string{"auth", "login", "facti"}, ""},
		{[]string{}, "facti,pagofacil,sync"},
		{[]string{"--help"}, "facti,pagofacil,sync"},
		{[]string{"help", "facti"}, "facti,pagofacil,sync"},
		{[]string{"__complete", "facti", ""}, "facti,pagofacil,sync"},
		{[]string{"completion", "bash"}, "facti,pagofacil,sync"},
		{[]string{"factu"}, "facti,pagofacil,sync"},               // unknown: suggestions need every group
		{[]string{"-yo", "json", "sync"}, "facti,pagofacil,sync"}, // short cluster: not untangled, so all
	}
	for _, tt := range tests {
		want := providerGroupsFor(tt.args)
		var got []string
		for _, g := range []string{"facti", "pagofacil", "sync"} {
			if want(g) {
				got = append(got, g)
			}
		}
		if strings.Join(got, ",") != tt.want {
			t.Errorf("%v: builds %v, want %q", tt.args, got, tt.want)
		}
	}
}
