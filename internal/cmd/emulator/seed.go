package emulator

import (
	"errors"
	"fmt"
	"time"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/emulator/state"
	syncemu "github.com/mxpay/mxpay/internal/emulator/sync"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/spf13/cobra"
)

// NewCmdSeed is `mxpay emulator seed`, hidden: it fills the emulator with
// big data sets for benchmarks and demos (Sync transactions, Facti
// payments).
func NewCmdSeed(f *cmdutil.Factory, runF func(*SeedOptions) error) *cobra.Command {
	cmd := &cobra.Command{
		Use:    "seed <provider>",
		Short:  "Fill the emulator with large data sets, for benchmarks",
		Hidden: true,
		Args:   cmdutil.NoArgs,
	}
	cmd.AddCommand(NewCmdSeedSync(f, runF), NewCmdSeedFacti(f, nil))
	return cmd
}

// SeedOptions are `mxpay emulator seed sync`'s dependencies and flags.
type SeedOptions struct {
	IO           *output.IOStreams
	Settings     func() (*cmdutil.Settings, error)
	DBPath       func() (string, error)
	Transactions int
	User         string
	Attachments  bool
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

// NewCmdSeedSync builds `mxpay emulator seed sync`; runF replaces seedSyncRun.
func NewCmdSeedSync(f *cmdutil.Factory, runF func(*SeedOptions) error) *cobra.Command {
	opts := &SeedOptions{IO: f.IOStreams, Settings: f.Settings, DBPath: dbPath(f)}
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
			if runF != nil {
				return runF(opts)
			}
			return seedSyncRun(opts)
		},
	}
	cmd.Flags().IntVar(&opts.Transactions, "transactions", 0, "how many transactions to write (`N`)")
	cmd.Flags().BoolVar(&opts.Attachments, "attachments", false, "attach a CFDI XML to every transaction")
	cmd.Flags().StringVar(&opts.User, "user", "", "the Sync user `ID` to seed (default: a new user)")
	cmdutil.SetFields(cmd, output.ColumnNames(seedColumns())...)
	return cmd
}

func seedSyncRun(opts *SeedOptions) error {
	if opts.Transactions <= 0 {
		return cmdutil.UsageErrorf("--transactions must be a positive number")
	}
	seed := syncemu.Seed
	if opts.Attachments {
		seed = syncemu.SeedWithAttachments
	}
	return seedRun(opts.IO, opts.Settings, opts.DBPath, "Seeded %d transaction(s) in %s.", seedColumns(), func(st *state.Store) (seedResultRow, int, error) {
		res, err := seed(st, opts.User, opts.Transactions)
		return res, res.Transactions, err
	})
}

// seedRun opens the state file for seeding, runs seed, says how long it
// took (done: a plural message of the count and the time) and prints what
// it wrote.
func seedRun[T any](ios *output.IOStreams, settings func() (*cmdutil.Settings, error), dbPath func() (string, error), done string, cols []output.Column[T], seed func(*state.Store) (T, int, error)) error {
	path, err := dbPath()
	if err != nil {
		return err
	}
	st, err := openForSeeding(path)
	if err != nil {
		return err
	}
	defer st.Close()
	start := time.Now()
	res, n, err := seed(st)
	if err != nil {
		return err
	}
	fmt.Fprintln(ios.ErrOut, ios.T(done, n, time.Since(start).Round(time.Millisecond).String()))
	s, err := settings()
	if err != nil {
		return err
	}
	return output.PrintObject(ios, s.Output, cols, nil, res)
}

// openForSeeding opens the state file, which `emulator serve` must not hold.
func openForSeeding(path string) (*state.Store, error) {
	st, err := state.OpenWithLockTimeout(path, time.Second)
	if errors.Is(err, state.ErrLocked) {
		return nil, cmdutil.WithHintf(i18n.Errorf("the emulator state %s is in use", path), "stop `mxpay emulator serve` while seeding")
	}
	return st, err
}
