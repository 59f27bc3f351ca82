package root

import (
	"slices"
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/spf13/cobra"
)

func allGroups(string) bool { return true }

// providerGroupsFor decides which provider groups a run needs from its
// arguments: `mxpay facti …` needs only facti, `mxpay version` or
// `mxpay config …` none. Help, completion, an unknown command or anything
// it cannot read with certainty gets the whole tree, so the answer is
// always the same as with every group built.
func providerGroupsFor(args []string) func(string) bool {
	first := firstCommandWord(args)
	for _, g := range []string{"facti", "pagofacil", "sync"} {
		if first == g {
			return func(name string) bool { return name == g }
		}
	}
	switch first {
	case "auth", "config", "emulator", "api", "version", "exit-codes", "environment", "formats", "ledger", "reconcile":
		return func(string) bool { return false }
	}
	return allGroups // "", help, completion, __complete, unknown words
}

// firstCommandWord is the first argument that is not a global flag or a
// global flag's value. The flags that take a value are those of
// cmdutil.AddGlobalFlags; a cluster of short flags (-yo json) is not
// untangled: its value then reads as the command word, which matches no
// group and so builds the whole tree.
func firstCommandWord(args []string) string {
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			return ""
		case strings.HasPrefix(a, "-"):
			if cmdutil.GlobalFlagTakesValue(a) { // --flag value; --flag=value needs no skip
				i++
			}
		default:
			return a
		}
	}
	return ""
}

// newCmdRootFor builds the tree a run of args needs: only the provider
// groups it names, and for the root's own help (`mxpay --help`, `mxpay
// help`) none at all but a stand-in for each group with its name and
// summary, which is all that help shows. Building the three provider trees
// cost root help about as much as the rest of its start-up.
func newCmdRootFor(f *cmdutil.Factory, args []string) *cobra.Command {
	if !rootHelp(args) {
		return newCmdRoot(f, providerGroupsFor(args))
	}
	cmd := newCmdRoot(f, func(string) bool { return false })
	for _, g := range helpGroups {
		cmd.AddCommand(&cobra.Command{Use: g.use, Short: g.short, GroupID: "core", Run: func(*cobra.Command, []string) {}})
	}
	return cmd
}

// helpGroups are the provider groups as root help lists them; a test
// checks them against the real groups.
var helpGroups = []struct{ use, short string }{
	{"facti <command>", "Issue payment requests to customers and follow their payment"},
	{"pagofacil <command>", "Charge cards and verify charges"},
	{"sync <command>", "Connect banks and the SAT, and read accounts and transactions"},
}

// rootHelp reports args that ask for the root's help and nothing else:
// --help or -h with no command, or `help` alone, global flags aside.
func rootHelp(args []string) bool {
	switch firstCommandWord(args) {
	case "":
		return slices.Contains(args, "--help") || slices.Contains(args, "-h")
	case "help":
		i := slices.Index(args, "help")
		return firstCommandWord(args[i+1:]) == ""
	}
	return false
}
