package emulator

import (
	"fmt"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/emulator"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/spf13/cobra"
)

// ResetOptions are `mxpay emulator reset`'s dependencies.
type ResetOptions struct {
	IO       *output.IOStreams
	Emulator func() (*emulator.Emulator, error)
	DBPath   func() (string, error)
}

// NewCmdReset builds `mxpay emulator reset`; runF replaces resetRun in tests.
func NewCmdReset(f *cmdutil.Factory, runF func(*ResetOptions) error) *cobra.Command {
	opts := &ResetOptions{IO: f.IOStreams, Emulator: f.Emulator, DBPath: dbPath(f)}
	return &cobra.Command{
		Use:     "reset",
		Short:   "Clear the emulator's state",
		Example: "  $ mxpay emulator reset",
		Args:    cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return resetRun(opts)
		},
	}
}

func resetRun(opts *ResetOptions) error {
	e, err := opts.Emulator()
	if err != nil {
		return err
	}
	if err := e.Reset(); err != nil {
		return fmt.Errorf("clearing emulator state: %w", err)
	}
	path, _ := opts.DBPath()
	fmt.Fprintf(opts.IO.ErrOut, "Emulator state cleared (%s).\n", path)
	return nil
}
