package facti

import (
	"encoding/json"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/facti"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/spf13/cobra"
)

func newCmdPayments(f *cmdutil.Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "payments <command>",
		Short: "Create, list, inspect, mark paid and delete payment requests",
		Example: `  $ mxpay facti payments new --folio 1001 --to-name "Cliente SA" --to-email pagos@cliente.mx --amount 1500
  $ mxpay facti payments list --status paid --paid-from "$(date +%Y-%m-01)"
  $ mxpay facti payments get 38`,
		Args: cmdutil.NoArgs,
	}
	cmd.AddCommand(NewCmdNew(f, nil), NewCmdList(f, nil), NewCmdGet(f, nil), NewCmdPay(f, nil), NewCmdDelete(f, nil))
	return cmd
}

// paymentColumns are named after the provider's JSON keys.
func paymentColumns() []output.Column[*facti.Payment] {
	return []output.Column[*facti.Payment]{
		{Name: "id", Header: "ID", Value: func(p *facti.Payment) string { return string(p.ID) }},
		{Name: "company_id", Header: "COMPANY", Value: (*facti.Payment).Company},
		{Name: "serie", Header: "SERIE", Value: func(p *facti.Payment) string { return string(p.Serie) }},
		{Name: "folio", Header: "FOLIO", Value: func(p *facti.Payment) string { return string(p.Folio) }},
		{Name: "to_rfc", Header: "TO RFC", Value: func(p *facti.Payment) string { return string(p.ToRFC) }},
		{Name: "to_email", Header: "TO EMAIL", Value: func(p *facti.Payment) string { return string(p.ToEmail) }},
		{Name: "total_amount", Header: "TOTAL", Value: func(p *facti.Payment) string { return p.TotalAmount.String() }},
		{Name: "status", Header: "STATUS", Value: (*facti.Payment).StatusText, Words: true},
		{Name: "request_datetime", Header: "REQUESTED", Value: func(p *facti.Payment) string { return string(p.RequestDatetime) }},
		{Name: "limit_payment_date", Header: "DUE", Value: func(p *facti.Payment) string { return string(p.LimitPaymentDate) }},
		{Name: "confirmed_from", Header: "PAID VIA", Value: func(p *facti.Payment) string { return string(p.ConfirmedFrom) }},
		{Name: "confirmed_date", Header: "PAID AT", Value: func(p *facti.Payment) string { return string(p.ConfirmedDate) }},
	}
}

// printPayment prints one payment in the chosen format.
func printPayment(ios *output.IOStreams, s *cmdutil.Settings, p *facti.Payment) error {
	return output.PrintObject(ios, s.Output, paymentColumns(), rawOf, p)
}

func orDash(v facti.Flex) string {
	if v == "" {
		return "-"
	}
	return string(v)
}

func rawOf(p *facti.Payment) json.RawMessage { return p.Raw }
