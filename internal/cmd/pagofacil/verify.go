package pagofacil

import (
	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/mxpay/mxpay/internal/pagofacil"
	"github.com/spf13/cobra"
)

func newCmdVerify(f *cmdutil.Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "verify ORDER_ID",
		Short: "Show what became of a charge, by its order id",
		Long: `Ask PagoFácil (verificar) for the last result of the charge with this
order id (idPedido): approved or declined, authorization, transaction,
amount, card type and dates.

Exit codes: 0 when PagoFácil knows the order (approved or declined: see the
status field), 1 when it has no transaction for it, 3 when the credentials
are rejected, 4 when PagoFácil cannot be reached.`,
		Example: `  mxpay pagofacil verify 3f0c6a2e-8d1b-4c55-9a7e-2b1f0e6d9c41
  mxpay pagofacil verify ORD-1001 -o json --jq .autorizado`,
		Args: cmdutil.ExactArgs(1, "ORDER_ID"),
		RunE: func(cmd *cobra.Command, args []string) error {
			client, _, err := newClient(f)
			if err != nil {
				return err
			}
			res, err := client.Verify(cmd.Context(), args[0])
			if err != nil {
				return withAuthHint(err)
			}
			return printResult(f, viewOf(res, pagofacil.Card{}))
		},
	}
	cmdutil.SetFields(cmd, output.ColumnNames(resultColumns())...)
	return cmd
}
