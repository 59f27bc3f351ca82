package reconcile

import (
	"strings"
	"time"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/money"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/mxpay/mxpay/internal/reconcile"
)

// row is one line of reconcile's output, in every format: a deposit
// matched to a request, a deposit of an ambiguous group, a deposit that
// matches nothing, or (with --unpaid) a pending request no deposit
// touched. Amounts are exact.
type row struct {
	Result string `json:"result"` // matched, ambiguous, unmatched, unpaid
	Rule   string `json:"rule,omitempty"`
	// Action says what --mark-paid did (marked-paid, already-paid,
	// already-marked, failed, unknown), or without it what it would do
	// (to-mark, paid).
	Action        string        `json:"action,omitempty"`
	TransactionID string        `json:"id_transaction,omitempty"`
	Account       string        `json:"id_account,omitempty"`
	Date          string        `json:"date,omitempty"`
	Amount        *money.Amount `json:"amount,omitempty"`
	Description   string        `json:"description,omitempty"`
	Reference     string        `json:"reference,omitempty"`
	RequestIDs    []string      `json:"request_ids"`
	RequestAmount *money.Amount `json:"request_amount,omitempty"`
	RequestStatus string        `json:"request_status,omitempty"`
	Serie         string        `json:"serie,omitempty"`
	Folio         string        `json:"folio,omitempty"`
	ToEmail       string        `json:"to_email,omitempty"`
	Reason        string        `json:"reason,omitempty"`
	// why is Reason as a catalog message, when mxpay worded it: a table on
	// a terminal shows it in the reader's language.
	why error
}

// redacted is an error as a reason: its message through the run's
// redactor, in English as data and in the reader's language for a person.
type redacted struct {
	err    error
	redact *cmdutil.Redactor
}

func (e redacted) Error() string { return e.redact.Error(e.err) }

// because sets the row's reason: in English in Reason (the data), and
// translatable for a person.
func (r *row) because(why error) {
	if why == nil {
		r.Reason, r.why = "", nil
		return
	}
	r.Reason, r.why = why.Error(), why
}

func amountCell(a *money.Amount) string {
	if a == nil {
		return ""
	}
	return a.String()
}

// rowColumns are the row's columns; people, when set, is the printer of a
// table on a terminal, where the reasons read in the reader's language
// (nil for csv, json and a piped table: the data, in English).
func rowColumns(people *i18n.Printer) []output.Column[row] {
	reason := func(r row) string {
		if people == nil || r.why == nil {
			return r.Reason
		}
		if e, ok := r.why.(redacted); ok {
			return e.redact.Message(i18n.Localize(e.err, people))
		}
		return i18n.Localize(r.why, people)
	}
	return []output.Column[row]{
		{Name: "result", Header: "RESULT", Value: func(r row) string { return r.Result }, Words: true},
		{Name: "rule", Header: "RULE", Value: func(r row) string { return r.Rule }, Words: true},
		{Name: "action", Header: "ACTION", Value: func(r row) string { return r.Action }, Words: true},
		{Name: "id_transaction", Header: "TRANSACTION", Value: func(r row) string { return r.TransactionID }},
		{Name: "id_account", Header: "ACCOUNT", Value: func(r row) string { return r.Account }},
		{Name: "date", Header: "DATE", Value: func(r row) string { return r.Date }},
		{Name: "amount", Header: "AMOUNT", Value: func(r row) string { return amountCell(r.Amount) }},
		{Name: "description", Header: "DESCRIPTION", Value: func(r row) string { return r.Description }},
		{Name: "reference", Header: "REFERENCE", Value: func(r row) string { return r.Reference }},
		{Name: "request_ids", Header: "REQUEST", Value: func(r row) string { return strings.Join(r.RequestIDs, ";") }},
		{Name: "request_amount", Header: "REQUESTED", Value: func(r row) string { return amountCell(r.RequestAmount) }},
		{Name: "request_status", Header: "STATUS", Value: func(r row) string { return r.RequestStatus }, Words: true},
		{Name: "serie", Header: "SERIE", Value: func(r row) string { return r.Serie }},
		{Name: "folio", Header: "FOLIO", Value: func(r row) string { return r.Folio }},
		{Name: "to_email", Header: "TO EMAIL", Value: func(r row) string { return r.ToEmail }},
		{Name: "reason", Header: "REASON", Value: reason},
	}
}

// defaultFields are a table's columns unless --fields says otherwise.
var defaultFields = []string{"result", "rule", "action", "id_transaction", "date", "amount", "description", "request_ids", "request_amount", "request_status", "folio"}

func depositRow(result string, t reconcile.Transaction) row {
	amount := t.Amount
	r := row{Result: result, TransactionID: t.ID, Account: t.Account, Amount: &amount, Description: t.Description, Reference: t.Reference, RequestIDs: []string{}}
	if !t.Date.IsZero() {
		r.Date = t.Date.Local().Format(time.DateOnly)
	}
	return r
}

// withRequest fills in the request's side of a row.
func (r row) withRequest(req reconcile.Request, info map[string]requestInfo) row {
	amount := req.Amount
	r.RequestIDs, r.RequestAmount, r.RequestStatus = []string{req.ID}, &amount, string(req.Status)
	if p := info[req.ID].payment; p != nil {
		r.Serie, r.Folio, r.ToEmail = string(p.Serie), string(p.Folio), string(p.ToEmail)
	}
	return r
}

func matchedRow(m reconcile.Match, info map[string]requestInfo) row {
	r := depositRow("matched", m.Transaction).withRequest(m.Request, info)
	r.Rule = string(m.Rule)
	r.Action = "to-mark"
	if m.Request.Status == reconcile.Paid {
		r.Action = "paid"
	}
	return r
}

// ambiguousRows are one row per deposit of the group, each naming every
// request of the group; a group of requests without a deposit has none.
func ambiguousRows(a reconcile.Ambiguity) []row {
	ids := make([]string, len(a.Requests))
	for i, req := range a.Requests {
		ids[i] = req.ID
	}
	var out []row
	for _, t := range a.Transactions {
		r := depositRow("ambiguous", t)
		r.RequestIDs, r.Action = ids, "never-marked"
		r.because(a.Why())
		out = append(out, r)
	}
	return out
}

func unpaidRow(req reconcile.Request, info map[string]requestInfo) row {
	return row{Result: "unpaid", RequestIDs: []string{}}.withRequest(req, info)
}
