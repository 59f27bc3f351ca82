package pagofacil

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/ledger"
	"github.com/mxpay/mxpay/internal/money"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/mxpay/mxpay/internal/pagofacil"
	"github.com/mxpay/mxpay/internal/settle"
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
	fmt.Fprintln(errOut, opts.IO.T("Order id: %s (check it any time with `%s`)", req.OrderID, verifyCmd))
	l, err := opts.Ledger()
	if err != nil {
		return err
	}
	if !fresh {
		if err := settleEarlierCharge(ctx, opts, l, client, settings, req.OrderID); err != nil {
			return err
		}
	}
	if err := opts.Confirm(chargeAction(opts.IO, req, settings.Env, opts.Redactor.URL(client.BaseURL))); err != nil {
		return err
	}
	var entry *ledger.Entry
	out, err := client.ChargeOrVerify(ctx, req, pagofacil.ChargeOptions{
		AllowDuplicate: opts.AllowDuplicate,
		NewOrderID:     fresh,
		OnLost: func(cause error) {
			fmt.Fprintln(errOut, opts.IO.T("The charge was sent but its reply was lost: %s.\nNot charging again; asking PagoFácil (verificar) what happened to order %s (for up to %s)...",
				i18n.Localize(cause, opts.IO.Printer()), req.OrderID, settings.VerifyWindow.String()))
		},
		BeforeSend: func() error {
			e, err := beginCharge(ctx, l, settings, req, opts.AllowDuplicate)
			if err == nil {
				entry = &e
			}
			return err
		},
	})
	if entry != nil {
		if _, ferr := cmdutil.FinishLedger(ctx, l, entry.ID, chargeOutcome(out, err, req.Card, opts.Redactor)); ferr != nil && err == nil {
			err = ferr
		}
	}
	return reportCharge(ctx, opts, settings, req, verifyCmd, out, err)
}

// settleEarlierCharge asks verificar about a charge of orderID an earlier
// run left in flight or unknown, before anything is sent: until it is
// found, or absent a whole verify window after it left (its key is then
// free). What it finds stops nothing by itself: the order check and the
// ledger's key then refuse an approved or declined order as usual.
func settleEarlierCharge(ctx context.Context, opts *ChargeOptions, l ledger.Ledger, c *pagofacil.Client, s *cmdutil.Settings, orderID string) error {
	held, err := l.FindOrder(ctx, s.Env, orderID)
	if errors.Is(err, ledger.ErrNotFound) {
		return nil
	}
	if err != nil || (held.Status != settle.InFlight && held.Status != settle.Unknown) {
		return err
	}
	fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("Ledger entry %s: an earlier run charged order %s (%s since %s) without learning the outcome; asking verificar before anything is sent…",
		idText(held.ID), orderID, opts.IO.Text(string(held.Status)), held.Created.Local().Format("2006-01-02 15:04:05")))
	r := &orderResolver{l: l, c: c, s: s, now: opts.Now, window: s.VerifyWindow}
	now, _, err := r.resolve(ctx, held, true)
	if err != nil {
		return cmdutil.WithHintf(cmdutil.UnknownOutcomeError(i18n.Errorf("ledger entry %s: order %s may have been charged and verificar could not say: %w", idText(held.ID), orderID, err), ""),
			"do not charge it again; run `%s` later", opts.VerifyCommand(orderID))
	}
	fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("Ledger entry %s is %s now.", idText(now.ID), opts.IO.Text(string(now.Status))))
	return nil
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
		fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("Warning: %s has %d characters; PagoFácil keeps %d, so the first %d are sent.", t.Field, t.Length, t.Max, t.Max))
	}
	return req, nil
}

// chargeAction is what ConfirmAction shows and asks before the charge. A
// charge always needs a "yes", even outside production.
func chargeAction(ios *output.IOStreams, req *pagofacil.ChargeRequest, env, baseURL string) cmdutil.Action {
	plan := req.Plan
	if req.Plan == pagofacil.PlanMSI {
		plan = ios.T("%s (%s months without interest)", req.Plan, req.Months)
	}
	return cmdutil.Action{
		Question:   ios.T("Charge MXN %s to %s?", req.Amount.Format(), req.Card.Masked()),
		Production: ios.T("this charges a real card and moves real money"),
		AskAlways:  true,
		Summary: []string{
			ios.T("Amount:      MXN %s", req.Amount.Format()),
			ios.T("Card:        %s", req.Card.Masked()),
			ios.T("Cardholder:  %s %s <%s>", req.Customer.Name, req.Customer.LastName, req.Customer.Email),
			ios.T("Plan:        %s", plan),
			ios.T("Order id:    %s", req.OrderID),
			ios.T("Environment: %s (%s)", env, baseURL),
		},
	}
}

// idText is a ledger entry id as messages show it: an identifier, never
// grouped like a count.
func idText(id int64) string { return strconv.FormatInt(id, 10) }

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
