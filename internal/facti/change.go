package facti

import (
	"context"
	"errors"
	"fmt"

	"github.com/mxpay/mxpay/internal/errs"
	"github.com/mxpay/mxpay/internal/httpx"
	"github.com/mxpay/mxpay/internal/settle"
)

// ChangeResult is a change to a payment that took: Facti answered it
// (Outcome Created), or the reply was lost and a lookup shows the change
// (Outcome Found).
type ChangeResult struct {
	Outcome settle.Outcome
	// Payment is Facti's answer, or the payment as the lookup found it
	// (for a delete found done: the payment as it was before).
	Payment *Payment
	// Cause is the failure whose outcome the lookup settled (Found).
	Cause error
}

// MarkPaidOrCheck marks a pending payment paid with the safe-create rule:
// sent once; after an ambiguous failure the payment is read over the
// Settle window until it shows paid. Still pending after the window is a
// *ChangeUnknownError holding the payment as last seen.
func (c *Client) MarkPaidOrCheck(ctx context.Context, id string) (*ChangeResult, error) {
	what := "the request to mark payment " + id + " paid"
	p, err := c.MarkPaid(ctx, id)
	if err == nil {
		return &ChangeResult{Outcome: settle.Created, Payment: p}, nil
	}
	if err := definitive(what, err); err != nil {
		return nil, err
	}
	var now *Payment
	res := c.lookupPayment(ctx, id, func(p *Payment, getErr error) (bool, error) {
		if getErr != nil {
			return false, getErr
		}
		now = p
		return p.Paid(), nil
	})
	if res.Found {
		return &ChangeResult{Outcome: settle.Found, Payment: now, Cause: err}, nil
	}
	return nil, &ChangeUnknownError{UnknownError: &settle.UnknownError{What: what, Cause: err, Lookup: res}, Now: now}
}

// DeleteOrCheck deletes a pending payment with the safe-create rule: sent
// once; after an ambiguous failure the payment is read over the Settle
// window until Facti no longer shows it. before is the payment as read
// before deleting, returned when the lookup finds it gone.
func (c *Client) DeleteOrCheck(ctx context.Context, companyID, id string, before *Payment) (*ChangeResult, error) {
	what := "the request to delete payment " + id
	p, err := c.DeletePayment(ctx, companyID, id)
	if err == nil {
		return &ChangeResult{Outcome: settle.Created, Payment: p}, nil
	}
	if err := definitive(what, err); err != nil {
		return nil, err
	}
	var now *Payment
	res := c.lookupPayment(ctx, id, func(p *Payment, getErr error) (bool, error) {
		var refused *Error
		switch {
		case errors.As(getErr, &refused) && !refused.IsAuth():
			// Facti refuses to show it: gone. (Its wording for "no such
			// payment" is unknown, so any refusal but of the credentials
			// counts.)
			now = nil
			return true, nil
		case getErr != nil:
			return false, getErr
		}
		now = p
		return false, nil
	})
	if res.Found {
		return &ChangeResult{Outcome: settle.Found, Payment: before, Cause: err}, nil
	}
	return nil, &ChangeUnknownError{UnknownError: &settle.UnknownError{What: what, Cause: err, Lookup: res}, Now: now}
}

// definitive returns err as the final answer when it is one (nil when the
// change may have been applied and must be looked up).
func definitive(what string, err error) error {
	switch {
	case httpx.NeverSent(err) && errs.Is(err, errs.Interrupted):
		return fmt.Errorf("%w; %s was not sent", err, what)
	case httpx.NeverSent(err):
		return &settle.NotSentError{What: what, Cause: err}
	case !httpx.IsAmbiguous(err):
		return err
	}
	return nil
}

// lookupPayment reads payment id over the Settle window until judge says
// the change shows; judge gets GetPayment's result.
func (c *Client) lookupPayment(ctx context.Context, id string, judge func(*Payment, error) (bool, error)) settle.Result {
	ctx, policy, cancel := lookupContext(ctx, c.Settle)
	defer cancel()
	return settle.Lookup(ctx, policy, func(ctx context.Context) (bool, error) {
		p, err := c.GetPayment(ctx, id)
		done, err := judge(p, err)
		return done, stopOnAuth(err)
	})
}

// ChangeUnknownError is a mark-paid or delete whose reply was lost and
// whose effect the lookups did not show. Now is the payment as last read
// (nil when no read succeeded). Its kind is UnknownOutcome.
type ChangeUnknownError struct {
	*settle.UnknownError
	Now *Payment
}

func (e *ChangeUnknownError) Error() string {
	msg := e.UnknownError.Error()
	if e.Now != nil {
		msg += fmt.Sprintf("; payment %s is %s now", e.Now.ID, e.Now.StatusText())
	}
	return msg
}

func (e *ChangeUnknownError) Unwrap() error { return e.UnknownError }
