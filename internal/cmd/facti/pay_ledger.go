package facti

import (
	"context"
	"fmt"
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/facti"
	"github.com/mxpay/mxpay/internal/ledger"
	"github.com/mxpay/mxpay/internal/settle"
)

// Marking paid and deleting go through the ledger too. Marking paid is
// keyed by (environment, company, payment): two runs (two machines of
// `reconcile --mark-paid`) mark a payment once. Deleting has no key.
//
// An earlier mark or delete left in flight or unknown is settled by
// reading the payment, which the next command that touches it does
// anyway: still pending means the earlier mark did not take (marking
// again is harmless: Facti refuses to mark a paid payment), still there
// means the earlier delete did not take, gone means it did.

// changeCompany is the company a change is recorded under: the profile's
// facti.company_id (what reconcile uses), else the payment's own.
func changeCompany(d clients, p *facti.Payment) string {
	if v, err := setting(d.Settings, "", "facti.company_id"); err == nil && v != "" {
		return v
	}
	return p.Company()
}

// changeIntent is what Begin records before marking paid or deleting p.
func changeIntent(s *cmdutil.Settings, op ledger.Operation, company string, p *facti.Payment) ledger.Intent {
	what := "mark payment %s (folio %s) paid"
	if op == ledger.Delete {
		what = "delete payment %s (folio %s)"
	}
	return cmdutil.LedgerIntent(s, ledger.Intent{Provider: ledger.Facti, Operation: op, CompanyID: company,
		ProviderID: string(p.ID), Serie: string(p.Serie), Folio: string(p.Folio), Amount: p.TotalAmount, Currency: "MXN",
		Message: fmt.Sprintf(what, p.ID, strings.TrimSpace(string(p.Serie)+" "+string(p.Folio)))})
}

// settleChanges records what became of op entries an earlier run left
// unsettled for payment id: done says whether the payment, as just read,
// shows the change. It returns the entries it settled as done.
func settleChanges(ctx context.Context, l ledger.Ledger, s *cmdutil.Settings, op ledger.Operation, company, id string, done bool) ([]ledger.Entry, error) {
	var pending []ledger.Entry
	for e, err := range l.Pending(ctx, ledger.Filter{Provider: ledger.Facti, Operation: op, Environment: s.Env, CompanyID: company, ProviderID: id}) {
		if err != nil {
			return nil, err
		}
		pending = append(pending, e)
	}
	var settled []ledger.Entry
	for _, e := range pending {
		out := ledger.Outcome{Status: settle.Failed, Message: "not applied: payment " + id + " did not show it when read later"}
		if done {
			out = ledger.Outcome{Status: settle.Found, Message: "applied: payment " + id + " showed it when read later"}
		}
		got, err := cmdutil.FinishLedger(ctx, l, e.ID, out)
		if err != nil {
			return nil, err
		}
		if done {
			settled = append(settled, got)
		}
	}
	return settled, nil
}

// MarkPaid marks payment p (as just read) paid through the ledger: it
// settles what earlier marks of p left unsettled, then records and sends
// the mark. earlier are the earlier marks found done (p shows paid): then
// nothing is sent. The one rule for `facti payments pay` and `reconcile
// --mark-paid`.
func MarkPaid(ctx context.Context, c *facti.Client, l ledger.Ledger, s *cmdutil.Settings, company string, p *facti.Payment, redact *cmdutil.Redactor) (res *facti.ChangeResult, earlier []ledger.Entry, err error) {
	if earlier, err = settleChanges(ctx, l, s, ledger.MarkPaid, company, string(p.ID), p.Paid()); err != nil || p.Paid() {
		return nil, earlier, err
	}
	res, err = changeRecorded(ctx, l, changeIntent(s, ledger.MarkPaid, company, p), redact,
		func() (*facti.ChangeResult, error) { return c.MarkPaidOrCheck(ctx, string(p.ID)) })
	return res, nil, err
}

// changeRecorded sends a change through the ledger: Begin, send, Finish.
func changeRecorded(ctx context.Context, l ledger.Ledger, in ledger.Intent, redact *cmdutil.Redactor, send func() (*facti.ChangeResult, error)) (*facti.ChangeResult, error) {
	e, err := l.Begin(ctx, in)
	if dup, held := cmdutil.AsHeldKey(err); held {
		return nil, cmdutil.HeldKey(dup, "")
	}
	if err != nil {
		return nil, err
	}
	res, err := send()
	out := ledger.Outcome{Status: cmdutil.LedgerStatus(err)}
	if err != nil {
		out.Message = redact.Error(err)
	} else {
		out.Status = res.Outcome
	}
	if _, ferr := cmdutil.FinishLedger(ctx, l, e.ID, out); ferr != nil && err == nil {
		return res, ferr
	}
	return res, err
}
