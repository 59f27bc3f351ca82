package pagofacil

import (
	"context"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/mxpay/mxpay/internal/pagofacil"
	"github.com/spf13/cobra"
)

// VerifyOptions are the inputs of `pagofacil verify`.
type VerifyOptions struct {
	IO        *output.IOStreams
	PagoFacil func() (*pagofacil.Client, error)
	Settings  func() (*cmdutil.Settings, error)

	OrderID string
}

// NewCmdVerify builds `pagofacil verify`; runF, when set, receives the
// parsed options instead of running (flag tests).
func NewCmdVerify(f *cmdutil.Factory, runF func(*VerifyOptions) error) *cobra.Command {
	opts := &VerifyOptions{IO: f.IOStreams, PagoFacil: f.PagoFacil, Settings: f.Settings}
	cmd := &cobra.Command{
		Use:   "verify ORDER_ID",
		Short: "Show what became of a charge, by its order id",
		Long: `Ask PagoFácil (verificar) for the last result of the charge with this
order id (idPedido): approved or declined, authorization, transaction,
amount, card type and dates.

Exit codes: 0 when PagoFácil knows the order (approved or declined: see the
outcome field), 1 when it has no transaction for it, 3 when the credentials
are rejected, 4 when PagoFácil cannot be reached.`,
		Example: `  mxpay pagofacil verify 3f0c6a2e-8d1b-4c55-9a7e-2b1f0e6d9c41
  mxpay pagofacil verify ORD-1001 -o json --jq .autorizado`,
		Args: cmdutil.ExactArgs(1, "ORDER_ID"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.OrderID = args[0]
			if runF != nil {
				return runF(opts)
			}
			return verifyRun(cmd.Context(), opts)
		},
	}
	cmdutil.SetFields(cmd, output.ColumnNames(resultColumns())...)
	return cmd
}

func verifyRun(ctx context.Context, opts *VerifyOptions) error {
	settings, err := opts.Settings()
	if err != nil {
		return err
	}
	client, err := opts.PagoFacil()
	if err != nil {
		return err
	}
	res, err := client.Verify(ctx, opts.OrderID)
	if err != nil {
		return err
	}
	return printResult(opts.IO, settings, viewOf(res, pagofacil.Card{}))
}
