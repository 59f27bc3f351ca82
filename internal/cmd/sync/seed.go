package sync

import (
	"errors"
	"fmt"
	"time"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/emulator"
	"github.com/mxpay/mxpay/internal/emulator/state"
	syncemu "github.com/mxpay/mxpay/internal/emulator/sync"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/spf13/cobra"
)

// NewCmdSeed is `mxpay emulator seed`, hidden: it fills the emulator with
// big data sets for benchmarks and demos. Only Sync has a seeder so far.
func NewCmdSeed(f *cmdutil.Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:    "seed <provider>",
		Short:  "Fill the emulator with large data sets, for benchmarks",
		Hidden: true,
		Args:   cmdutil.NoArgs,
	}
	cmd.AddCommand(newCmdSeedSync(f))
	return cmd
}

type seedResultRow = syncemu.SeedResult

func seedColumns() []output.Column[seedResultRow] {
	return []output.Column[seedResultRow]{
		{Name: "id_user", Header: "USER", Value: func(r seedResultRow) string { return r.IDUser }},
		{Name: "id_credential", Header: "CREDENTIAL", Value: func(r seedResultRow) string { return r.IDCredential }},
		{Name: "id_account", Header: "ACCOUNT", Value: func(r seedResultRow) string { return r.IDAccount }},
		{Name: "transactions", Header: "TRANSACTIONS", Value: func(r seedResultRow) string { return fmt.Sprint(r.Transactions) }},
	}
}

func newCmdSeedSync(f *cmdutil.Factory) *cobra.Command {
	var n int
	var user string
	var attachments bool
	cmd := &cobra.Command{
		Use:   "sync",
		Short: "Add a Sync account with N transactions to the emulator's state",
		Long: `Writes one account with N transactions (for --user, or for a new user named
"Seed") straight into the emulator's state file, in large batches. The state file
must not be in use: stop ` + "`mxpay emulator serve`" + ` first, seed, then serve again.`,
		Example: `  mxpay emulator seed sync --transactions 1000000
  mxpay emulator seed sync --transactions 2000 --attachments
  mxpay emulator seed sync --transactions 5000 --user 5df7e5f40437a90a8d5037a0 -o json`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if n <= 0 {
				return cmdutil.UsageErrorf("--transactions must be a positive number")
			}
			path, err := emulator.DefaultDBPath(f.Getenv)
			if err != nil {
				return err
			}
			st, err := state.OpenWithLockTimeout(path, time.Second)
			if errors.Is(err, state.ErrLocked) {
				return cmdutil.WithHint(fmt.Errorf("the emulator state %s is in use", path), "stop `mxpay emulator serve` while seeding")
			}
			if err != nil {
				return err
			}
			defer st.Close()
			start := time.Now()
			seed := syncemu.Seed
			if attachments {
				seed = syncemu.SeedWithAttachments
			}
			res, err := seed(st, user, n)
			if err != nil {
				return err
			}
			fmt.Fprintf(f.IOStreams.ErrOut, "Seeded %d transactions in %s.\n", res.Transactions, time.Since(start).Round(time.Millisecond))
			settings, err := f.Settings()
			if err != nil {
				return err
			}
			return output.PrintObject(f.IOStreams, settings.Output, seedColumns(), nil, res)
		},
	}
	cmd.Flags().IntVar(&n, "transactions", 0, "how many transactions to write (`N`)")
	cmd.Flags().BoolVar(&attachments, "attachments", false, "attach a CFDI XML to every transaction")
	cmd.Flags().StringVar(&user, "user", "", "the Sync user `ID` to seed (default: a new user)")
	cmdutil.SetFields(cmd, output.ColumnNames(seedColumns())...)
	return cmd
}
