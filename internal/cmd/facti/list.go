package facti

import (
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/facti"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/spf13/cobra"
)

type listOptions struct {
	company, sinceID, maxID, status, paidFrom, paidTo string
	limit                                             int
	all                                               bool
}

func newCmdList(f *cmdutil.Factory) *cobra.Command {
	o := &listOptions{}
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List a company's payment requests (company_payments)",
		Long: `List the payment requests of a company, oldest first, one page (at most 200)
at a time; --all pages by id until every matching payment has been printed,
streaming the rows so memory stays flat however many there are.`,
		Example: `  $ mxpay facti payments list --status pending
  $ mxpay facti payments list --status paid --paid-from 2024-05-01 --paid-to 2024-05-31 -o csv
  $ mxpay facti payments list --all -o csv > payments.csv`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return runList(cmd, f, o) },
	}
	fl := cmd.Flags()
	fl.StringVar(&o.company, "company", "", "Facti company id (default: the profile's facti.company_id)")
	fl.StringVar(&o.sinceID, "since-id", "", "only payments with an id greater than or equal to this")
	fl.StringVar(&o.maxID, "max-id", "", "only payments with an id less than or equal to this")
	fl.IntVar(&o.limit, "limit", 0, "how many payments to fetch, 1 to 200 (with --all: the page size; default 200)")
	fl.StringVar(&o.status, "status", "", "only pending or paid payments: pending|paid")
	fl.StringVar(&o.paidFrom, "paid-from", "", `only payments paid at or after this: YYYY-MM-DD or "YYYY-MM-DD HH:MM:SS"`)
	fl.StringVar(&o.paidTo, "paid-to", "", `only payments paid at or before this: YYYY-MM-DD (the whole day) or "YYYY-MM-DD HH:MM:SS"`)
	fl.BoolVar(&o.all, "all", false, "fetch every page until exhausted")
	_ = cmd.RegisterFlagCompletionFunc("status", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return []string{"pending", "paid"}, cobra.ShellCompDirectiveNoFileComp
	})
	return cmd
}

func (o *listOptions) filter() (facti.ListFilter, error) {
	lf := facti.ListFilter{SinceID: o.sinceID, MaxID: o.maxID, Limit: o.limit}
	for _, id := range [][2]string{{"--since-id", o.sinceID}, {"--max-id", o.maxID}} {
		if id[1] != "" {
			if err := facti.CheckID(id[0], id[1]); err != nil {
				return lf, cmdutil.UsageErrorf("%v", err)
			}
		}
	}
	if o.limit != 0 && (o.limit < 1 || o.limit > facti.MaxLimit) {
		return lf, cmdutil.UsageErrorf("--limit %d is out of range: Facti returns 1 to %d payments per request (use --all for more)", o.limit, facti.MaxLimit)
	}
	switch strings.ToLower(o.status) {
	case "":
	case "pending", "0":
		lf.Status = "0"
	case "paid", "1":
		lf.Status = "1"
	default:
		return lf, cmdutil.UsageErrorf("--status %q: use pending or paid", o.status)
	}
	var err error
	if o.paidFrom != "" {
		if lf.FromPaymentDate, err = facti.CheckDateTime("--paid-from", o.paidFrom, false); err != nil {
			return lf, cmdutil.UsageErrorf("%v", err)
		}
	}
	if o.paidTo != "" {
		if lf.ToPaymentDate, err = facti.CheckDateTime("--paid-to", o.paidTo, true); err != nil {
			return lf, cmdutil.UsageErrorf("%v", err)
		}
	}
	return lf, nil
}

func runList(cmd *cobra.Command, f *cmdutil.Factory, o *listOptions) error {
	lf, err := o.filter()
	if err != nil {
		return err
	}
	if lf.CompanyID, err = companyID(f, o.company); err != nil {
		return err
	}
	s, err := f.Settings()
	if err != nil {
		return err
	}
	c, _, err := newClient(f)
	if err != nil {
		return err
	}
	list, err := output.NewList(f.IOStreams, s.Output, paymentColumns(), rawOf)
	if err != nil {
		return err
	}
	ctx := cmd.Context()
	if o.all {
		if lf.Limit == 0 {
			lf.Limit = facti.MaxLimit
		}
		if err := c.EachPayment(ctx, lf, list.Add); err != nil {
			return err
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
