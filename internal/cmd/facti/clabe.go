package facti

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/facti"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/spf13/cobra"
)

// CLABEOptions are `facti clabe`'s dependencies and flags.
type CLABEOptions struct {
	clients
	Prompt Prompt

	Company, Email string
	PaymentWays    []string
}

// NewCmdCLABE builds `facti clabe`; runF replaces the run in tests.
func NewCmdCLABE(f *cmdutil.Factory, runF func(*CLABEOptions) error) *cobra.Command {
	opts := &CLABEOptions{clients: clientsOf(f), Prompt: promptOf(f)}
	cmd := &cobra.Command{
		Use:   "clabe",
		Short: "Get a customer's STP CLABE accounts (stp_client_clabe)",
		Long: `Get the STP CLABE accounts a customer registers in their bank portal to pay
your company; one per STP payment way, the same every time for a company and
customer. Errors for individual payment ways go to stderr.`,
		Example: `  $ mxpay facti clabe --email pagos@cliente.mx
  $ mxpay facti clabe --company 452 --email pagos@cliente.mx --payment-way 1 -o json`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if runF != nil {
				return runF(opts)
			}
			return clabeRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.Company, "company", "", "Facti company id (default: the profile's facti.company_id)")
	cmd.Flags().StringVar(&opts.Email, "email", "", "customer's e-mail (required)")
	cmd.Flags().StringArrayVar(&opts.PaymentWays, "payment-way", nil, "only this STP payment way id; repeatable")
	return cmd
}

func clabeRun(ctx context.Context, opts *CLABEOptions) error {
	company, err := resolveCompany(opts.Settings, opts.Prompt, opts.Company)
	if err != nil {
		return err
	}
	email, err := opts.Prompt(opts.Email, "email", opts.IO.T("Customer e-mail:"), emailAnswer)
	if err != nil {
		return err
	}
	email = strings.TrimSpace(email)
	if err := facti.CheckEmail(email); err != nil {
		return cmdutil.UsageErrorf("--email: %v", err)
	}
	for _, w := range opts.PaymentWays {
		if err := facti.CheckID("--payment-way", w); err != nil {
			return cmdutil.UsageErrorf("%v", err)
		}
	}
	s, c, err := opts.settingsAndClient()
	if err != nil {
		return err
	}
	acc, err := c.ClientCLABE(ctx, facti.CLABERequest{CompanyID: company, ToEmail: email, PaymentWayIDs: opts.PaymentWays})
	if err != nil {
		return err
	}
	for _, e := range acc.Errors {
		fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("Warning: %s", facti.ErrorText(e)))
	}
	return printAccounts(opts.IO, s, acc)
}

func printAccounts(ios *output.IOStreams, s *cmdutil.Settings, acc *facti.Accounts) error {
	cols := []output.Column[facti.Account]{
		{Name: "payment_way_id", Header: "WAY", Value: func(a facti.Account) string { return string(a.PaymentWayID) }},
		{Name: "payment_way_alias", Header: "ALIAS", Value: func(a facti.Account) string { return string(a.PaymentWayAlias) }},
		{Name: "stp_cuenta_clabe", Header: "CLABE", Value: func(a facti.Account) string { return string(a.StpCuentaClabe) }},
	}
	if s.Output.JSONForm() {
		// The whole reply, accounts and errors, as Facti sent it.
		return output.PrintObject(ios, s.Output, []output.Column[*facti.Accounts]{}, func(a *facti.Accounts) json.RawMessage { return a.Raw }, acc)
	}
	l, err := output.NewList(ios, s.Output, cols, nil)
	if err != nil {
		return err
	}
	for _, a := range acc.Accounts {
		if err := l.Add(a); err != nil {
			return err
		}
	}
	return l.Close()
}
