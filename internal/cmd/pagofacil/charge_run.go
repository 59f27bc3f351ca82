package pagofacil

import (
	"context"
	"fmt"
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/money"
	"github.com/mxpay/mxpay/internal/pagofacil"
)

// chargeRun resolves the inputs once, confirms, and hands the charge to
// pagofacil.Client.ChargeOrVerify, which owns the safe-create rule.
func chargeRun(ctx context.Context, opts *ChargeOptions) error {
	req, err := buildRequest(opts)
	if err != nil {
		return err
	}
	settings, err := opts.Settings()
	if err != nil {
		return err
	}
	client, err := opts.PagoFacil()
	if err != nil {
		return err
	}
	if req.Card, err = readCard(opts); err != nil {
		return localFailure(err)
	}
	// A fresh UUID cannot be known to PagoFácil, so only an order id the
	// user chose is checked first; that check is also what makes re-running
	// an interrupted charge with the same --order-id safe.
	fresh := req.OrderID == ""
	if fresh {
		req.OrderID = opts.NewOrderID()
	}
	errOut := opts.IO.ErrOut
	verifyCmd := opts.VerifyCommand(req.OrderID)
	// Printed before anything is sent: whatever happens next, the user can
	// always find out what became of this charge.
	fmt.Fprintf(errOut, "Order id: %s (check it any time with `%s`)\n", req.OrderID, verifyCmd)
	if err := opts.Confirm(chargeAction(req, settings.Env, opts.Redactor.URL(client.BaseURL))); err != nil {
		return err
	}
	out, err := client.ChargeOrVerify(ctx, req, pagofacil.ChargeOptions{
		AllowDuplicate: opts.AllowDuplicate,
		NewOrderID:     fresh,
		OnLost: func(cause error) {
			fmt.Fprintf(errOut, "The charge was sent but its reply was lost: %v.\nNot charging again; asking PagoFácil (verificar) what happened to order %s (for up to %s)...\n",
				cause, req.OrderID, settings.VerifyWindow)
		},
	})
	return reportCharge(ctx, opts, settings, req, verifyCmd, out, err)
}

// buildRequest turns flags and --customer-file into a request and checks
// every non-card field (exit 2, nothing sent).
func buildRequest(opts *ChargeOptions) (*pagofacil.ChargeRequest, error) {
	if opts.Amount == "" {
		return nil, cmdutil.MissingFlagError("amount")
	}
	amount, err := money.Parse(opts.Amount)
	if err != nil {
		return nil, cmdutil.UsageErrorf("--amount: %v", err)
	}
	customer := opts.Customer
	if opts.CustomerFile != "" {
		fromFile, err := loadCustomer(opts.CustomerFile)
		if err != nil {
			return nil, err
		}
		customer = mergeCustomer(fromFile, opts.Customer)
	}
	months := opts.Months
	if len(months) == 1 && months[0] >= '1' && months[0] <= '9' {
		months = "0" + months // the wire wants two digits: 6 → 06
	}
	req := &pagofacil.ChargeRequest{
		Amount: amount, OrderID: opts.OrderID, Customer: customer, ServiceID: opts.Service,
		Plan: strings.ToUpper(opts.Plan), Months: months, Params: opts.Params, NoMail: opts.NoMail,
		IP: opts.IP, UserAgent: opts.UserAgent,
	}
	if errs := req.ValidateFields(); len(errs) > 0 {
		return nil, localFailure(&pagofacil.LocalValidationError{Fields: errs})
	}
	for _, t := range req.Truncations() {
		fmt.Fprintf(opts.IO.ErrOut, "Warning: %s has %d characters; PagoFácil keeps %d, so the first %d are sent.\n", t.Field, t.Length, t.Max, t.Max)
	}
	return req, nil
}

// chargeAction is what ConfirmAction shows and asks before the charge. A
// charge always needs a "yes", even outside production.
func chargeAction(req *pagofacil.ChargeRequest, env, baseURL string) cmdutil.Action {
	plan := req.Plan
	if req.Plan == pagofacil.PlanMSI {
		plan += " (" + req.Months + " months without interest)"
	}
	return cmdutil.Action{
		Question:   fmt.Sprintf("Charge MXN %s to %s?", req.Amount.Format(), req.Card.Masked()),
		Production: "this charges a real card and moves real money",
		AskAlways:  true,
		Summary: []string{
			"Amount:      MXN " + req.Amount.Format(),
			"Card:        " + req.Card.Masked(),
			fmt.Sprintf("Cardholder:  %s %s <%s>", req.Customer.Name, req.Customer.LastName, req.Customer.Email),
			"Plan:        " + plan,
			"Order id:    " + req.OrderID,
			fmt.Sprintf("Environment: %s (%s)", env, baseURL),
		},
	}
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
