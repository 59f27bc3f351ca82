package pagofacil

import (
	"encoding/json"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/money"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/mxpay/mxpay/internal/pagofacil"
)

// resultView is a charge or verification result as printed: the provider's
// reply plus the masked card mxpay knows (for charges).
type resultView struct {
	res  *pagofacil.Result
	card string // brand and last four digits, or the provider's masked form
}

func viewOf(res *pagofacil.Result, card pagofacil.Card) resultView {
	v := resultView{res: res, card: res.MaskedCard}
	if !card.IsZero() {
		v.card = card.Masked()
	}
	return v
}

// resultColumns names columns after the provider's keys where there is one.
func resultColumns() []output.Column[resultView] {
	return []output.Column[resultView]{
		// "outcome" is not PagoFácil's "status" (which is "success" or "1"), so
		// it has a name of its own: -o json --fields outcome shows approved/declined.
		{Name: "outcome", Header: "Result", Value: func(v resultView) string { return string(v.res.Outcome) }, Words: true},
		{Name: "idPedido", Header: "Order id", Value: func(v resultView) string { return v.res.OrderID }},
		{Name: "autorizacion", Header: "Authorization", Value: func(v resultView) string { return v.res.Authorization }},
		{Name: "transaccion", Header: "Transaction", Value: func(v resultView) string { return v.res.Transaction }},
		{Name: "TipoTC", Header: "Card type", Value: func(v resultView) string { return v.res.CardType }},
		{Name: "card", Header: "Card", Value: func(v resultView) string { return v.card }},
		{Name: "monto", Header: "Amount (MXN)", Value: func(v resultView) string { return formatAmount(v.res.Amount) }},
		{Name: "TransIni", Header: "Started", Value: func(v resultView) string { return v.res.TransIni }},
		{Name: "TransFin", Header: "Finished", Value: func(v resultView) string { return v.res.TransFin }},
		{Name: "error", Header: "Reason", Value: func(v resultView) string { return v.res.Reason }},
	}
}

func formatAmount(s string) string {
	if a, err := money.ParseWire(s); err == nil {
		return a.Format()
	}
	return s
}

// printResult prints the result; -o json prints PagoFácil's own object.
func printResult(ios *output.IOStreams, s *cmdutil.Settings, v resultView) error {
	return output.PrintObject(ios, s.Output, resultColumns(), func(v resultView) json.RawMessage { return v.res.Raw }, v)
}
