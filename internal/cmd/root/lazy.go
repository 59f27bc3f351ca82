package root

import "strings"

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
	takesValue := map[string]bool{"--profile": true, "--env": true, "--output": true, "-o": true,
		"--jq": true, "--fields": true, "--timeout": true, "--config": true}
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			return ""
		case strings.HasPrefix(a, "-"):
			if takesValue[a] { // --flag value; --flag=value needs no skip
				i++
			}
		default:
			return a
		}
	}
	return ""
}
