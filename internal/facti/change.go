package facti

import (
	"context"
	"errors"
	"fmt"

	"github.com/mxpay/mxpay/internal/errs"
	"github.com/mxpay/mxpay/internal/httpx"
	"github.com/mxpay/mxpay/internal/i18n"
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
	return c.changeOrCheck(ctx, id, changeWhat{"the request to mark payment " + id + " paid", i18n.Errorf("the request to mark payment %s paid", id)},
		func() (*Payment, error) { return c.MarkPaid(ctx, id) },
		func(p *Payment, getErr error) (bool, error) { return getErr == nil && p.Paid(), getErr })
}

// DeleteOrCheck deletes a pending payment with the safe-create rule: sent
// once; after an ambiguous failure the payment is read over the Settle
// window until Facti no longer shows it. before is the payment as read
// before deleting, returned when the lookup finds it gone.
func (c *Client) DeleteOrCheck(ctx context.Context, companyID, id string, before *Payment) (*ChangeResult, error) {
	res, err := c.changeOrCheck(ctx, id, changeWhat{"the request to delete payment " + id, i18n.Errorf("the request to delete payment %s", id)},
		func() (*Payment, error) { return c.DeletePayment(ctx, companyID, id) },
		func(_ *Payment, getErr error) (bool, error) {
			var refused *Error
			if errors.As(getErr, &refused) && !refused.IsAuth() {
				// Facti refuses to show it: gone. (Its wording for "no
				// such payment" is unknown, so any refusal but of the
				// credentials counts.)
				return true, nil
			}
			return false, getErr
		})
	if err == nil && res.Outcome == settle.Found {
		res.Payment = before
	}
	return res, err
}

// changeOrCheck sends a change to payment id once; after an ambiguous
// failure it reads the payment over the Settle window until shows (given
// GetPayment's result) says the change is there.
func (c *Client) changeOrCheck(ctx context.Context, id string, what changeWhat, send func() (*Payment, error), shows func(*Payment, error) (bool, error)) (*ChangeResult, error) {
	p, sendErr := send()
	if sendErr == nil {
		return &ChangeResult{Outcome: settle.Created, Payment: p}, nil
	}
	if err := definitive(what, sendErr); err != nil {
		return nil, err
	}
	ctx, policy, cancel := lookupContext(ctx, c.Settle)
	defer cancel()
	var now *Payment
	res := settle.Lookup(ctx, policy, func(ctx context.Context) (bool, error) {
		p, err := c.GetPayment(ctx, id)
		if err == nil {
			now = p
		}
		done, err := shows(p, err)
		return done, stopOnAuth(err)
	})
	if res.Found {
		return &ChangeResult{Outcome: settle.Found, Payment: now, Cause: sendErr}, nil
	}
	return nil, &ChangeUnknownError{UnknownError: &settle.UnknownError{What: what.text, Cause: sendErr, Lookup: res}, Now: now, what: what.msg}
}

// changeWhat names a change in messages: in English (for Error) and as a
// message.
type changeWhat struct {
	text string
	msg  error
}

// definitive returns err as the final answer when it is one (nil when the
// change may have been applied and must be looked up).
func definitive(what changeWhat, err error) error {
	switch {
	case httpx.NeverSent(err) && errs.Is(err, errs.Interrupted):
		return i18n.Errorf("%w; %v was not sent", err, what.msg)
	case httpx.NeverSent(err):
		return notSent(&settle.NotSentError{What: what.text, Cause: err}, what.msg)
	case !httpx.IsAmbiguous(err):
		return err
	}
	return nil
}

// ChangeUnknownError is a mark-paid or delete whose reply was lost and
// whose effect the lookups did not show. Now is the payment as last read
// (nil when no read succeeded). Its kind is UnknownOutcome.
type ChangeUnknownError struct {
	*settle.UnknownError
	Now  *Payment
	what error // the change, as a message
}

func (e *ChangeUnknownError) Error() string {
	msg := e.UnknownError.Error()
	if e.Now != nil {
		msg += fmt.Sprintf("; payment %s is %s now", e.Now.ID, e.Now.StatusText())
	}
	return msg
}

func (e *ChangeUnknownError) Unwrap() error { return e.UnknownError }
