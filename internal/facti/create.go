package facti

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/mxpay/mxpay/internal/errs"
	"github.com/mxpay/mxpay/internal/httpx"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/settle"
)

// CreateOptions tune CreateOrFind.
type CreateOptions struct {
	// CompanyID is the company whose payments are searched: before sending
	// for a duplicate, after a lost reply for the request itself.
	CompanyID string
	// AllowDuplicate sends even when the serie and folio already have a
	// payment request.
	AllowDuplicate bool
	// Survey is a survey of CompanyID the caller made and has already
	// checked r against (a bulk run surveys once for all rows); nil means
	// CreateOrFind surveys and checks.
	Survey *Survey
	// BeforeSend, when set, runs after the duplicate guard and before the
	// request is sent: the command's confirmation. Its error is returned
	// and nothing is sent.
	BeforeSend func() error
}

// CreateResult is a payment request that exists: Facti answered that it
// created it (Created), or its reply was lost and a lookup found it (Found).
type CreateResult struct {
	Outcome   settle.Outcome
	RequestID string
	// Created is Facti's reply, when it came (Outcome Created).
	Created *Created
	// Payment is the payment found (Outcome Found), as company_payments
	// shows it.
	Payment *Payment
	// Cause is the failure whose outcome the lookup settled (Found).
	Cause error
}

// CreateOrFind is the one safe-create rule for new_request. Before sending,
// the duplicate guard surveys the company and refuses (*DuplicateError)
// when the serie/folio already has a request, unless AllowDuplicate. The
// request is sent once and never repeated. Facti's definitive answer is
// final: its reply (Created) or its refusal (*Error). A request that
// provably never left is a *settle.NotSentError. Anything else (a timeout, a
// reset, a redirect, 408/429/5xx, a reply that is not Facti's JSON) may
// have been applied: the request is looked up by serie, folio, amount and
// e-mail among the payments created since the survey, over the client's
// Settle window, and ends Found, a *settle.UnknownError, or a
// *ManyMatchesError.
func (c *Client) CreateOrFind(ctx context.Context, r *NewRequest, o CreateOptions) (*CreateResult, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	survey := o.Survey
	if survey == nil {
		var err error
		if survey, err = c.Survey(ctx, o.CompanyID); err != nil {
			return nil, i18n.Errorf("looking for an existing %v before sending it (nothing was sent): %w", BareDescription(r), err)
		}
		if !o.AllowDuplicate {
			dups, err := survey.Duplicates(ctx, r)
			if err != nil {
				return nil, i18n.Errorf("looking for an existing %v before sending it (nothing was sent): %w", BareDescription(r), err)
			}
			if len(dups) > 0 {
				return nil, NewDuplicateError(r, dups)
			}
		}
	}
	if o.BeforeSend != nil {
		if err := o.BeforeSend(); err != nil {
			return nil, err
		}
	}
	created, err := c.CreatePayment(ctx, r)
	switch {
	case err == nil:
		return &CreateResult{Outcome: settle.Created, RequestID: string(created.RequestID), Created: created}, nil
	case httpx.NeverSent(err) && errs.Is(err, errs.Interrupted):
		return nil, i18n.Errorf("%w; %v was not sent", err, Description(r))
	case httpx.NeverSent(err):
		return nil, notSent(&settle.NotSentError{What: Describe(r), Cause: err}, Description(r))
	case !httpx.IsAmbiguous(err):
		return nil, err
	}
	return c.findLost(ctx, r, survey, err)
}

// findLost looks up a request whose reply was lost.
func (c *Client) findLost(ctx context.Context, r *NewRequest, survey *Survey, sendErr error) (*CreateResult, error) {
	ctx, policy, cancel := lookupContext(ctx, c.Settle)
	defer cancel()
	var matches []Payment
	res := settle.Lookup(ctx, policy, func(ctx context.Context) (bool, error) {
		found, err := c.findRequests(ctx, survey.CompanyID, survey.Since(), []*NewRequest{r}, survey.details)
		if err != nil {
			return false, stopOnAuth(err)
		}
		matches = found[0]
		return len(matches) > 0, nil
	})
	unsettled := &UnsettledError{Request: r, CompanyID: survey.CompanyID, SinceID: survey.Since()}
	switch {
	case len(matches) > 1:
		unsettled.Err = &ManyMatchesError{What: Describe(r), Cause: sendErr, Payments: matches, request: r}
	case res.Found:
		return &CreateResult{Outcome: settle.Found, RequestID: string(matches[0].ID), Payment: &matches[0], Cause: sendErr}, nil
	default:
		unsettled.Err = &settle.UnknownError{What: Describe(r), Cause: sendErr, Lookup: res}
	}
	return nil, unsettled
}

// UnsettledError is a create whose outcome no lookup could settle (Err is a
// *settle.UnknownError or a *ManyMatchesError), with where the request can
// be looked for: the payments of CompanyID from id SinceID on. Its kind is
// UnknownOutcome.
type UnsettledError struct {
	Err       error
	Request   *NewRequest
	CompanyID string
	SinceID   uint64
}

func (e *UnsettledError) Error() string   { return e.Err.Error() }
func (e *UnsettledError) Unwrap() error   { return e.Err }
func (e *UnsettledError) Kind() errs.Kind { return errs.UnknownOutcome }

// lookupContext lets a lookup run when the caller's context has already
// ended (Ctrl-C while the request was in flight): one lookup, bounded, so
// the answer is known if it can be, without holding an interrupted command
// for a whole window.
func lookupContext(ctx context.Context, p settle.Policy) (context.Context, settle.Policy, context.CancelFunc) {
	if ctx.Err() == nil {
		return ctx, p, func() {}
	}
	p.Window, p.First = time.Nanosecond, time.Millisecond
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 15*time.Second)
	return ctx, p, cancel
}

// stopOnAuth ends a lookup whose credentials were refused: asking again
// cannot help.
func stopOnAuth(err error) error {
	if errs.Is(err, errs.Auth) {
		return settle.Stop(err)
	}
	return err
}

// ManyMatchesError is a request whose reply was lost and for which several
// new payments match: mxpay cannot tell which one it created (another
// process sent the same request). Its kind is UnknownOutcome.
type ManyMatchesError struct {
	What     string
	Cause    error
	Payments []Payment
	request  *NewRequest // what What describes, for messages
}

func (e *ManyMatchesError) Error() string {
	var ids []string
	for _, p := range e.Payments {
		ids = append(ids, string(p.ID))
	}
	return fmt.Sprintf("%s was sent and its reply was lost (%v); payments %s all match it, so mxpay cannot tell which one it created", e.What, e.Cause, strings.Join(ids, ", "))
}

func (e *ManyMatchesError) Unwrap() error   { return e.Cause }
func (e *ManyMatchesError) Kind() errs.Kind { return errs.UnknownOutcome }
