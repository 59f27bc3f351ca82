package root

import (
	"context"
	"errors"
	"fmt"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/errs"
)

// Run executes args against a fresh command tree and returns the exit code.
// It is the one place where errors become messages and exit codes.
func Run(ctx context.Context, f *cmdutil.Factory, args []string) int {
	defer f.Close()
	cmd := newCmdRootFor(f, args)
	cmd.SetArgs(args)
	err := cmd.ExecuteContext(ctx)
	if err == nil {
		return cmdutil.ExitOK
	}
	errOut := f.IOStreams.ErrOut
	if ctx.Err() != nil || errors.Is(err, context.Canceled) {
		fmt.Fprintln(errOut, "interrupted")
		if errs.Is(err, errs.UnknownOutcome) {
			// Stopped after a request that may have moved money was
			// sent: say what to check before anything is sent again.
			fmt.Fprintf(errOut, "%s\n%s\n", f.Redactor().Error(err), capitalize(cmdutil.HintOf(err)))
		}
		return cmdutil.ExitInterrupted
	}
	// The message may quote a provider's page, which may echo the request:
	// it goes out through the run's redactor like everything on stderr.
	fmt.Fprintf(errOut, "error: %s\n", f.Redactor().Error(err))
	if hint := cmdutil.HintOf(err); hint != "" {
		fmt.Fprintf(errOut, "%s\n", capitalize(hint))
	}
	code := cmdutil.ExitCodeOf(err)
	if code == cmdutil.ExitUsage && cmdutil.HintOf(err) == "" {
		fmt.Fprintf(errOut, "Run `mxpay --help` for usage.\n")
	}
	return code
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	if s[0] >= 'a' && s[0] <= 'z' {
		return string(s[0]-'a'+'A') + s[1:]
	}
	return s
}
