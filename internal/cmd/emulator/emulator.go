// Package emulator implements `mxpay emulator`: serve the embedded provider
// emulators over HTTP, clear their state, or fill it for benchmarks. It is
// the one command package that imports internal/emulator.
package emulator

import (
	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/emulator"
	"github.com/spf13/cobra"
)

// NewCmdEmulator groups serve, reset, pay and the hidden seed.
func NewCmdEmulator(f *cmdutil.Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "emulator <command>",
		Short: "Run or reset the embedded emulator of the three APIs",
		Long: `The emulator implements Facti, PagoFácil and Paybook Sync faithfully enough to
try every command without credentials or network. With --env emulator mxpay uses it
in-process; ` + "`mxpay emulator serve`" + ` exposes it over HTTP for other programs.

State lives in a bbolt file (MXPAY_EMULATOR_DB, default <user data dir>/mxpay/emulator.db).
Faults can be injected for testing with MXPAY_EMULATOR_FAULTS.`,
		Args: cmdutil.NoArgs,
	}
	cmd.AddCommand(NewCmdServe(f, nil), NewCmdReset(f, nil), NewCmdSeed(f, nil), newCmdPay(f))
	return cmd
}

// dbPath is where the emulator keeps its state for this run's environment.
func dbPath(f *cmdutil.Factory) func() (string, error) {
	return func() (string, error) { return emulator.DefaultDBPath(f.Getenv) }
}
