// Package emulator implements `mxpay emulator`: serve the embedded provider
// emulators over HTTP, or clear their state.
package emulator

import (
	"fmt"
	"sort"

	synccmd "github.com/mxpay/mxpay/internal/cmd/sync"
	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/emulator"
	"github.com/spf13/cobra"
)

// NewCmdEmulator groups serve and reset.
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
	cmd.AddCommand(newCmdServe(f), newCmdReset(f), synccmd.NewCmdSeed(f))
	return cmd
}

func newCmdServe(f *cmdutil.Factory) *cobra.Command {
	var addr string
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the emulated APIs over HTTP until interrupted",
		Long: `Serves /facti, /pagofacil and /sync on ADDR and prints their base URLs and the
demo credentials the emulator accepts. Stop it with Ctrl-C.

While it runs it holds the emulator state file; point other mxpay commands at it with
the base URL settings (e.g. MXPAY_FACTI_BASE_URL) instead of --env emulator.`,
		Example: `  $ mxpay emulator serve --addr 127.0.0.1:8089
  $ MXPAY_EMULATOR_DB=/tmp/emu.db mxpay emulator serve --addr 127.0.0.1:0`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			e, err := f.Emulator()
			if err != nil {
				return err
			}
			out := f.IOStreams.Out
			return emulator.ListenAndServe(cmd.Context(), e, addr, func(base string) {
				for _, p := range emulator.Providers() {
					fmt.Fprintf(out, "%-10s %s/%s\n", p, base, p)
				}
				fmt.Fprintln(out, "\nDemo credentials (the emulator accepts only these):")
				for _, p := range emulator.Providers() {
					creds := cmdutil.DemoCredentials(p)
					keys := make([]string, 0, len(creds))
					for k := range creds {
						keys = append(keys, k)
					}
					sort.Strings(keys)
					for _, k := range keys {
						fmt.Fprintf(out, "  %s.%s = %s\n", p, k, creds[k])
					}
				}
				fmt.Fprintln(f.IOStreams.ErrOut, "Serving; press Ctrl-C to stop.")
			})
		},
	}
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8089", "address to listen on")
	return cmd
}

func newCmdReset(f *cmdutil.Factory) *cobra.Command {
	return &cobra.Command{
		Use:     "reset",
		Short:   "Clear the emulator's state",
		Example: "  $ mxpay emulator reset",
		Args:    cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			e, err := f.Emulator()
			if err != nil {
				return err
			}
			if err := e.Reset(); err != nil {
				return fmt.Errorf("clearing emulator state: %w", err)
			}
			path, _ := emulator.DefaultDBPath(f.Getenv)
			fmt.Fprintf(f.IOStreams.ErrOut, "Emulator state cleared (%s).\n", path)
			return nil
		},
	}
}
