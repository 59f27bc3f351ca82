package facti

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/mxpay/mxpay/internal/errs"
)

// Survey is one pass over a company's payments: what the duplicate guard
// checks requests against before anything is sent, and the highest id it
// saw, so that lookups after a lost reply read only the payments created
// since (since_id = MaxID + 1) rather than the whole company again. A bulk
// run surveys once for all its rows.
type Survey struct {
	CompanyID string
	MaxID     uint64
	byKey     map[string][]Seen
	details   *groupDetails
}

// Survey reads every payment of companyID once, keeping what recognises a
// request (not the whole objects: memory stays small for large companies).
func (c *Client) Survey(ctx context.Context, companyID string) (*Survey, error) {
	s := &Survey{CompanyID: companyID, byKey: map[string][]Seen{}, details: newGroupDetails(c)}
	for p, err := range c.Payments(ctx, ListFilter{CompanyID: companyID}) {
		if err != nil {
			return nil, err
		}
		seen, ok := seenOf(&p)
		if !ok {
			continue
		}
		k := invoiceKey(seen.Serie, seen.Folio)
		s.byKey[k] = append(s.byKey[k], seen)
		s.MaxID = max(s.MaxID, seen.ID)
	}
	return s, nil
}

// Since is the first id a payment created after the survey can have.
func (s *Survey) Since() uint64 { return s.MaxID + 1 }

// Duplicates returns the surveyed payments that already request what r
// requests: for a single request, one with the same serie and folio
// (whatever its amount: the folio is the invoice); for a grouped request,
// a single request for any of its invoices, or a grouped request for the
// same invoices. A grouped request that shares only some invoices with
// another grouped one is not found: that would take one GET per grouped
// request of the company.
func (s *Survey) Duplicates(ctx context.Context, r *NewRequest) ([]Seen, error) {
	if len(r.Group) == 0 {
		return s.singles(ctx, invoiceKey(r.Serie, r.Folio))
	}
	var out []Seen
	for _, g := range r.Group {
		found, err := s.singles(ctx, invoiceKey(g.Serie, g.Folio))
		if err != nil {
			return nil, err
		}
		out = append(out, found...)
	}
	for _, seen := range s.byKey[groupKey] {
		if !seen.Total.Equal(r.TotalAmount) {
			continue // the same invoices add up to the same total
		}
		set, err := s.details.invoices(ctx, seen.ID)
		if err != nil {
			return nil, err
		}
		if set == invoicesOf(r.Group) {
			out = append(out, seen)
		}
	}
	return out, nil
}

// singles returns the single requests listed under key; under folio 1 with
// no serie, grouped requests (which Facti lists so) are told apart by
// their details.
func (s *Survey) singles(ctx context.Context, key string) ([]Seen, error) {
	if key != groupKey {
		return s.byKey[key], nil
	}
	var out []Seen
	for _, seen := range s.byKey[key] {
		set, err := s.details.invoices(ctx, seen.ID)
		if err != nil {
			return nil, err
		}
		if set == "" {
			out = append(out, seen)
		}
	}
	return out, nil
}

// DuplicateError refuses a request whose invoice already has a payment
// request, before anything is sent. Its kind is Usage (exit 2); the
// command layer says how to send it anyway.
type DuplicateError struct {
	Request  string // Describe of the request
	Existing []Seen
	request  *NewRequest
}

// NewDuplicateError is the refusal of r, whose invoice the payments
// existing already request.
func NewDuplicateError(r *NewRequest, existing []Seen) *DuplicateError {
	return &DuplicateError{Request: Describe(r), Existing: existing, request: r}
}

func (e *DuplicateError) Error() string {
	var ids []string
	for _, s := range e.Existing {
		ids = append(ids, describeSeen(s))
	}
	return fmt.Sprintf("%s already exists: %s; nothing was sent", e.Request, strings.Join(ids, "; "))
}

func (e *DuplicateError) Kind() errs.Kind { return errs.Usage }

func describeSeen(s Seen) string {
	status := "pending"
	if s.Paid {
		status = "paid"
	}
	invoice := "folio " + s.Folio
	if s.Serie != "" {
		invoice = "serie " + s.Serie + " " + invoice
	}
	text := fmt.Sprintf("payment %d (%s, %s", s.ID, invoice, s.Total.Format())
	if s.ToEmail != "" {
		text += " to " + s.ToEmail
	}
	return text + ", " + status + ")"
}

// Describe names a request in English ("the payment request for serie A
// folio 1001 (1,500.01)", or its invoices for a grouped one): Description's
// words, for the English Error() of the errors that name it.
func Describe(r *NewRequest) string { return Description(r).Error() }

// FindRequests reads the payments of companyID from id since on, once,
// and returns for each request of reqs the payments that are it.
func (c *Client) FindRequests(ctx context.Context, companyID string, since uint64, reqs []*NewRequest) ([][]Payment, error) {
	return c.findRequests(ctx, companyID, since, reqs, newGroupDetails(c))
}

func (c *Client) findRequests(ctx context.Context, companyID string, since uint64, reqs []*NewRequest, details *groupDetails) ([][]Payment, error) {
	byKey := map[string][]int{}
	for i, r := range reqs {
		byKey[r.listedKey()] = append(byKey[r.listedKey()], i)
	}
	found := make([][]Payment, len(reqs))
	lf := ListFilter{CompanyID: companyID}
	if since > 0 {
		lf.SinceID = strconv.FormatUint(since, 10)
	}
	for p, err := range c.Payments(ctx, lf) {
		if err != nil {
			return nil, err
		}
		seen, ok := seenOf(&p)
		if !ok {
			continue
		}
		for _, i := range byKey[invoiceKey(seen.Serie, seen.Folio)] {
			is, err := details.is(ctx, reqs[i], seen)
			if err != nil {
				return nil, err
			}
			if is {
				found[i] = append(found[i], p)
			}
		}
	}
	return found, nil
}
