package facti

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/facti"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/spf13/cobra"
)

func newCmdCLABE(f *cmdutil.Factory) *cobra.Command {
	var company, email string
	var ways []string
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
			cid, err := companyID(f, company)
			if err != nil {
				return err
			}
			if email, err = f.PromptOrFlag(email, "email", "Customer e-mail:"); err != nil {
				return err
			}
			if err := facti.CheckEmail(strings.TrimSpace(email)); err != nil {
				return cmdutil.UsageErrorf("--email: %v", err)
			}
			for _, w := range ways {
				if err := facti.CheckID("--payment-way", w); err != nil {
					return cmdutil.UsageErrorf("%v", err)
				}
			}
			c, _, err := newClient(f)
			if err != nil {
				return err
			}
			acc, err := c.ClientCLABE(cmd.Context(), facti.CLABERequest{CompanyID: cid, ToEmail: strings.TrimSpace(email), PaymentWayIDs: ways})
			if err != nil {
				return err
			}
			for _, e := range acc.Errors {
				fmt.Fprintf(f.IOStreams.ErrOut, "Warning: %s\n", facti.ErrorText(e))
			}
			return printAccounts(f, acc)
		},
	}
	cmd.Flags().StringVar(&company, "company", "", "Facti company id (default: the profile's facti.company_id)")
	cmd.Flags().StringVar(&email, "email", "", "customer's e-mail (required)")
	cmd.Flags().StringArrayVar(&ways, "payment-way", nil, "only this STP payment way id; repeatable")
	return cmd
}

func printAccounts(f *cmdutil.Factory, acc *facti.Accounts) error {
	s, err := f.Settings()
	if err != nil {
		return err
	}
	cols := []output.Column[facti.Account]{
		{Name: "payment_way_id", Header: "WAY", Value: func(a facti.Account) string { return string(a.PaymentWayID) }},
		{Name: "payment_way_alias", Header: "ALIAS", Value: func(a facti.Account) string { return string(a.PaymentWayAlias) }},
		{Name: "stp_cuenta_clabe", Header: "CLABE", Value: func(a facti.Account) string { return string(a.StpCuentaClabe) }},
	}
	format := strings.ToLower(s.Output.Format)
	if s.Output.JQ != "" || format == output.FormatJSON || format == output.FormatJSONL {
		// The whole reply, accounts and errors, as Facti sent it.
		return output.PrintObject(f.IOStreams, s.Output, []output.Column[*facti.Accounts]{}, func(a *facti.Accounts) json.RawMessage { return a.Raw }, acc)
	}
	l, err := output.NewList(f.IOStreams, s.Output, cols, nil)
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
