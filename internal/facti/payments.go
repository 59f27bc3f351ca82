package facti

import (
	"context"
	"fmt"
	"iter"
	"strconv"

	"github.com/mxpay/mxpay/internal/idle"
)

// ListFilter is company_payments' input.
type ListFilter struct {
	CompanyID       string
	SinceID         string
	MaxID           string
	Limit           int    // 0: the server's default; at most MaxLimit
	Status          string // "", "0" pending, "1" paid
	FromPaymentDate string // Y-m-d H:i:s
	ToPaymentDate   string
}

// MaxLimit is company_payments' documented maximum page size.
const MaxLimit = 200

// ListPayments fetches one page of company_payments, read in one pass.
func (c *Client) ListPayments(ctx context.Context, lf ListFilter) ([]Payment, error) {
	const op = "list the payments"
	f := c.credentials()
	f.Add("company_id", lf.CompanyID)
	for _, kv := range [][2]string{{"since_id", lf.SinceID}, {"max_id", lf.MaxID}, {"status", lf.Status}, {"from_payment_date", lf.FromPaymentDate}, {"to_payment_date", lf.ToPaymentDate}} {
		if kv[1] != "" {
			f.Add(kv[0], kv[1])
		}
	}
	if lf.Limit > 0 {
		f.Add("limit", itoa(lf.Limit))
	}
	var page []Payment
	if _, err := c.postReading(ctx, op, "/v1/payments/company_payments", f, true, paymentsInto(&page)); err != nil {
		return nil, err
	}
	return page, nil
}

// SinceCursor is company_payments' one paging rule, for every pager of it
// (Payments, `mxpay api facti … --paginate`): pages of Limit payments are
// asked by id, since_id being the highest id seen + 1 (since_id is
// inclusive), until a short page, or past max_id. A server that ignores
// since_id would send the first page forever: payments below the page's
// since_id (or above max_id) are not the listing's, and a full page with
// nothing new is an error rather than a loop.
type SinceCursor struct {
	since, next, maxID uint64
	limit              int
}

// NewSinceCursor starts at the filter's since_id, up to its max_id, with
// pages of its limit (MaxLimit when 0 or above it).
func NewSinceCursor(sinceID, maxID string, limit int) (*SinceCursor, error) {
	since, err := optionalID("since_id", sinceID)
	if err != nil {
		return nil, err
	}
	maxN, err := optionalID("max_id", maxID)
	if err != nil {
		return nil, err
	}
	if limit <= 0 || limit > MaxLimit {
		limit = MaxLimit
	}
	return &SinceCursor{since: since, next: since, maxID: maxN, limit: limit}, nil
}

// Limit is the page size to ask for.
func (c *SinceCursor) Limit() int { return c.limit }

// SinceID is the since_id of the next page.
func (c *SinceCursor) SinceID() string { return strconv.FormatUint(c.since, 10) }

// Keep reports whether the payment id (as Facti sent it) belongs to the
// listing, and records it. An id that is not a number is a *ReplyError.
func (c *SinceCursor) Keep(id Flex) (bool, error) {
	n, err := strconv.ParseUint(string(id), 10, 64)
	if err != nil {
		return false, &ReplyError{Op: "list the payments", Problem: fmt.Sprintf("a payment id %q is not a number", truncateText(string(id), 20))}
	}
	if n < c.since || (c.maxID > 0 && n > c.maxID) {
		return false, nil // already seen, or past max_id: the server ignored the filter
	}
	c.next = max(c.next, n+1)
	return true, nil
}

// Next, after a page of n payments whose ids went through Keep, reports
// whether another page follows.
func (c *SinceCursor) Next(n int) (bool, error) {
	switch {
	case n < c.limit:
		return false, nil
	case c.next == c.since:
		return false, &ReplyError{Op: "list the payments", Problem: fmt.Sprintf("a full page held no payment from id %d on: the server ignores since_id, so paging stopped", c.since)}
	case c.maxID > 0 && c.next > c.maxID:
		return false, nil
	}
	c.since = c.next
	return true, nil
}

// NextFromReply is Next for a raw company_payments reply (api's
// --paginate, which prints replies as they come): it reads the payments'
// ids with Flex's leniency.
func (c *SinceCursor) NextFromReply(body []byte) (bool, error) {
	var page []Payment
	if _, err := judgeReply("list the payments", 200, body, paymentsInto(&page)); err != nil {
		return false, err
	}
	for _, p := range page {
		if _, err := c.Keep(p.ID); err != nil {
			return false, err
		}
	}
	return c.Next(len(page))
}

// Payments pages through company_payments, oldest first, yielding every
// payment that matches lf, by SinceCursor's rule. The next page is read
// (whole, then decoded) while the caller handles this one, and at most
// three pages are held. An error is yielded once, last; stopping early
// cancels the page in flight and waits for it.
func (c *Client) Payments(ctx context.Context, lf ListFilter) iter.Seq2[Payment, error] {
	return func(yield func(Payment, error) bool) {
		cur, err := NewSinceCursor(lf.SinceID, lf.MaxID, lf.Limit)
		if err != nil {
			yield(Payment{}, err)
			return
		}
		lf.Limit = cur.Limit()
		type result struct {
			page []Payment
			err  error
		}
		ctx, cancel := context.WithCancel(ctx)
		pages := make(chan result, 1) // one page ready while the caller works
		go func() {
			defer close(pages)
			for {
				page, err := c.ListPayments(ctx, lf)
				var kept []Payment
				more := false
				if err == nil {
					kept, more, err = keepPage(cur, page)
				}
				select {
				case pages <- result{kept, err}:
				case <-ctx.Done():
					return
				}
				if err != nil || !more {
					return
				}
				lf.SinceID = cur.SinceID()
			}
		}()
		defer func() {
			cancel()
			for range pages { // no request outlives the loop
			}
		}()
		for {
			var r result
			var open bool
			select {
			case r, open = <-pages:
			default:
				idle.Wait(ctx) // the printer writes out what it holds
				r, open = <-pages
			}
			if !open {
				return
			}
			for _, p := range r.page {
				if !yield(p, nil) {
					return
				}
			}
			if r.err != nil {
				yield(Payment{}, r.err)
				return
			}
		}
	}
}

// keepPage passes a page through the cursor: the payments that belong to
// the listing (up to a bad id, whose error comes with them), and whether
// another page follows.
func keepPage(cur *SinceCursor, page []Payment) ([]Payment, bool, error) {
	kept := page[:0] // filtered in place
	for _, p := range page {
		ok, err := cur.Keep(p.ID)
		if err != nil {
			return kept, false, err
		}
		if ok {
			kept = append(kept, p)
		}
	}
	more, err := cur.Next(len(page))
	return kept, more, err
}

// optionalID reads an id filter; "" is 0.
func optionalID(name, v string) (uint64, error) {
	if v == "" {
		return 0, nil
	}
	id, err := strconv.ParseUint(v, 10, 64)
	if err != nil {
		return 0, &ValidationError{Problems: []string{fmt.Sprintf("%s %q is not an id", name, v)}}
	}
	return id, nil
}

// truncateText cuts s to n bytes for a message.
func truncateText(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
