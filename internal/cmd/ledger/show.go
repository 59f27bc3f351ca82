package ledger

import (
	"context"
	"errors"
	"strconv"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/ledger"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/spf13/cobra"
)

// ShowOptions are `ledger show`'s dependencies and argument.
type ShowOptions struct {
	deps
	ID string
}

// NewCmdShow builds `ledger show ID`; runF replaces the run in tests.
func NewCmdShow(f *cmdutil.Factory, runF func(*ShowOptions) error) *cobra.Command {
	opts := &ShowOptions{deps: depsOf(f)}
	return &cobra.Command{
		Use:   "show ID",
		Short: "Show one ledger entry: what was sent, what became of it, its references",
		Example: `  $ mxpay ledger show 42
  $ mxpay ledger show 42 -o json --jq '.refs[] | select(.kind == "bank_reference") | .value'`,
		Args: cmdutil.ExactArgs(1, "ID"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.ID = args[0]
			if runF != nil {
				return runF(opts)
			}
			return showRun(cmd.Context(), opts)
		},
	}
}

func showRun(ctx context.Context, opts *ShowOptions) error {
	id, err := strconv.ParseInt(opts.ID, 10, 64)
	if err != nil || id <= 0 {
		return cmdutil.UsageErrorf("ledger entry id %q: an entry id is a positive number (see `mxpay ledger list`)", opts.ID)
	}
	s, err := opts.Settings()
	if err != nil {
		return err
	}
	l, err := opts.Ledger()
	if err != nil {
		return err
	}
	e, err := l.Get(ctx, id)
	if errors.Is(err, ledger.ErrNotFound) {
		return cmdutil.WithHintf(cmdutil.UsageErrorf("there is no ledger entry %s in %s", strconv.FormatInt(id, 10), l.Location()), "list the entries with `mxpay ledger list`")
	}
	if err != nil {
		return err
	}
	cols := append(EntryColumns(), output.Column[ledger.Entry]{Name: "duplicate", Header: "DUPLICATE ON PURPOSE", Value: func(e ledger.Entry) string { return strconv.FormatBool(e.Duplicate) }, Words: true})
	return output.PrintObject(opts.IO, s.Output, cols, RawEntry, e)
}
