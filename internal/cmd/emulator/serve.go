package emulator

import (
	"context"
	"fmt"
	"sort"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/emulator"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/spf13/cobra"
)

// ServeOptions are `mxpay emulator serve`'s dependencies and flags.
type ServeOptions struct {
	IO       *output.IOStreams
	Emulator func() (*emulator.Emulator, error)
	Addr     string
}

// NewCmdServe builds `mxpay emulator serve`; runF replaces serveRun in tests.
func NewCmdServe(f *cmdutil.Factory, runF func(*ServeOptions) error) *cobra.Command {
	opts := &ServeOptions{IO: f.IOStreams, Emulator: f.Emulator}
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
			if runF != nil {
				return runF(opts)
			}
			return serveRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.Addr, "addr", "127.0.0.1:8089", "address to listen on")
	return cmd
}

func serveRun(ctx context.Context, opts *ServeOptions) error {
	e, err := opts.Emulator()
	if err != nil {
		return err
	}
	out := opts.IO.Out
	return emulator.ListenAndServe(ctx, e, opts.Addr, func(base string) {
		for _, p := range emulator.Providers() {
			fmt.Fprintf(out, "%-10s %s/%s\n", p, base, p)
		}
		fmt.Fprintln(out, "\n"+opts.IO.T("Demo credentials (the emulator accepts only these):"))
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
		fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("Serving; press Ctrl-C to stop."))
	})
}
