package root

import (
	"strings"
	"testing"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/spf13/cobra"
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
		{[]string{"--template", "{{.id}}", "facti", "payments", "list"}, "facti"},
		{[]string{"-y", "--no-pager", "pagofacil", "charge"}, "pagofacil"},
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

// Root help built with stand-ins for the provider groups must print exactly
// what the whole tree prints.
func TestRootHelpWithoutProviderTreesIsTheSame(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"-h"}, {"help"}, {"--env", "emulator", "--help"}, {"-o", "json", "help"}} {
		if !rootHelp(args) {
			t.Errorf("%v: not taken for root help", args)
		}
		run := func(cmd func(*cmdutil.Factory) *cobra.Command) string {
			ios, _, out, errOut := output.Test()
			f := cmdutil.NewFactory("test", ios, func(string) (string, bool) { return "", false })
			defer f.Close()
			c := cmd(f)
			c.SetArgs(args)
			if err := c.Execute(); err != nil {
				t.Fatalf("%v: %v", args, err)
			}
			return out.String() + errOut.String()
		}
		full := run(NewCmdRoot)
		stubbed := run(func(f *cmdutil.Factory) *cobra.Command { return newCmdRootFor(f, args) })
		if full != stubbed || !strings.Contains(full, "pagofacil") {
			t.Errorf("%v: help differs:\n%s\n---\n%s", args, full, stubbed)
		}
	}
	for _, args := range [][]string{{"help", "facti"}, {"facti", "--help"}, {}, {"--help", "sync"}, {"version"}} {
		if rootHelp(args) {
			t.Errorf("%v: taken for root help", args)
		}
	}
}
