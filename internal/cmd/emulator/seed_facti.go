package emulator

import (
	"strconv"

	"github.com/mxpay/mxpay/internal/cmdutil"
	factiemu "github.com/mxpay/mxpay/internal/emulator/facti"
	"github.com/mxpay/mxpay/internal/emulator/state"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/spf13/cobra"
)

// SeedFactiOptions are `mxpay emulator seed facti`'s dependencies and flags.
type SeedFactiOptions struct {
	IO       *output.IOStreams
	Settings func() (*cmdutil.Settings, error)
	DBPath   func() (string, error)
	Payments int
}

func seedFactiColumns() []output.Column[factiemu.SeedResult] {
	return []output.Column[factiemu.SeedResult]{
		{Name: "company_id", Header: "COMPANY", Value: func(r factiemu.SeedResult) string { return r.CompanyID }},
		{Name: "first_id", Header: "FIRST ID", Value: func(r factiemu.SeedResult) string { return strconv.FormatUint(r.FirstID, 10) }},
		{Name: "last_id", Header: "LAST ID", Value: func(r factiemu.SeedResult) string { return strconv.FormatUint(r.LastID, 10) }},
		{Name: "payments", Header: "PAYMENTS", Value: func(r factiemu.SeedResult) string { return strconv.Itoa(r.Payments) }},
	}
}

// NewCmdSeedFacti builds `mxpay emulator seed facti`; runF replaces seedFactiRun.
func NewCmdSeedFacti(f *cmdutil.Factory, runF func(*SeedFactiOptions) error) *cobra.Command {
	opts := &SeedFactiOptions{IO: f.IOStreams, Settings: f.Settings, DBPath: dbPath(f)}
	cmd := &cobra.Command{
		Use:   "facti",
		Short: "Add N payment requests of the demo company to the emulator's state",
		Long: `Writes N payment requests of the demo company (serie SEED, every third one paid)
straight into the emulator's state file, in large batches. The state file must not be
in use: stop ` + "`mxpay emulator serve`" + ` first, seed, then serve again.`,
		Example: `  mxpay emulator seed facti --payments 100000`,
		Args:    cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if runF != nil {
				return runF(opts)
			}
			return seedFactiRun(opts)
		},
	}
	cmd.Flags().IntVar(&opts.Payments, "payments", 0, "how many payment requests to write (`N`)")
	cmdutil.SetFields(cmd, output.ColumnNames(seedFactiColumns())...)
	return cmd
}

func seedFactiRun(opts *SeedFactiOptions) error {
	if opts.Payments <= 0 {
		return cmdutil.UsageErrorf("--payments must be a positive number")
	}
	return seedRun(opts.IO, opts.Settings, opts.DBPath, "Seeded %d payment(s) in %s.", seedFactiColumns(), func(st *state.Store) (factiemu.SeedResult, int, error) {
		res, err := factiemu.SeedPayments(st, opts.Payments)
		return res, res.Payments, err
	})
}
