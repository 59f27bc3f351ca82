package pagofacil

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/httpx"
	"github.com/mxpay/mxpay/internal/money"
	"github.com/mxpay/mxpay/internal/pagofacil"
)

func runCharge(ctx context.Context, f *cmdutil.Factory, opts *chargeOptions) error {
	req, err := buildRequest(opts)
	if err != nil {
		return err
	}
	settings, err := f.Settings()
	if err != nil {
		return err
	}
	client, ep, err := newClient(f)
	if err != nil {
		return err
	}
	if req.Card, err = readCard(f, opts.cardFile, time.Now()); err != nil {
		return localFailure(err)
	}

	generated := req.OrderID == ""
	if generated {
		req.OrderID = newOrderID()
	}
	errOut := f.IOStreams.ErrOut
	verifyCmd := verifyCommand(f, req.OrderID)
	// Printed before anything is sent: whatever happens next, the user can
	// always find out what became of this charge.
	fmt.Fprintf(errOut, "Order id: %s (check it any time with `%s`)\n", req.OrderID, verifyCmd)

	if f.IOStreams.IsStderrTTY() || settings.Env == cmdutil.EnvProduction {
		printSummary(errOut, req, ep)
	}
	if err := f.Confirm(fmt.Sprintf("Charge MXN %s to %s?", req.Amount.Format(), req.Card.Masked())); err != nil {
		return err
	}

	// A fresh UUID cannot be known to PagoFácil, so only an order id the
	// user chose is checked; that check is also what makes re-running an
	// interrupted charge with the same --order-id safe.
	if !generated {
		if err := checkDuplicate(ctx, client, req.OrderID, opts.allowDuplicate, errOut); err != nil {
			return withAuthHint(err)
		}
	}

	res, err := client.Charge(ctx, req)
	return report(ctx, f, client, req, verifyCmd, res, err)
}

// buildRequest turns flags and --customer-file into a request and checks
// every non-card field (exit 2, nothing sent).
func buildRequest(opts *chargeOptions) (*pagofacil.ChargeRequest, error) {
	if opts.amount == "" {
		return nil, cmdutil.MissingFlagError("amount")
	}
	amount, err := money.Parse(opts.amount)
	if err != nil {
		return nil, cmdutil.UsageErrorf("--amount: %v", err)
	}
	customer := opts.customer
	if opts.customerFile != "" {
		fromFile, err := loadCustomer(opts.customerFile)
		if err != nil {
			return nil, err
		}
		customer = mergeCustomer(fromFile, opts.customer)
	}
	months := opts.months
	if len(months) == 1 && months[0] >= '1' && months[0] <= '9' {
		months = "0" + months // the wire wants two digits: 6 → 06
	}
	req := &pagofacil.ChargeRequest{
		Amount: amount, OrderID: opts.orderID, Customer: customer, ServiceID: opts.service,
		Plan: strings.ToUpper(opts.plan), Months: months, Params: opts.params, NoMail: opts.noMail,
		IP: opts.ip, UserAgent: opts.userAgent,
	}
	if errs := req.ValidateFields(); len(errs) > 0 {
		return nil, localFailure(&pagofacil.LocalValidationError{Fields: errs})
	}
	return req, nil
}

func printSummary(w io.Writer, req *pagofacil.ChargeRequest, ep *cmdutil.Endpoint) {
	if ep.Env == cmdutil.EnvProduction {
		fmt.Fprintln(w, "PRODUCTION: this charges a real card and moves real money.")
	}
	plan := req.Plan
	if req.Plan == pagofacil.PlanMSI {
		plan += " (" + req.Months + " months without interest)"
	}
	fmt.Fprintf(w, "  Amount:      MXN %s\n  Card:        %s\n  Cardholder:  %s %s <%s>\n  Plan:        %s\n  Order id:    %s\n  Environment: %s (%s)\n",
		req.Amount.Format(), req.Card.Masked(), req.Customer.Name, req.Customer.LastName, req.Customer.Email,
		plan, req.OrderID, ep.Env, httpx.RedactURL(ep.BaseURL))
}

// checkDuplicate refuses an order id PagoFácil already approved.
func checkDuplicate(ctx context.Context, client *pagofacil.Client, orderID string, allow bool, errOut io.Writer) error {
	prev, err := client.Verify(ctx, orderID)
	var notFound *pagofacil.NotFoundError
	switch {
	case errors.As(err, &notFound):
		return nil
	case err != nil:
		return fmt.Errorf("checking whether order %s was already charged (nothing was charged): %w", orderID, err)
	case prev.Outcome != pagofacil.OutcomeApproved:
		fmt.Fprintf(errOut, "Note: order %s was declined before (transaction %s); charging again.\n", orderID, prev.Transaction)
		return nil
	case allow:
		fmt.Fprintf(errOut, "Warning: order %s was already approved (transaction %s, authorization %s); charging again because of --allow-duplicate-order.\n",
			orderID, prev.Transaction, prev.Authorization)
		return nil
	}
	return cmdutil.WithHint(
		cmdutil.UsageErrorf("order %s was already charged and approved (transaction %s, authorization %s, amount %s); nothing was sent",
			orderID, prev.Transaction, prev.Authorization, prev.Amount),
		"use another --order-id, or pass --allow-duplicate-order to charge the card again on purpose")
}

// verifyCommand is the exact command that checks orderID with the same
// profile and environment.
func verifyCommand(f *cmdutil.Factory, orderID string) string {
	cmd := "mxpay"
	if f.Flags.Changed("profile") {
		cmd += " --profile " + f.Flags.Profile
	}
	if f.Flags.Changed("env") {
		cmd += " --env " + f.Flags.Env
	}
	return cmd + " pagofacil verify " + orderID
}
