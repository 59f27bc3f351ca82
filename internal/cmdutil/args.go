package cmdutil

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

// NoArgs rejects positional arguments with a usage error.
func NoArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return UsageErrorf("%q takes no arguments, got %q", cmd.CommandPath(), strings.Join(args, " "))
	}
	return nil
}

// ExactArgs requires n positional arguments, named in the message.
func ExactArgs(n int, names ...string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return UsageErrorf("%q needs %s, got %d argument(s)", cmd.CommandPath(), describe(n, names), len(args))
		}
		return nil
	}
}

// MaximumArgs allows at most n positional arguments.
func MaximumArgs(n int, names ...string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) > n {
			return UsageErrorf("%q takes at most %s, got %d arguments", cmd.CommandPath(), describe(n, names), len(args))
		}
		return nil
	}
}

func describe(n int, names []string) string {
	if len(names) > 0 {
		return strings.Join(names, " ")
	}
	return fmt.Sprintf("%d argument(s)", n)
}
