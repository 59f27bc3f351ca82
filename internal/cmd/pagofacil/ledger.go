package pagofacil

import (
	"context"
	"fmt"
	"time"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/ledger"
	"github.com/mxpay/mxpay/internal/pagofacil"
	"github.com/mxpay/mxpay/internal/settle"
)

// Charges go through the ledger: recorded in flight just before the
// charge is sent (after the check of the order id), and with the outcome
// after. The ledger's key is (environment, order id): an order approved
// is not charged again, on any machine sharing the ledger, unless
// --allow-duplicate-order. A declined order may be attempted again (the
// customer's next card, the same order), as the safety core allows: the
// declined entry keeps the key and the new attempt is recorded with one of
// its own (ChargeOrVerify tells its transaction from the declined one). A
// charge
// left in flight or unknown is settled by asking verificar for its order,
// which `charge --order-id`, `verify ORDER_ID` and `verify --pending` do.

// sendSlack bounds how long after its entry a charge may have left: the
// entry is begun just before the charge is sent.
const sendSlack = time.Second

// chargeIntent is what Begin records for a charge: never the card, only
// its brand and last four digits in the message.
func chargeIntent(s *cmdutil.Settings, req *pagofacil.ChargeRequest, duplicate bool) ledger.Intent {
	return cmdutil.LedgerIntent(s, ledger.Intent{Provider: ledger.PagoFacil, Operation: ledger.Transaccion, OrderID: req.OrderID,
		Amount: req.Amount, Currency: "MXN", Duplicate: duplicate,
		Message: fmt.Sprintf("charge MXN %s to %s (%s %s)", req.Amount.Format(), req.Card.Masked(), req.Customer.Name, req.Customer.LastName)})
}

// resultRefs are what the ledger keeps of a charge's result: the
// authorisation and the card as PagoFácil masks it.
func resultRefs(res *pagofacil.Result, card pagofacil.Card) []ledger.Ref {
	masked := res.MaskedCard
	if masked == "" && !card.IsZero() {
		masked = card.Masked()
	}
	return []ledger.Ref{{Kind: ledger.RefAuthorization, Value: res.Authorization}, {Kind: ledger.RefMaskedCard, Value: masked}}
}

// chargeOutcome is the ledger outcome of ChargeOrVerify's answer.
func chargeOutcome(out *pagofacil.ChargeOutcome, err error, card pagofacil.Card, redact *cmdutil.Redactor) ledger.Outcome {
	o := ledger.Outcome{Status: out.Outcome}
	if out.Result != nil {
		o.ProviderID, o.Refs = out.Result.Transaction, resultRefs(out.Result, card)
	}
	if err != nil {
		o.Message = redact.Error(err)
	}
	return o
}

// beginCharge records the charge in flight, or says why it is not sent.
func beginCharge(ctx context.Context, l ledger.Ledger, s *cmdutil.Settings, req *pagofacil.ChargeRequest, allowDuplicate bool) (ledger.Entry, error) {
	e, err := l.Begin(ctx, chargeIntent(s, req, false))
	dup, held := cmdutil.AsHeldKey(err)
	if held && (allowDuplicate || dup.Existing.Status == settle.Declined) {
		e, err = l.Begin(ctx, chargeIntent(s, req, true))
		dup, held = cmdutil.AsHeldKey(err)
	}
	if !held {
		return e, err
	}
	x := dup.Existing
	switch x.Status {
	case settle.Created, settle.Found:
		return e, cmdutil.WithHintf(cmdutil.NewError(dup.Kind(), i18n.Errorf("order %s was already charged and approved (ledger entry %s, transaction %s); nothing was sent", req.OrderID, idText(x.ID), x.ProviderID), ""),
			"use another --order-id, or pass --allow-duplicate-order to charge the card again on purpose")
	}
	return e, cmdutil.HeldKey(dup, "")
}

// orderResolver settles charges an earlier run left in flight or unknown,
// by asking verificar for their order.
type orderResolver struct {
	l      ledger.Ledger
	c      *pagofacil.Client
	s      *cmdutil.Settings
	now    func() time.Time
	window time.Duration
}

// decidedAt is when a charge verificar still does not know was not made:
// a whole verify window after it left.
func (r *orderResolver) decidedAt(e ledger.Entry) time.Time {
	return e.Created.Add(sendSlack + r.window)
}

// known are the transactions other entries of e's order already account
// for: verificar answers with an order's latest charge, so while it shows
// one of them, e's charge has not landed.
func (r *orderResolver) known(ctx context.Context, e ledger.Entry) ([]string, error) {
	var out []string
	for x, err := range r.l.List(ctx, ledger.Filter{Provider: ledger.PagoFacil, Operation: ledger.Transaccion, Environment: e.Environment, OrderID: e.OrderID}) {
		if err != nil {
			return nil, err
		}
		if x.ID != e.ID && x.ProviderID != "" {
			out = append(out, x.ProviderID)
		}
	}
	return out, nil
}

// resolve asks verificar about entry e once, or, with wait, until it is
// decided: found approved or declined, or absent a whole verify window
// after it left. It records what it learns and returns the entry as it is
// now, with the result verificar gave (nil when none).
func (r *orderResolver) resolve(ctx context.Context, e ledger.Entry, wait bool) (ledger.Entry, *pagofacil.Result, error) {
	known, err := r.known(ctx, e)
	if err != nil {
		return e, nil, err
	}
	policy := r.c.Settle
	policy.Window = time.Nanosecond // once
	if wait {
		policy.Window = max(r.decidedAt(e).Sub(r.now()), time.Nanosecond)
	}
	found, res := r.c.LookupCharge(ctx, e.OrderID, known, policy)
	switch {
	case found != nil && found.Outcome == pagofacil.OutcomeApproved:
		e, err = cmdutil.FinishLedger(ctx, r.l, e.ID, ledger.Outcome{Status: settle.Found, ProviderID: found.Transaction,
			Refs: resultRefs(found, pagofacil.Card{}), Message: "approved, as verificar reported later"})
	case found != nil:
		e, err = cmdutil.FinishLedger(ctx, r.l, e.ID, ledger.Outcome{Status: settle.Declined, ProviderID: found.Transaction,
			Refs: resultRefs(found, pagofacil.Card{}), Message: "declined, as verificar reported later: " + found.Reason})
	case res.Err == nil && !r.now().Before(r.decidedAt(e)):
		e, err = cmdutil.FinishLedger(ctx, r.l, e.ID, ledger.Outcome{Status: settle.Failed,
			Message: "not charged: verificar had no transaction for it a whole verify window after it was sent"})
	case res.Err != nil:
		err = res.Err
	}
	return e, found, err
}
