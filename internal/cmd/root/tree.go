package root

import (
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/spf13/cobra"
)

// finishTree applies the rules every level of the tree shares, once the
// tree is built:
//
//   - a word that is not a subcommand (`mxpay sync transacciones list`) is
//     a usage error (exit 2) with cobra's "Did you mean …?" suggestions, at
//     every depth, and so is `mxpay help` of one; a group named alone
//     shows its help;
//   - `mxpay completion bash --help` says what the script needs.
func finishTree(root *cobra.Command) {
	root.InitDefaultCompletionCmd()
	root.InitDefaultHelpCmd()
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		for _, sub := range c.Commands() {
			walk(sub)
		}
		switch {
		case c.Name() == "help" && c.Parent() == root:
			c.Run, c.RunE = nil, helpRun
		case c.HasSubCommands() && !c.Runnable():
			c.Args = knownSubcommand
			c.RunE = func(c *cobra.Command, _ []string) error { return c.Help() }
		}
	}
	walk(root)
	if bash, _, err := root.Find([]string{"completion", "bash"}); err == nil && bash.Name() == "bash" {
		bash.Long += bashCompletionNote
	}
}

// knownSubcommand is the Args rule of a command with subcommands: any word
// left over after cobra found the deepest command is a mistyped subcommand.
func knownSubcommand(c *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	return unknownCommand(c, args[0])
}

func unknownCommand(c *cobra.Command, word string) error {
	if c.SuggestionsMinimumDistance <= 0 {
		c.SuggestionsMinimumDistance = 2 // cobra's own default for the root
	}
	err := cmdutil.UsageErrorf("unknown command %q for %q", word, c.CommandPath())
	if s := c.SuggestionsFor(word); len(s) > 0 {
		err = cmdutil.UsageErrorf("unknown command %q for %q\n\nDid you mean this?\n\t%s\n", word, c.CommandPath(), strings.Join(s, "\n\t"))
	}
	return cmdutil.WithHintf(err, "run `%s --help` for the commands", c.CommandPath())
}

// helpRun is `mxpay help [command…]`: the help of that command, or a usage
// error with suggestions for a word that is not one.
func helpRun(c *cobra.Command, args []string) error {
	target, rest, err := c.Root().Find(args)
	if err != nil {
		if local := cobraUsageError(err); local != err {
			return local
		}
		return cmdutil.UsageErrorf("%v", err)
	}
	if len(rest) > 0 {
		return unknownCommand(target, rest[0])
	}
	return target.Help()
}

const bashCompletionNote = `
The script needs the bash-completion package (2.x): without it, pressing Tab
prints "_get_comp_words_by_ref: command not found" or does nothing. Install it
with your package manager (Debian and Ubuntu: apt install bash-completion;
Fedora: dnf install bash-completion; macOS: brew install bash-completion@2,
then follow brew's note to source it) and start a new shell. Without root, keep
the script in ~/.local/share/bash-completion/completions/mxpay instead.
`
