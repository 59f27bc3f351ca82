package facti

import (
	"context"
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/facti"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/spf13/cobra"
)

// ListOptions are `facti payments list`'s dependencies and flags.
type ListOptions struct {
	clients
	Prompt Prompt

	Company, SinceID, MaxID, Status, PaidFrom, PaidTo string
	Serie, Folio                                      string
	Limit                                             int
	All, Totals                                       bool
}

// NewCmdList builds `facti payments list`; runF replaces the run in tests.
func NewCmdList(f *cmdutil.Factory, runF func(*ListOptions) error) *cobra.Command {
	opts := &ListOptions{clients: clientsOf(f), Prompt: promptOf(f)}
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List a company's payment requests (company_payments)",
		Long: `List the payment requests of a company, oldest first, one page (at most 200)
at a time; --all pages by id until every matching payment has been printed,
streaming the rows so memory stays flat however many there are.

Facti cannot search by folio: --folio and --serie page through the payments
(from --since-id on) and keep those that match.`,
		Example: `  $ mxpay facti payments list --status pending
  # Paid last week (GNU date), as CSV
  $ mxpay facti payments list --status paid --paid-from "$(date -d '-7 days' +%F)" -o csv
  # The total still to collect, exact to the cent
  $ mxpay facti payments list --status pending --all --totals
  $ mxpay facti payments list --all -o csv > payments.csv
  $ mxpay facti payments list --since-id 4000 --serie A --folio 1001`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if runF != nil {
				return runF(opts)
			}
			return listRun(cmd.Context(), opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&opts.Company, "company", "", "Facti company id (default: the profile's facti.company_id)")
	fl.StringVar(&opts.SinceID, "since-id", "", "only payments with an id greater than or equal to this")
	fl.StringVar(&opts.MaxID, "max-id", "", "only payments with an id less than or equal to this")
	fl.IntVar(&opts.Limit, "limit", 0, "how many payments to fetch, 1 to 200 (with --all: the page size; default 200)")
	fl.StringVar(&opts.Status, "status", "", "only pending or paid payments: pending|paid")
	fl.StringVar(&opts.PaidFrom, "paid-from", "", `only payments paid at or after this: YYYY-MM-DD or "YYYY-MM-DD HH:MM:SS"`)
	fl.StringVar(&opts.PaidTo, "paid-to", "", `only payments paid at or before this: YYYY-MM-DD (the whole day) or "YYYY-MM-DD HH:MM:SS"`)
	fl.StringVar(&opts.Folio, "folio", "", "only payments with this folio (pages through all payments)")
	fl.StringVar(&opts.Serie, "serie", "", "only payments with this serie (pages through all payments)")
	fl.BoolVar(&opts.All, "all", false, "fetch every page until exhausted")
	cmdutil.AddTotalsFlag(cmd, &opts.Totals)
	_ = cmd.RegisterFlagCompletionFunc("status", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return []string{"pending", "paid"}, cobra.ShellCompDirectiveNoFileComp
	})
	return cmd
}

func (o *ListOptions) filter() (facti.ListFilter, error) {
	lf := facti.ListFilter{SinceID: o.SinceID, MaxID: o.MaxID, Limit: o.Limit}
	for _, id := range [][2]string{{"--since-id", o.SinceID}, {"--max-id", o.MaxID}} {
		if id[1] != "" {
			if err := facti.CheckID(id[0], id[1]); err != nil {
				return lf, cmdutil.UsageErrorf("%v", err)
			}
		}
	}
	if o.Limit != 0 && (o.Limit < 1 || o.Limit > facti.MaxLimit) {
		return lf, cmdutil.UsageErrorf("--limit %d is out of range: Facti returns 1 to %d payments per request (use --all for more)", o.Limit, facti.MaxLimit)
	}
	switch strings.ToLower(o.Status) {
	case "":
	case "pending", "0":
		lf.Status = "0"
	case "paid", "1":
		lf.Status = "1"
	default:
		return lf, cmdutil.UsageErrorf("--status %q: use pending or paid", o.Status)
	}
	var err error
	if o.PaidFrom != "" {
		if lf.FromPaymentDate, err = facti.CheckDateTime("--paid-from", o.PaidFrom, false); err != nil {
			return lf, cmdutil.UsageErrorf("%v", err)
		}
	}
	if o.PaidTo != "" {
		if lf.ToPaymentDate, err = facti.CheckDateTime("--paid-to", o.PaidTo, true); err != nil {
			return lf, cmdutil.UsageErrorf("%v", err)
		}
	}
	return lf, nil
}

// wants reports whether p passes --serie and --folio.
func (o *ListOptions) wants(p *facti.Payment) bool {
	return (o.Folio == "" || facti.SameFolio(o.Folio, string(p.Folio))) && (o.Serie == "" || strings.EqualFold(strings.TrimSpace(o.Serie), strings.TrimSpace(string(p.Serie))))
}

func listRun(ctx context.Context, opts *ListOptions) error {
	lf, err := opts.filter()
	if err != nil {
		return err
	}
	// Credentials first: without them the company id is not the problem.
	s, c, err := opts.settingsAndClient()
	if err != nil {
		return err
	}
	if lf.CompanyID, err = resolveCompany(opts.Settings, opts.Prompt, opts.Company); err != nil {
		return err
	}
	o := s.Output
	o.Totals = cmdutil.TotalsIf(opts.Totals, output.Totals{Amount: "total_amount", Fixed: "MXN"})
	list, err := output.NewList(opts.IO, o, paymentColumns(), rawOf)
	if err != nil {
		return err
	}
	if opts.All || opts.Folio != "" || opts.Serie != "" {
		for p, err := range c.Payments(list.Stream(ctx), lf) {
			if err != nil {
				list.Flush() // the payments read before the error
				return err
			}
			if opts.wants(&p) {
				if err := list.Add(&p); err != nil {
					return err
				}
			}
		}
		return list.Close()
	}
	page, err := c.ListPayments(ctx, lf)
	if err != nil {
		return err
	}
	for i := range page {
		if err := list.Add(&page[i]); err != nil {
			return err
		}
	}
	return list.Close()
}
