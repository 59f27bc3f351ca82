package facti

import (
	"bytes"
	"context"
	"fmt"
	"iter"
	"net/http"
	"strconv"

	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/idle"
	"github.com/mxpay/mxpay/internal/jsonrows"
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
	resp, body, err := c.paymentsPage(ctx, lf)
	if err != nil {
		return nil, err
	}
	var page []Payment
	if _, err := judged(listOp, resp, body, paymentsInto(&page)); err != nil {
		return nil, err
	}
	return page, nil
}

const listOp = "list the payments"

// paymentsPage asks for one page and reads the reply, unjudged.
func (c *Client) paymentsPage(ctx context.Context, lf ListFilter) (*http.Response, []byte, error) {
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
	req, err := c.postRequest(ctx, "/v1/payments/company_payments", f, true)
	if err != nil {
		return nil, nil, err
	}
	return c.exchange(req)
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
		text := truncateText(string(id), 20)
		return false, &ReplyError{Op: "list the payments", Problem: fmt.Sprintf("a payment id %q is not a number", text), problem: i18n.Errorf("a payment id %q is not a number", text)}
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
		since := strconv.FormatUint(c.since, 10)
		return false, &ReplyError{Op: "list the payments", Problem: fmt.Sprintf("a full page held no payment from id %s on: the server ignores since_id, so paging stopped", since), problem: i18n.Errorf("a full page held no payment from id %s on: the server ignores since_id, so paging stopped", since)}
	case c.maxID > 0 && c.next > c.maxID:
		return false, nil
	}
	c.since = c.next
	return true, nil
}

// NextFromReply is Next for a raw company_payments reply (api's
// --paginate, which prints replies as they come, judged).
func (c *SinceCursor) NextFromReply(body []byte) (bool, error) {
	if _, err := judgeReply(listOp, http.StatusOK, body, nil); err != nil {
		return false, err
	}
	_, more, err := c.page(http.StatusOK, body)
	return more, err
}

// page runs a reply's payment ids through the cursor: which rows belong to
// the listing, and whether another page follows. The ids are read alone,
// with Flex's rule, as the whole page would read them. A reply that is not
// a result-1 page of payments has no more pages; its error is for whoever
// decodes it.
func (c *SinceCursor) page(status int, body []byte) (kept []bool, more bool, err error) {
	var ids []Flex
	read := memberReaders{"payments": func(r *jsonrows.Reader) error {
		ids = ids[:0]
		return jsonrows.Rows(r, paymentIDField, func(p *Payment, _ []byte) { ids = append(ids, p.ID) })
	}}
	// Not validated here: the page is, when it is decoded (a reply that
	// only looks like one to this scan fails there).
	env, shape, ok := readEnvelope(jsonrows.Sub(bytes.TrimSpace(body)), read)
	if !ok || shape != nil || status >= 300 || !env.success() {
		return nil, false, &ReplyError{Op: listOp, HTTPStatus: status, Problem: "it is not a page of payments"}
	}
	kept = make([]bool, len(ids))
	for i, id := range ids {
		if kept[i], err = c.Keep(id); err != nil {
			return kept[:i], false, err
		}
	}
	more, err = c.Next(len(ids))
	return kept, more, err
}

var paymentIDField = jsonrows.Fields[Payment]{"id": paymentFields["id"]}

// Payments pages through company_payments, oldest first, yielding every
// payment that matches lf, by SinceCursor's rule. Each reply is read whole
// and its ids alone decide the next page, which is asked for at once: the
// page is decoded and handed to the caller while the next one is on its
// way (at most three pages held). An error is yielded once, last;
// stopping early cancels the page in flight and waits for it.
func (c *Client) Payments(ctx context.Context, lf ListFilter) iter.Seq2[Payment, error] {
	return func(yield func(Payment, error) bool) {
		cur, err := NewSinceCursor(lf.SinceID, lf.MaxID, lf.Limit)
		if err != nil {
			yield(Payment{}, err)
			return
		}
		lf.Limit = cur.Limit()
		type fetched struct {
			resp    *http.Response
			body    []byte
			kept    []bool
			err     error // the exchange's, or a bad id's after the kept rows
			judging bool  // the reply itself is wrong: decoding it says how
		}
		ctx, cancel := context.WithCancel(ctx)
		pages := make(chan fetched, 1) // one page ready while the caller works
		go func() {
			defer close(pages)
			for {
				var f fetched
				var more bool
				f.resp, f.body, f.err = c.paymentsPage(ctx, lf)
				if f.err == nil {
					var err error
					f.kept, more, err = cur.page(f.resp.StatusCode, f.body)
					// Without kept rows the reply itself is wrong, and
					// decoding it says how; else err is the cursor's.
					f.judging = err != nil && f.kept == nil
					if !f.judging {
						f.err = err
					}
				}
				select {
				case pages <- f:
				case <-ctx.Done():
					return
				}
				if f.err != nil || f.judging || !more {
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
			var f fetched
			var open bool
			select {
			case f, open = <-pages:
			default:
				idle.Wait(ctx) // the printer writes out what it holds
				f, open = <-pages
			}
			if !open {
				return
			}
			if f.err != nil && f.resp == nil {
				yield(Payment{}, f.err)
				return
			}
			var page []Payment
			if _, err := judged(listOp, f.resp, f.body, paymentsInto(&page)); err != nil {
				yield(Payment{}, err)
				return
			}
			for i, p := range page[:min(len(page), len(f.kept))] {
				if f.kept[i] && !yield(p, nil) {
					return
				}
			}
			if f.err != nil {
				yield(Payment{}, f.err)
				return
			}
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
		var p problems
		p.add("%v %q is not an id", Word(name), v)
		return 0, p.err()
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
