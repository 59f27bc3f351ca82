package facti

import (
	"encoding/json"
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/facti"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/spf13/cobra"
)

func newCmdPaymentWays(f *cmdutil.Factory) *cobra.Command {
	var rfc string
	cmd := &cobra.Command{
		Use:   "payment-ways",
		Short: "List a company's payment ways (company_payment_ways)",
		Long:  "List the payment ways configured for the company with an RFC, to find the ids --payment-way takes.",
		Example: `  $ mxpay facti payment-ways
  $ mxpay facti payment-ways --rfc ACM010101ABC -o json`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			v, err := fromRFC(f, rfc)
			if err != nil {
				return err
			}
			if v, err = f.PromptOrFlag(v, "rfc", "Company RFC:"); err != nil {
				return err
			}
			v = strings.ToUpper(strings.TrimSpace(v))
			if err := facti.CheckRFC("--rfc", v); err != nil {
				return cmdutil.UsageErrorf("%v", err)
			}
			s, err := f.Settings()
			if err != nil {
				return err
			}
			c, _, err := newClient(f)
			if err != nil {
				return err
			}
			ways, err := c.PaymentWays(cmd.Context(), v)
			if err != nil {
				return err
			}
			cols := []output.Column[*facti.PaymentWay]{
				{Name: "id", Header: "ID", Value: func(w *facti.PaymentWay) string { return string(w.ID) }},
				{Name: "type", Header: "TYPE", Value: func(w *facti.PaymentWay) string { return string(w.Type) }},
				{Name: "alias", Header: "ALIAS", Value: func(w *facti.PaymentWay) string { return string(w.Alias) }},
			}
			l, err := output.NewList(f.IOStreams, s.Output, cols, func(w *facti.PaymentWay) json.RawMessage { return w.Raw })
			if err != nil {
				return err
			}
			for i := range ways {
				if err := l.Add(&ways[i]); err != nil {
					return err
				}
			}
			return l.Close()
		},
	}
	cmd.Flags().StringVar(&rfc, "rfc", "", "RFC of the company (default: the profile's facti.from_rfc)")
	return cmd
}
