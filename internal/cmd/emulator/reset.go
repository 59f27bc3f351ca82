package emulator

import (
	"errors"
	"fmt"
	"os"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/emulator"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/spf13/cobra"
)

// ResetOptions are `mxpay emulator reset`'s dependencies.
type ResetOptions struct {
	IO       *output.IOStreams
	Emulator func() (*emulator.Emulator, error)
	DBPath   func() (string, error)
	// Ledger is where --env emulator records what is sent, and whether a
	// setting chose it (then it is not the emulator's to clear).
	Ledger func() (string, bool, error)
}

// NewCmdReset builds `mxpay emulator reset`; runF replaces resetRun in tests.
func NewCmdReset(f *cmdutil.Factory, runF func(*ResetOptions) error) *cobra.Command {
	opts := &ResetOptions{IO: f.IOStreams, Emulator: f.Emulator, DBPath: dbPath(f), Ledger: emulatorLedger(f)}
	return &cobra.Command{
		Use:   "reset",
		Short: "Clear the emulator's state",
		Long: `Clear the emulator's state: every payment, charge, user, credential and
webhook. The ledger of what was sent to the emulator (beside its state file,
unless the ledger setting chose another) is cleared with it: it records
requests that no longer exist.`,
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
		return i18n.Errorf("clearing emulator state: %w", err)
	}
	path, _ := opts.DBPath()
	fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("Emulator state cleared (%s).", path))
	return clearLedger(opts)
}

// emulatorLedger is the ledger --env emulator uses, whatever this run's
// environment: the file beside the emulator's state, unless the ledger
// setting chose one (shared with every environment).
func emulatorLedger(f *cmdutil.Factory) func() (string, bool, error) {
	return func() (string, bool, error) {
		s, err := f.Settings()
		if err != nil {
			return "", false, err
		}
		if v, err := s.Get("ledger"); err != nil || v.Value != "" {
			return v.Value, true, err
		}
		db, err := emulator.DefaultDBPath(f.Getenv)
		return cmdutil.EmulatorLedgerPath(db), false, err
	}
}

// clearLedger removes the emulator's own ledger; a ledger a setting chose
// is shared with other environments and is left alone, with a warning.
func clearLedger(opts *ResetOptions) error {
	if opts.Ledger == nil {
		return nil
	}
	loc, chosen, err := opts.Ledger()
	if err != nil {
		return err
	}
	if chosen {
		fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("Note: the ledger %s (the ledger setting) keeps its emulator entries; their folios and orders stay taken there.", loc))
		return nil
	}
	removed := false
	for _, suffix := range []string{"", "-wal", "-shm"} {
		err := os.Remove(loc + suffix)
		if err == nil {
			removed = true
		} else if !errors.Is(err, os.ErrNotExist) {
			return i18n.Errorf("clearing the emulator's ledger: %w", err)
		}
	}
	if removed {
		fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("Emulator ledger cleared (%s).", loc))
	}
	return nil
}
