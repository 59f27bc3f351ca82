package facti

import (
	"context"
	"encoding/json"
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/facti"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/spf13/cobra"
)

// PaymentWaysOptions are `facti payment-ways`' dependencies and flags.
type PaymentWaysOptions struct {
	clients
	Prompt Prompt
	RFC    string
}

// NewCmdPaymentWays builds `facti payment-ways`; runF replaces the run in tests.
func NewCmdPaymentWays(f *cmdutil.Factory, runF func(*PaymentWaysOptions) error) *cobra.Command {
	opts := &PaymentWaysOptions{clients: clientsOf(f), Prompt: promptOf(f)}
	cmd := &cobra.Command{
		Use:   "payment-ways",
		Short: "List a company's payment ways (company_payment_ways)",
		Long:  "List the payment ways configured for the company with an RFC, to find the ids --payment-way takes.",
		Example: `  $ mxpay facti payment-ways
  $ mxpay facti payment-ways --rfc ACM010101ABC -o json`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if runF != nil {
				return runF(opts)
			}
			return paymentWaysRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.RFC, "rfc", "", "RFC of the company (default: the profile's facti.from_rfc)")
	return cmd
}

func paymentWaysRun(ctx context.Context, opts *PaymentWaysOptions) error {
	v, err := setting(opts.Settings, opts.RFC, "facti.from_rfc")
	if err != nil {
		return err
	}
	if v, err = opts.Prompt(v, "rfc", opts.IO.T("Company RFC:"), rfcAnswer); err != nil {
		return err
	}
	v = strings.ToUpper(strings.TrimSpace(v))
	if err := facti.CheckRFC("--rfc", v); err != nil {
		return cmdutil.UsageErrorf("%v", err)
	}
	s, c, err := opts.settingsAndClient()
	if err != nil {
		return err
	}
	ways, err := c.PaymentWays(ctx, v)
	if err != nil {
		return err
	}
	cols := []output.Column[*facti.PaymentWay]{
		{Name: "id", Header: "ID", Value: func(w *facti.PaymentWay) string { return string(w.ID) }},
		{Name: "type", Header: "TYPE", Value: func(w *facti.PaymentWay) string { return string(w.Type) }},
		{Name: "alias", Header: "ALIAS", Value: func(w *facti.PaymentWay) string { return string(w.Alias) }},
	}
	l, err := output.NewList(opts.IO, s.Output, cols, func(w *facti.PaymentWay) json.RawMessage { return w.Raw })
	if err != nil {
		return err
	}
	for i := range ways {
		if err := l.Add(&ways[i]); err != nil {
			return err
		}
	}
	return l.Close()
}
