package facti

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/facti"
	"github.com/mxpay/mxpay/internal/httpx"
	"github.com/spf13/cobra"
)

func newCmdGet(f *cmdutil.Factory) *cobra.Command {
	return &cobra.Command{
		Use:     "get ID",
		Short:   "Show one payment request by its id",
		Example: "  $ mxpay facti payments get 38\n  $ mxpay facti payments get 38 -o json | jq .status",
		Args:    cmdutil.ExactArgs(1, "ID"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := facti.CheckID("payment id", args[0]); err != nil {
				return cmdutil.UsageErrorf("%v", err)
			}
			c, _, err := newClient(f)
			if err != nil {
				return err
			}
			p, err := c.GetPayment(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			return printPayment(f, p)
		},
	}
}

func newCmdPay(f *cmdutil.Factory) *cobra.Command {
	return &cobra.Command{
		Use:   "pay ID",
		Short: "Mark a pending payment request as paid",
		Long: `Mark a pending payment request as paid (conciliated by hand); Facti then sends
its IPN. Only pending → paid is possible, never back. Asks for confirmation on a
terminal; pass --yes otherwise.`,
		Example: "  $ mxpay facti payments pay 38\n  $ mxpay facti payments pay 38 --yes -o json",
		Args:    cmdutil.ExactArgs(1, "ID"),
		RunE: func(cmd *cobra.Command, args []string) error {
			id := args[0]
			if err := facti.CheckID("payment id", id); err != nil {
				return cmdutil.UsageErrorf("%v", err)
			}
			c, _, err := newClient(f)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			p, err := c.GetPayment(ctx, id)
			if err != nil {
				return err
			}
			if p.Paid() {
				return exitError(fmt.Errorf("payment %s is already paid (confirmed %s via %s); nothing changed", id, orDash(p.ConfirmedDate), orDash(p.ConfirmedFrom)), "")
			}
			if err := f.Confirm(fmt.Sprintf("Mark payment %s (folio %s, %s) as paid?", id, p.Folio, p.TotalAmount.Format())); err != nil {
				return err
			}
			paid, err := c.MarkPaid(ctx, id)
			if err != nil && httpx.IsAmbiguous(err) {
				// The reply was lost: read the payment to learn whether it took.
				vctx, cancel := verifyContext(ctx)
				defer cancel()
				after, gerr := c.GetPayment(vctx, id)
				switch {
				case gerr != nil:
					return cmdutil.UnknownOutcomeError(err, fmt.Sprintf("check with `mxpay facti payments get %s` whether it is paid before trying again", id))
				case after.Paid():
					paid, err = after, nil
				default:
					return cmdutil.WithHint(err, "the payment is still pending: it is safe to run the command again")
				}
			}
			if err != nil {
				return err
			}
			fmt.Fprintf(f.IOStreams.ErrOut, "Payment %s marked as paid.\n", id)
			return printPayment(f, paid)
		},
	}
}

func newCmdDelete(f *cmdutil.Factory) *cobra.Command {
	var company string
	cmd := &cobra.Command{
		Use:   "delete ID",
		Short: "Delete a pending payment request",
		Long: `Delete a payment request. Facti only deletes pending requests: one that has
been paid cannot be deleted. Asks for confirmation on a terminal; pass --yes otherwise.`,
		Example: "  $ mxpay facti payments delete 38 --company 452\n  $ mxpay facti payments delete 38 --yes",
		Args:    cmdutil.ExactArgs(1, "ID"),
		RunE: func(cmd *cobra.Command, args []string) error {
			id := args[0]
			if err := facti.CheckID("payment id", id); err != nil {
				return cmdutil.UsageErrorf("%v", err)
			}
			cid, err := companyID(f, company)
			if err != nil {
				return err
			}
			c, _, err := newClient(f)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			p, err := c.GetPayment(ctx, id)
			if err != nil {
				return err
			}
			if p.Paid() {
				return exitError(fmt.Errorf("payment %s cannot be deleted: it was paid (confirmed %s via %s), and Facti only deletes pending payment requests", id, orDash(p.ConfirmedDate), orDash(p.ConfirmedFrom)), "")
			}
			if err := f.Confirm(fmt.Sprintf("Delete payment %s (folio %s, %s)?", id, p.Folio, p.TotalAmount.Format())); err != nil {
				return err
			}
			deleted, err := c.DeletePayment(ctx, cid, id)
			if err != nil && httpx.IsAmbiguous(err) {
				vctx, cancel := verifyContext(ctx)
				defer cancel()
				_, gerr := c.GetPayment(vctx, id)
				var fe *facti.Error
				switch {
				case errors.As(gerr, &fe) && !fe.IsAuth():
					// Facti refuses to show it: gone, so the delete took. A
					// refusal of the credentials proves nothing, and falls
					// through to "unknown" below.
					deleted, err = p, nil
				case gerr != nil:
					return cmdutil.UnknownOutcomeError(err, fmt.Sprintf("check with `mxpay facti payments get %s` whether it still exists", id))
				default:
					return cmdutil.WithHint(err, "the payment still exists: it is safe to run the command again")
				}
			}
			if err != nil {
				return err
			}
			fmt.Fprintf(f.IOStreams.ErrOut, "Payment %s deleted.\n", id)
			return printPayment(f, deleted)
		},
	}
	cmd.Flags().StringVar(&company, "company", "", "Facti company id the payment belongs to (default: the profile's facti.company_id)")
	return cmd
}

// verifyContext gives the verifying read a chance even when the caller's
// context has ended (Ctrl-C while the write was in flight).
func verifyContext(ctx context.Context) (context.Context, context.CancelFunc) {
	if ctx.Err() == nil {
		return ctx, func() {}
	}
	return context.WithTimeout(context.WithoutCancel(ctx), 15*time.Second)
}

func orDash(v facti.Flex) string {
	if v == "" {
		return "-"
	}
	return string(v)
}
