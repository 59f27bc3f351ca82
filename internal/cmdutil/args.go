package cmdutil

import (
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
			if len(names) == 0 {
				return UsageErrorf("%q needs %d argument(s), got %d argument(s)", cmd.CommandPath(), n, len(args))
			}
			return UsageErrorf("%q needs %s, got %d argument(s)", cmd.CommandPath(), strings.Join(names, " "), len(args))
		}
		return nil
	}
}

// MaximumArgs allows at most n positional arguments.
func MaximumArgs(n int, names ...string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) > n {
			if len(names) == 0 {
				return UsageErrorf("%q takes at most %d argument(s), got %d arguments", cmd.CommandPath(), n, len(args))
			}
			return UsageErrorf("%q takes at most %s, got %d arguments", cmd.CommandPath(), strings.Join(names, " "), len(args))
		}
		return nil
	}
}
