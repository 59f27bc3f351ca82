package root

import (
	"context"
	"errors"
	"fmt"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/errs"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/output"
)

// Run executes args against a fresh command tree and returns the exit code.
// It is the one place where errors become messages and exit codes.
func Run(ctx context.Context, f *cmdutil.Factory, args []string) int {
	defer f.Close()
	cmd := newCmdRootFor(f, args)
	cmd.SetArgs(args)
	ran, err := cmd.ExecuteContextC(ctx)
	// cobra's own errors (argument counts, required flags) in the
	// reader's language.
	err = cobraUsageError(err)
	// Messages come after the result, never under the pager.
	f.IOStreams.StopPager()
	if err != nil && f.IOStreams.StdoutClosed() {
		// Whatever stopped the command, its reader had gone first.
		err = i18n.Errorf("%w: %w", output.ErrStdoutClosed, err)
	}
	if cmdutil.ExitCodeOf(err) == cmdutil.ExitOK {
		return cmdutil.ExitOK
	}
	errOut := f.IOStreams.ErrOut
	p := f.Printer()
	// The message may quote a provider's page, which may echo the request:
	// it goes out through the run's redactor like everything on stderr, in
	// the reader's language.
	message := f.Redactor().Message(i18n.Localize(err, p))
	hint := capitalize(cmdutil.HintIn(err, p))
	if ctx.Err() != nil || errors.Is(err, context.Canceled) {
		fmt.Fprintln(errOut, p.T("interrupted"))
		if errs.Is(err, errs.UnknownOutcome) {
			// Stopped after a request that may have moved money was
			// sent: say what to check before anything is sent again.
			fmt.Fprintf(errOut, "%s\n%s\n", message, hint)
		} else if hint != "" {
			fmt.Fprintf(errOut, "%s\n", hint) // how to pick up where it stopped
		}
		return cmdutil.ExitInterrupted
	}
	fmt.Fprintln(errOut, p.T("error: %s", message))
	if hint != "" {
		fmt.Fprintf(errOut, "%s\n", hint)
	}
	code := cmdutil.ExitCodeOf(err)
	if code == cmdutil.ExitUsage && hint == "" {
		path := "mxpay"
		if ran != nil {
			path = ran.CommandPath()
		}
		fmt.Fprintln(errOut, p.T("Run `%s --help` for usage.", path))
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
