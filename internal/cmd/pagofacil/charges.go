package pagofacil

import (
	"context"
	"strings"
	"time"

	ledgercmd "github.com/mxpay/mxpay/internal/cmd/ledger"
	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/ledger"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/mxpay/mxpay/internal/settle"
	"github.com/spf13/cobra"
)

// newCmdCharges groups what mxpay knows of its charges: PagoFácil has no
// listing, so the ledger is the only record of what was charged.
func newCmdCharges(f *cmdutil.Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "charges <command>",
		Short: "The charges mxpay made, from the ledger (PagoFácil has no listing)",
		Args:  cmdutil.NoArgs,
	}
	cmd.AddCommand(NewCmdChargesList(f, nil))
	return cmd
}

// ChargesListOptions are `pagofacil charges list`'s inputs.
type ChargesListOptions struct {
	IO       *output.IOStreams
	Settings func() (*cmdutil.Settings, error)
	Ledger   func() (ledger.Ledger, error)
	Now      func() time.Time

	Since, Until, OrderID string
	Statuses              []string
	Limit                 int
	Totals                bool
}

// NewCmdChargesList builds `pagofacil charges list`; runF replaces the run
// in tests.
func NewCmdChargesList(f *cmdutil.Factory, runF func(*ChargesListOptions) error) *cobra.Command {
	opts := &ChargesListOptions{IO: f.IOStreams, Settings: f.Settings, Ledger: f.Ledger, Now: time.Now}
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the charges mxpay sent, newest first, with what became of them",
		Long: `List the card charges mxpay sent in the run's environment (--env), from the
ledger: PagoFácil has no listing endpoint, so this is the record of what was
charged. Outcome: approved (created, or found by verificar after a lost
reply), declined, failed (refused or never sent), in_flight or unknown (run
` + "`mxpay pagofacil verify --pending`" + `). --totals prints exact totals per outcome.`,
		Example: `  # What did we charge today?
  mxpay pagofacil charges list --since today --status approved --totals
  mxpay pagofacil charges list --since 2026-03-01 --until 2026-04-01 -o csv
  mxpay pagofacil charges list --status pending`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if runF != nil {
				return runF(opts)
			}
			return chargesListRun(cmd.Context(), opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&opts.Since, "since", "", "only charges sent at or after this: YYYY-MM-DD, \"YYYY-MM-DD HH:MM:SS\", RFC 3339, today, yesterday, or a duration back (24h)")
	fl.StringVar(&opts.Until, "until", "", "only charges sent before this (same forms as --since)")
	fl.StringSliceVar(&opts.Statuses, "status", nil, "only these outcomes: approved, declined, failed, pending (in_flight and unknown), or the ledger's names")
	fl.StringVar(&opts.OrderID, "order-id", "", "only the charges of this order id")
	fl.IntVar(&opts.Limit, "limit", 0, "at most this many (0: all)")
	fl.BoolVar(&opts.Totals, "totals", false, "print only the totals: charges and exact amount per outcome")
	cmdutil.SetFields(cmd, output.ColumnNames(chargeColumns())...)
	return cmd
}

// chargeOutcomeName is a charge's outcome in PagoFácil's words.
func chargeOutcomeName(s ledger.Status) string {
	if s == settle.Created || s == settle.Found {
		return "approved"
	}
	return string(s)
}

func chargeColumns() []output.Column[ledger.Entry] {
	return []output.Column[ledger.Entry]{
		{Name: "id", Header: "ENTRY", Value: func(e ledger.Entry) string { return ledgercmd.EntryColumns()[0].Value(e) }},
		{Name: "created", Header: "SENT", Value: func(e ledger.Entry) string { return ledgercmd.FormatTime(e.Created) }},
		{Name: "order_id", Header: "ORDER", Value: func(e ledger.Entry) string { return e.OrderID }},
		{Name: "amount", Header: "AMOUNT", Value: func(e ledger.Entry) string { return e.Amount.String() }},
		{Name: "currency", Header: "CUR", Value: func(e ledger.Entry) string { return e.Currency }},
		{Name: "outcome", Header: "OUTCOME", Value: func(e ledger.Entry) string { return chargeOutcomeName(e.Status) }, Words: true},
		{Name: "status", Header: "LEDGER STATUS", Value: func(e ledger.Entry) string { return string(e.Status) }, Words: true},
		{Name: "transaction", Header: "TRANSACTION", Value: func(e ledger.Entry) string { return e.ProviderID }},
		{Name: "authorization", Header: "AUTHORIZATION", Value: func(e ledger.Entry) string { return e.Ref(ledger.RefAuthorization) }},
		{Name: "card", Header: "CARD", Value: func(e ledger.Entry) string { return e.Ref(ledger.RefMaskedCard) }},
		{Name: "who", Header: "WHO", Value: ledgercmd.WhoOf},
		{Name: "message", Header: "MESSAGE", Value: func(e ledger.Entry) string { return e.Message }},
	}
}

var defaultChargeFields = []string{"id", "created", "order_id", "amount", "outcome", "transaction", "authorization", "card"}

func chargesListRun(ctx context.Context, opts *ChargesListOptions) error {
	s, err := opts.Settings()
	if err != nil {
		return err
	}
	var statuses []string
	for _, v := range opts.Statuses {
		for st := range strings.SplitSeq(v, ",") {
			if strings.EqualFold(strings.TrimSpace(st), "approved") {
				statuses = append(statuses, string(settle.Created), string(settle.Found))
				continue
			}
			statuses = append(statuses, st)
		}
	}
	f := ledger.Filter{Provider: ledger.PagoFacil, Operation: ledger.Transaccion, Environment: s.Env, OrderID: opts.OrderID, Limit: opts.Limit}
	if f.Status, err = ledgercmd.ParseStatuses(statuses); err != nil {
		return err
	}
	now := opts.Now()
	if f.Since, err = ledgercmd.ParseTime("since", opts.Since, now); err != nil {
		return err
	}
	if f.Until, err = ledgercmd.ParseTime("until", opts.Until, now); err != nil {
		return err
	}
	if opts.Limit < 0 {
		return cmdutil.UsageErrorf("--limit %d: use 0 (all) or more", opts.Limit)
	}
	l, err := opts.Ledger()
	if err != nil {
		return err
	}
	return ledgercmd.Print(opts.IO, s.Output, l.List(ctx, f), chargeColumns(), defaultChargeFields, opts.Totals)
}
