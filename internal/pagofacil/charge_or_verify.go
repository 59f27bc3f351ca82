package pagofacil

import (
	"context"
	"errors"
	"slices"

	"github.com/mxpay/mxpay/internal/httpx"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/settle"
)

// ChargeOptions adjust ChargeOrVerify.
type ChargeOptions struct {
	// AllowDuplicate charges even when PagoFácil already approved a charge
	// with this order id.
	AllowDuplicate bool
	// NewOrderID says the order id was generated for this charge, so no
	// earlier charge can carry it and the check before sending is skipped.
	NewOrderID bool
	// OnLost, when set, is called once a charge's reply is lost and before
	// verificar is asked, so the caller can say why it waits.
	OnLost func(cause error)
	// BeforeSend, when set, runs after the check of the order id and just
	// before the charge is sent (the caller records its intent there). Its
	// error is returned and nothing is sent.
	BeforeSend func() error
}

// ChargeOutcome is what became of a charge.
type ChargeOutcome struct {
	// Outcome is settle.Created (approved in the reply), settle.Found (the
	// reply was lost and verificar found it approved), settle.Declined,
	// settle.Unknown, or settle.Failed (refused, or never sent).
	Outcome settle.Outcome
	// Result is the approved or declined charge, from the reply or verificar.
	Result *Result
	// Previous is an earlier charge with the same order id that did not
	// stop this one: declined, or approved and AllowDuplicate.
	Previous *Result
	// Lost is the ambiguous failure that made verificar be asked.
	Lost error
	// Lookup is what asking verificar took.
	Lookup settle.Result
}

// ChargeOrVerify is the one safe way to charge a card. It checks the order
// id first (an order PagoFácil already approved is refused with
// *DuplicateOrderError unless AllowDuplicate), then sends `transaccion`
// once, never again. A definitive answer (approved, declined, validation,
// credentials) is final. A request that provably never left is
// *settle.NotSentError: only then was nothing charged. Anything else
// (timeout, reset, 3xx, 408/429/5xx, a reply nobody can read) may have
// charged the card, so verificar is asked over c.Settle's window until it
// knows the charge; still unknown at the end is *settle.UnknownError.
//
// The outcome is never nil. Errors: *DeclinedError (with Result),
// *DuplicateOrderError, *LocalValidationError, *ValidationError,
// *AuthError, *settle.NotSentError, *settle.UnknownError, or the failure of
// the check before sending (the charge was not sent).
func (c *Client) ChargeOrVerify(ctx context.Context, req *ChargeRequest, opts ChargeOptions) (*ChargeOutcome, error) {
	out := &ChargeOutcome{Outcome: settle.Failed}
	if req.OrderID == "" {
		var fe FieldErrors
		fe.AddError("idPedido", i18n.Errorf("an order id is needed to verify the charge"))
		return out, &LocalValidationError{Fields: fe}
	}
	if err := req.Validate(); err != nil {
		return out, err
	}
	if !opts.NewOrderID {
		prev, err := c.previousCharge(ctx, req.OrderID)
		if err != nil {
			return out, i18n.Errorf("checking whether order %s was already charged (the charge was not sent): %w", req.OrderID, err)
		}
		if prev != nil && prev.Outcome == OutcomeApproved && !opts.AllowDuplicate {
			return out, &DuplicateOrderError{Previous: prev}
		}
		out.Previous = prev
	}
	if opts.BeforeSend != nil {
		if err := opts.BeforeSend(); err != nil {
			return out, err
		}
	}

	res, err := c.Charge(ctx, req)
	var declined *DeclinedError
	switch {
	case err == nil:
		out.Outcome, out.Result = settle.Created, res
		return out, nil
	case errors.As(err, &declined):
		out.Outcome, out.Result = settle.Declined, res
		return out, err
	case httpx.NeverSent(err):
		return out, withLocalWhat(&settle.NotSentError{What: chargeWhat(req), Cause: err}, req)
	case !httpx.IsAmbiguous(err):
		// PagoFácil's own refusal (validation, credentials), or a
		// definitive answer from whatever stood in the way (a 4xx page).
		return out, err
	}
	if opts.OnLost != nil {
		opts.OnLost(err)
	}
	return c.findLostCharge(ctx, req, out, err)
}

// previousCharge is the last charge PagoFácil has for orderID, or nil.
func (c *Client) previousCharge(ctx context.Context, orderID string) (*Result, error) {
	prev, err := c.Verify(ctx, orderID)
	var notFound *NotFoundError
	if errors.As(err, &notFound) {
		return nil, nil
	}
	return prev, err
}

// findLostCharge asks verificar what became of a charge whose reply was
// lost. verificar answers with the order's latest charge, so while it still
// shows the earlier charge of this order id this one has not landed yet.
func (c *Client) findLostCharge(ctx context.Context, req *ChargeRequest, out *ChargeOutcome, cause error) (*ChargeOutcome, error) {
	out.Lost = cause
	var known []string
	if out.Previous != nil {
		known = []string{out.Previous.Transaction}
	}
	found, lookup := c.LookupCharge(ctx, req.OrderID, known, c.Settle)
	out.Lookup = lookup
	if found == nil {
		out.Outcome = settle.Unknown
		return out, withLocalWhat(&settle.UnknownError{What: chargeWhat(req), Cause: cause, Lookup: out.Lookup}, req)
	}
	out.Result = found
	if found.Outcome == OutcomeApproved {
		out.Outcome = settle.Found
		return out, nil
	}
	out.Outcome = settle.Declined
	return out, &DeclinedError{Reason: firstNonEmpty(found.Reason, reasonVerified), Result: found}
}

// LookupCharge asks verificar about orderID, with backoff over policy's
// window, until it shows a charge that is none of known (the transactions
// of the order's earlier charges): "not found" and a known transaction
// mean "not yet". It returns that charge, or nil when none came, and what
// the lookup took. The one rule for settling a charge whose outcome was
// not learnt, here after a lost reply and in the command layer for one a
// killed process left.
func (c *Client) LookupCharge(ctx context.Context, orderID string, known []string, policy settle.Policy) (*Result, settle.Result) {
	var found *Result
	lookup := settle.Lookup(ctx, policy, func(ctx context.Context) (bool, error) {
		res, err := c.VerifyOnce(ctx, orderID)
		var notFound *NotFoundError
		var auth *AuthError
		switch {
		case errors.As(err, &notFound):
			return false, nil
		case errors.As(err, &auth):
			return false, settle.Stop(err)
		case err != nil:
			return false, err
		case slices.Contains(known, res.Transaction):
			return false, nil
		}
		found = res
		return true, nil
	})
	return found, lookup
}

func chargeWhat(req *ChargeRequest) string { return chargeWhatMessage(req).Error() }

// chargeWhatMessage names the charge in a message: a catalog message.
func chargeWhatMessage(req *ChargeRequest) error {
	return i18n.Errorf("the charge for order %s (MXN %s, %s)", req.OrderID, req.Amount.Format(), req.Card.Masked())
}

// localWhat is a settle error (*settle.NotSentError, *settle.UnknownError)
// shown with the charge named in the reader's language: settle's message,
// with its What (English) replaced by the same words as a catalog message.
// It unwraps to the settle error, so errors.As and the kind see through it.
type localWhat struct {
	err   error
	what  string
	local error
}

func withLocalWhat(err error, req *ChargeRequest) error {
	return &localWhat{err: err, what: chargeWhat(req), local: chargeWhatMessage(req)}
}

func (e *localWhat) Error() string { return e.err.Error() }
func (e *localWhat) Unwrap() error { return e.err }

// MessageKey is the settle error's message with the charge in the
// reader's language; "" (shown as Error()) when settle has no catalog form.
func (e *localWhat) MessageKey() (string, []any) {
	k, ok := e.err.(i18n.Keyed)
	if !ok {
		return "", nil
	}
	key, args := k.MessageKey()
	out := make([]any, len(args))
	for i, a := range args {
		out[i] = a
		if s, ok := a.(error); ok && s.Error() == e.what {
			out[i] = e.local
		} else if s, ok := a.(string); ok && s == e.what {
			out[i] = e.local
		}
	}
	return key, out
}
