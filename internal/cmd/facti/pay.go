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
	"github.com/mxpay/mxpay/internal/output"
	"github.com/mxpay/mxpay/internal/settle"
	"github.com/spf13/cobra"
)

// PayOptions are `facti payments pay`'s dependencies and arguments.
type PayOptions struct {
	clients
	Confirm  func(cmdutil.Action) error
	Ledger   func() (ledger.Ledger, error)
	Redactor *cmdutil.Redactor
	ID       string
}

// NewCmdPay builds `facti payments pay ID`; runF replaces the run in tests.
func NewCmdPay(f *cmdutil.Factory, runF func(*PayOptions) error) *cobra.Command {
	opts := &PayOptions{clients: clientsOf(f), Confirm: f.ConfirmAction, Ledger: f.Ledger, Redactor: f.Redactor()}
	return &cobra.Command{
		Use:   "pay ID",
		Short: "Mark a pending payment request as paid",
		Long: `Mark a pending payment request as paid (conciliated by hand); Facti then sends
its IPN. Only pending → paid is possible, never back. Asks for confirmation on a
terminal; pass --yes otherwise.

The request is sent once. If its reply is lost, mxpay reads the payment until it
shows paid (over verify_window) and reports what it is now.`,
		Example:           "  $ mxpay facti payments pay 38\n  $ mxpay facti payments pay 38 --yes -o json",
		Args:              cmdutil.ExactArgs(1, "ID"),
		ValidArgsFunction: completePaymentIDs(opts.clients, "0"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.ID = args[0]
			if runF != nil {
				return runF(opts)
			}
			return payRun(cmd.Context(), opts)
		},
	}
}

func payRun(ctx context.Context, opts *PayOptions) error {
	id := opts.ID
	s, c, p, err := opts.readPayment(ctx, id)
	if err != nil {
		return err
	}
	l, err := opts.Ledger()
	if err != nil {
		return err
	}
	if p.Paid() {
		// Paid already: an earlier mark whose reply was lost may have done it.
		if _, earlier, err := MarkPaid(ctx, c, l, s, changeCompany(opts.clients, p), p, opts.Redactor); err != nil || len(earlier) > 0 {
			if err == nil {
				fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("An earlier run marked payment %s paid (ledger entry %s): its reply was lost, and the payment shows paid now.", id, strconv.FormatInt(earlier[0].ID, 10)))
				err = printPayment(opts.IO, s, p)
			}
			return err
		}
		return cmdutil.RejectedError(i18n.Errorf("payment %s is already paid (confirmed %s via %s); nothing changed", id, orDash(p.ConfirmedDate), orDash(p.ConfirmedFrom)), "")
	}
	if err := opts.Confirm(cmdutil.Action{
		Question:   opts.IO.T("Mark payment %s (folio %s, %s) as paid?", id, string(p.Folio), p.TotalAmount.Format()),
		Summary:    paymentSummary(opts.IO, ledger.MarkPaid, p),
		Production: opts.IO.T("this marks a real customer's payment request as paid, and Facti sends its IPN"),
		AskAlways:  true,
	}); err != nil {
		return err
	}
	res, _, err := MarkPaid(ctx, c, l, s, changeCompany(opts.clients, p), p, opts.Redactor)
	if err != nil {
		return changeHint(err, s, id)
	}
	if res.Outcome == settle.Found {
		fmt.Fprintln(opts.IO.ErrOut, readerOf(opts.IO).T("The reply was lost (%v), but payment %s shows paid now: it was marked.", res.Cause, id))
	} else {
		fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("Payment %s marked as paid.", id))
	}
	return printPayment(opts.IO, s, res.Payment)
}

// paymentSummary describes a payment for a confirmation.
func paymentSummary(ios *output.IOStreams, op ledger.Operation, p *facti.Payment) []string {
	first := ios.T("Mark paid: payment %s, serie %q folio %s", string(p.ID), string(p.Serie), string(p.Folio))
	if op == ledger.Delete {
		first = ios.T("Delete: payment %s, serie %q folio %s", string(p.ID), string(p.Serie), string(p.Folio))
	}
	return []string{
		first,
		readerOf(ios).T("Amount: MXN %s, to %s (%s), %v", p.TotalAmount.Format(), orDash(p.ToEmail), orDash(p.ToRFC), facti.StatusWord(p)),
	}
}

// changeHint adds the next step to a failed mark-paid or delete.
func changeHint(err error, s *cmdutil.Settings, id string) error {
	var notSent *settle.NotSentError
	var unknown *settle.UnknownError
	switch {
	case errors.As(err, &notSent):
		return cmdutil.WithHintf(err, "nothing was sent: it is safe to run the command again")
	case errors.As(err, &unknown):
		return cmdutil.WithHintf(err, "check it with %s before doing anything else", checkCommand(s, "facti", "payments", "get", id))
	}
	return err
}
