package pagofacil

import (
	"context"
	"errors"
	"fmt"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/pagofacil"
	"github.com/mxpay/mxpay/internal/settle"
)

// reportCharge prints what ChargeOrVerify found and adds the next step to
// its error. A result found by verificar prints like a direct one.
func reportCharge(ctx context.Context, opts *ChargeOptions, s *cmdutil.Settings, req *pagofacil.ChargeRequest, verifyCmd string, out *pagofacil.ChargeOutcome, err error) error {
	errOut := opts.IO.ErrOut
	if prev := out.Previous; prev != nil {
		if prev.Outcome == pagofacil.OutcomeApproved {
			fmt.Fprintln(errOut, opts.IO.T("Warning: order %s had already been approved (transaction %s, authorization %s); charged again because of --allow-duplicate-order.",
				req.OrderID, prev.Transaction, prev.Authorization))
		} else {
			fmt.Fprintln(errOut, opts.IO.T("Note: order %s had been declined before (transaction %s); this was a new attempt.", req.OrderID, prev.Transaction))
		}
	}
	if out.Result != nil {
		if out.Lost != nil {
			fmt.Fprintln(errOut, opts.IO.T("verificar found order %s: %s.", req.OrderID, opts.IO.Text(string(out.Result.Outcome))))
		}
		if perr := printResult(opts.IO, s, viewOf(out.Result, req.Card)); perr != nil {
			return perr
		}
		return err // nil when approved, *pagofacil.DeclinedError when declined
	}
	var unknown *settle.UnknownError
	var notSent *settle.NotSentError
	var dup *pagofacil.DuplicateOrderError
	switch {
	case errors.As(err, &unknown):
		if ctx.Err() != nil {
			// An interrupted run prints only "interrupted": say here what
			// to check.
			fmt.Fprintln(errOut, opts.IO.T("Outcome of order %s unknown: run `%s`", req.OrderID, verifyCmd))
		}
		return cmdutil.WithHintf(err, "do not charge again; run `%s` to see whether it was approved", verifyCmd)
	case errors.As(err, &notSent):
		return cmdutil.WithHintf(err, "once PagoFácil can be reached, run the command again with --order-id %s: nothing was charged", req.OrderID)
	case errors.As(err, &dup):
		return cmdutil.WithHintf(err, "use another --order-id, or pass --allow-duplicate-order to charge the card again on purpose")
	}
	return localFailure(err)
}
