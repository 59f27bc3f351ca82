package cmdtest

import (
	"testing"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/spf13/cobra"
)

// Factory is a Factory over test streams and an empty environment, for
// flag-parsing tests that build one command with a runF capturing its
// options (gh's seam): nothing in it is used until a run function calls it.
func Factory() *cmdutil.Factory {
	ios, _, _, _ := output.Test()
	return cmdutil.NewFactory("test", ios, func(string) (string, bool) { return "", false })
}

// Execute runs cmd with args and fails the test if it returns an error.
func Execute(t testing.TB, cmd *cobra.Command, args ...string) {
	t.Helper()
	cmd.SetArgs(args)
	if err := cmd.Execute(); err != nil {
		t.Fatalf("%s %v: %v", cmd.Name(), args, err)
	}
}
