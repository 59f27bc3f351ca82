package ledger

import (
	"context"
	"strings"
	"time"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/ledger"
	"github.com/spf13/cobra"
)

// ListOptions are `ledger list`'s dependencies and flags.
type ListOptions struct {
	deps
	Now func() time.Time

	Provider, Operation     string
	Statuses                []string
	Since, Until            string
	Company, Folio, OrderID string
	ProviderID              string
	Limit                   int
	AllEnvs, Oldest, Totals bool
}

// NewCmdList builds `ledger list`; runF replaces the run in tests.
func NewCmdList(f *cmdutil.Factory, runF func(*ListOptions) error) *cobra.Command {
	opts := &ListOptions{deps: depsOf(f), Now: time.Now}
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the ledger's entries, newest first",
		Long: `List what mxpay sent in the run's environment (--env), newest first, streamed.
A table shows the main columns (--fields chooses; csv and json carry every
field, json the ledger's own objects with their references). On a terminal
a table ends with its totals on stderr; --totals prints only the totals, per
currency and outcome, in any format. Amounts are exact.`,
		Example: `  $ mxpay ledger list --since today
  $ mxpay ledger list --provider facti --operation new_request --folio 1001
  $ mxpay ledger list --status pending --all-envs -o json
  $ mxpay ledger list --provider pagofacil --since 2026-03-01 --until 2026-04-01 --totals -o csv`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if runF != nil {
				return runF(opts)
			}
			return listRun(cmd.Context(), opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&opts.Provider, "provider", "", "only entries sent to this provider: facti, pagofacil or sync")
	fl.StringVar(&opts.Operation, "operation", "", "only this operation: new_request, mark_paid, delete, transaccion or credential_create")
	fl.StringSliceVar(&opts.Statuses, "status", nil, "only these outcomes (repeatable or comma-separated): "+strings.Join(Statuses, ", "))
	fl.StringVar(&opts.Since, "since", "", "only entries recorded at or after this: YYYY-MM-DD, \"YYYY-MM-DD HH:MM:SS\", RFC 3339, today, yesterday, or a duration back (24h)")
	fl.StringVar(&opts.Until, "until", "", "only entries recorded before this (same forms as --since)")
	fl.StringVar(&opts.Company, "company", "", "only entries of this Facti company id")
	fl.StringVar(&opts.Folio, "folio", "", "only entries of this folio")
	fl.StringVar(&opts.OrderID, "order-id", "", "only entries of this PagoFácil order id")
	fl.StringVar(&opts.ProviderID, "provider-id", "", "only entries of this provider id (a Facti payment, a PagoFácil transaction, a Sync credential)")
	fl.IntVar(&opts.Limit, "limit", 0, "at most this many entries (0: all)")
	fl.BoolVar(&opts.AllEnvs, "all-envs", false, "entries of every environment, not only the run's (--env)")
	fl.BoolVar(&opts.Oldest, "oldest-first", false, "in the order they were recorded")
	fl.BoolVar(&opts.Totals, "totals", false, "print only the totals: entries and exact amount per currency and outcome")
	fixed := func(values ...string) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return values, cobra.ShellCompDirectiveNoFileComp
		}
	}
	_ = cmd.RegisterFlagCompletionFunc("provider", fixed("facti", "pagofacil", "sync"))
	_ = cmd.RegisterFlagCompletionFunc("operation", fixed("new_request", "mark_paid", "delete", "transaccion", "credential_create"))
	_ = cmd.RegisterFlagCompletionFunc("status", fixed(Statuses...))
	return cmd
}

// filter turns the flags into a ledger filter for the run's environment.
func (opts *ListOptions) filter(s *cmdutil.Settings) (ledger.Filter, error) {
	f := ledger.Filter{Provider: ledger.Provider(strings.ToLower(opts.Provider)), Operation: ledger.Operation(strings.ToLower(opts.Operation)),
		Environment: envFilter(s, opts.AllEnvs), CompanyID: opts.Company, Folio: opts.Folio, OrderID: opts.OrderID,
		ProviderID: opts.ProviderID, Limit: opts.Limit}
	switch f.Provider {
	case "", ledger.Facti, ledger.PagoFacil, ledger.Sync:
	default:
		return f, cmdutil.UsageErrorf("--provider %q: use facti, pagofacil or sync", opts.Provider)
	}
	switch f.Operation {
	case "", ledger.NewRequest, ledger.MarkPaid, ledger.Delete, ledger.Transaccion, ledger.CredentialCreate:
	default:
		return f, cmdutil.UsageErrorf("--operation %q: use new_request, mark_paid, delete, transaccion or credential_create", opts.Operation)
	}
	if opts.Limit < 0 {
		return f, cmdutil.UsageErrorf("--limit %d: use 0 (all) or more", opts.Limit)
	}
	if opts.Oldest {
		f.Order = ledger.ByID
	}
	var err error
	if f.Status, err = ParseStatuses(opts.Statuses); err != nil {
		return f, err
	}
	now := opts.Now()
	if f.Since, err = ParseTime("since", opts.Since, now); err != nil {
		return f, err
	}
	if f.Until, err = ParseTime("until", opts.Until, now); err != nil {
		return f, err
	}
	return f, nil
}

func listRun(ctx context.Context, opts *ListOptions) error {
	s, err := opts.Settings()
	if err != nil {
		return err
	}
	f, err := opts.filter(s)
	if err != nil {
		return err
	}
	l, err := opts.Ledger()
	if err != nil {
		return err
	}
	return Print(opts.IO, s.Output, l.List(ctx, f), EntryColumns(), DefaultListFields, opts.Totals)
}
