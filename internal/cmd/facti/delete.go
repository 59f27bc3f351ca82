package facti

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/facti"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/ledger"
	"github.com/mxpay/mxpay/internal/settle"
	"github.com/spf13/cobra"
)

// DeleteOptions are `facti payments delete`'s dependencies and arguments.
type DeleteOptions struct {
	clients
	Prompt   Prompt
	Confirm  func(cmdutil.Action) error
	Ledger   func() (ledger.Ledger, error)
	Redactor *cmdutil.Redactor
	ID       string
	Company  string
}

// NewCmdDelete builds `facti payments delete ID`; runF replaces the run in tests.
func NewCmdDelete(f *cmdutil.Factory, runF func(*DeleteOptions) error) *cobra.Command {
	opts := &DeleteOptions{clients: clientsOf(f), Prompt: promptOf(f), Confirm: f.ConfirmAction, Ledger: f.Ledger, Redactor: f.Redactor()}
	cmd := &cobra.Command{
		Use:   "delete ID",
		Short: "Delete a pending payment request",
		Long: `Delete a payment request. Facti only deletes pending requests: one that has
been paid cannot be deleted. Asks for confirmation on a terminal; pass --yes otherwise.

The request is sent once. If its reply is lost, mxpay reads the payment until
Facti no longer shows it (over verify_window) and reports what it is now.`,
		Example:           "  $ mxpay facti payments delete 38 --company 452\n  $ mxpay facti payments delete 38 --yes",
		Args:              cmdutil.ExactArgs(1, "ID"),
		ValidArgsFunction: completePaymentIDs(opts.clients, "0"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.ID = args[0]
			if runF != nil {
				return runF(opts)
			}
			return deleteRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.Company, "company", "", "Facti company id the payment belongs to (default: the profile's facti.company_id)")
	return cmd
}

func deleteRun(ctx context.Context, opts *DeleteOptions) error {
	id := opts.ID
	if err := facti.CheckID("payment id", id); err != nil {
		return cmdutil.UsageErrorf("%v", err)
	}
	company, err := resolveCompany(opts.Settings, opts.Prompt, opts.Company)
	if err != nil {
		return err
	}
	l, err := opts.Ledger()
	if err != nil {
		return err
	}
	s, err := opts.Settings()
	if err != nil {
		return err
	}
	_, c, p, err := opts.readPayment(ctx, id)
	var refused *facti.Error
	if errors.As(err, &refused) && !refused.IsAuth() {
		// Facti does not show it: an earlier delete whose reply was lost
		// may have taken.
		if done, serr := settleChanges(ctx, l, s, ledger.Delete, company, id, true); serr == nil && len(done) > 0 {
			fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("An earlier run deleted payment %s (ledger entry %s): its reply was lost, and Facti no longer shows it.", id, strconv.FormatInt(done[0].ID, 10)))
			return nil
		}
	}
	if err != nil {
		return err
	}
	if _, err := settleChanges(ctx, l, s, ledger.Delete, company, id, false); err != nil {
		return err
	}
	if p.Paid() {
		return cmdutil.RejectedError(i18n.Errorf("payment %s cannot be deleted: it was paid (confirmed %s via %s), and Facti only deletes pending payment requests", id, orDash(p.ConfirmedDate), orDash(p.ConfirmedFrom)), "")
	}
	if err := opts.Confirm(cmdutil.Action{
		Question:   opts.IO.T("Delete payment %s (folio %s, %s)?", id, string(p.Folio), p.TotalAmount.Format()),
		Summary:    append(paymentSummary(opts.IO, ledger.Delete, p), opts.IO.T("Company: %s", company)),
		Production: opts.IO.T("this deletes a real customer's payment request"),
		AskAlways:  true,
	}); err != nil {
		return err
	}
	res, err := changeRecorded(ctx, l, changeIntent(s, ledger.Delete, company, p), opts.Redactor,
		func() (*facti.ChangeResult, error) { return c.DeleteOrCheck(ctx, company, id, p) })
	if err != nil {
		return changeHint(err, s, id)
	}
	if res.Outcome == settle.Found {
		fmt.Fprintln(opts.IO.ErrOut, readerOf(opts.IO).T("The reply was lost (%v), but Facti no longer shows payment %s: it was deleted.", res.Cause, id))
	} else {
		fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("Payment %s deleted.", id))
	}
	return printPayment(opts.IO, s, res.Payment)
}
