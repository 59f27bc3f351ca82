package facti

import (
	"context"
	"fmt"
	"iter"
	"strconv"
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

// ListPayments fetches one page of company_payments.
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
	raw, err := c.post(ctx, op, "/v1/payments/company_payments", f, true)
	if err != nil {
		return nil, err
	}
	var out struct {
		Payments []Payment `json:"payments"`
	}
	if err := decode(op, raw, &out); err != nil {
		return nil, err
	}
	return out.Payments, nil
}

// Payments pages through company_payments, oldest first, yielding every
// payment that matches lf; memory stays one page. It is the one paging
// rule: pages are asked by id (since_id = the highest id seen + 1) of
// lf.Limit payments (MaxLimit when 0) until a short page. A server that
// ignores since_id would send the first page forever: payments below the
// page's since_id are dropped, and a full page with nothing new ends the
// sequence with an error rather than a loop. An error is yielded once, last.
func (c *Client) Payments(ctx context.Context, lf ListFilter) iter.Seq2[Payment, error] {
	return func(yield func(Payment, error) bool) {
		if lf.Limit <= 0 || lf.Limit > MaxLimit {
			lf.Limit = MaxLimit
		}
		since, err := optionalID("since_id", lf.SinceID)
		if err != nil {
			yield(Payment{}, err)
			return
		}
		maxID, err := optionalID("max_id", lf.MaxID)
		if err != nil {
			yield(Payment{}, err)
			return
		}
		for {
			page, err := c.ListPayments(ctx, lf)
			if err != nil {
				yield(Payment{}, err)
				return
			}
			next := since
			for _, p := range page {
				id, err := strconv.ParseUint(string(p.ID), 10, 64)
				if err != nil {
					yield(Payment{}, &ReplyError{Op: "list the payments", Problem: fmt.Sprintf("a payment id %q is not a number", truncateText(string(p.ID), 20))})
					return
				}
				if id < since || (maxID > 0 && id > maxID) {
					continue // already seen, or past max_id: the server ignored the filter
				}
				if !yield(p, nil) {
					return
				}
				next = max(next, id+1)
			}
			switch {
			case len(page) < lf.Limit:
				return
			case next == since:
				yield(Payment{}, &ReplyError{Op: "list the payments", Problem: fmt.Sprintf("a full page held no payment from id %d on: the server ignores since_id, so paging stopped", since)})
				return
			case maxID > 0 && next > maxID:
				return
			}
			since = next
			lf.SinceID = strconv.FormatUint(since, 10)
		}
	}
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
