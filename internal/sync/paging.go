package sync

import (
	"context"
	"encoding/json"
	"iter"
	"net/http"
	"net/url"
	"strconv"

	"github.com/mxpay/mxpay/internal/idle"
	"github.com/mxpay/mxpay/internal/jsonrows"
)

// Paging: every listing method All* (and Pages, for any path) reads page
// after page with skip and limit, and follows one rule, SkipCursor's:
//
//   - skip advances by the rows received, so a server that caps limit
//     below what was asked loses nothing;
//   - a short page is not the end (the cap is not documented): an empty
//     page is;
//   - a page whose first row already began an earlier page is the end too:
//     the server ignores skip (Sync's webhook listing does) and would
//     send the same rows forever.
//
// Rows are yielded as they arrive. While the caller handles one page the
// next ones are already being read (pagesAhead requests in flight, each
// read whole and decoded before it is handed on), so the network, the
// decoding and the caller's work overlap and at most pagesAhead+1 pages are
// held. A page is asked for where the previous one is expected to end (skip
// plus the size of the last page); when a page comes back shorter, the
// requests sent beyond it are cancelled and paging goes on from where it
// really ended. Stopping the loop early cancels the requests in flight and
// waits for them. A failed page ends the sequence with its error.

// SkipCursor is Sync's paging rule above, for any pager of a Sync listing
// (the clients' All* methods, `mxpay api sync --paginate`).
type SkipCursor struct {
	skip   int
	firsts map[string]bool
}

// NewSkipCursor starts at row skip.
func NewSkipCursor(skip int) *SkipCursor {
	return &SkipCursor{skip: max(skip, 0), firsts: map[string]bool{}}
}

// Skip is the skip of the next page to ask for.
func (c *SkipCursor) Skip() int { return c.skip }

// Next records a page of n rows whose first row is identified by first,
// and reports whether another page should be read.
func (c *SkipCursor) Next(n int, first string) bool {
	if n == 0 || c.firsts[first] {
		return false
	}
	c.firsts[first] = true
	c.skip += n
	return true
}

// pagesAhead is how many page requests are in flight while the caller
// handles a page. Two keep the server busy while a page is decoded.
const pagesAhead = 2

// pageRequest reads one page at skip, at most limit rows.
type pageRequest[T any] func(ctx context.Context, skip, limit int) ([]T, error)

// pages is the rule above over fetch, with id naming a row.
func pages[T any](ctx context.Context, skip, limit int, fetch pageRequest[T], id func(T) string) iter.Seq2[T, error] {
	if limit <= 0 {
		limit = PageSize
	}
	return func(yield func(T, error) bool) {
		type result struct {
			rows []T
			err  error
		}
		type pending struct {
			skip   int
			done   chan result
			cancel context.CancelFunc
		}
		var inFlight []*pending
		ask := func(at int) {
			ctx, cancel := context.WithCancel(ctx)
			p := &pending{skip: at, done: make(chan result, 1), cancel: cancel}
			go func() {
				rows, err := fetch(ctx, at, limit)
				p.done <- result{rows, err}
			}()
			inFlight = append(inFlight, p)
		}
		dropAll := func() { // no request outlives its use
			for _, p := range inFlight {
				p.cancel()
				<-p.done
			}
			inFlight = nil
		}
		defer dropAll()
		cur := NewSkipCursor(skip)
		expect := limit // the size the next page is expected to have
		for {
			for len(inFlight) < pagesAhead {
				at := cur.Skip()
				if n := len(inFlight); n > 0 {
					at = inFlight[n-1].skip + expect
				}
				ask(at)
			}
			p := inFlight[0]
			inFlight = inFlight[1:]
			var r result
			select {
			case r = <-p.done:
			default:
				idle.Wait(ctx) // the printer writes out what it holds
				r = <-p.done
			}
			p.cancel()
			if r.err != nil {
				var zero T
				yield(zero, r.err)
				return
			}
			first := ""
			if len(r.rows) > 0 {
				first = id(r.rows[0])
			}
			if !cur.Next(len(r.rows), first) {
				return
			}
			expect = len(r.rows)
			if len(inFlight) > 0 && inFlight[0].skip != cur.Skip() {
				dropAll() // asked beyond a short page: ask again from its end
			}
			for _, row := range r.rows {
				if !yield(row, nil) {
					return
				}
			}
		}
	}
}

// Pages reads every page of any Sync listing at path (under the base URL,
// e.g. "/transactions") with query as its filters, and yields each row as
// Sync sent it. user "" authenticates with the API key (users, webhooks);
// any other user with that user's session. A limit in query is the page
// size and a skip the first row; the paging rule is the one above, with a
// row's bytes as its id. For `mxpay api sync --paginate` and webhook links.
func (c *Client) Pages(ctx context.Context, user, path string, query url.Values) iter.Seq2[json.RawMessage, error] {
	q := url.Values{}
	for k, v := range query {
		q[k] = v
	}
	skip, _ := strconv.Atoi(q.Get("skip"))
	limit, _ := strconv.Atoi(q.Get("limit"))
	fetch := func(ctx context.Context, skip, limit int) ([]json.RawMessage, error) {
		page := url.Values{}
		for k, v := range q {
			page[k] = v
		}
		page.Set("skip", strconv.Itoa(skip))
		page.Set("limit", strconv.Itoa(limit))
		cl := call{method: http.MethodGet, path: path, query: page}
		var rows []json.RawMessage
		into := responseRows(func(r *jsonrows.Reader) error {
			rows = rows[:0]
			shape, err := jsonrows.Array(r, func() error {
				v, err := r.Value()
				rows = append(rows, v)
				return err
			})
			if err != nil {
				return err
			}
			return shape
		})
		var err error
		if user == "" {
			_, err = c.do(ctx, c.apiKeyAuth(), cl, into)
		} else {
			_, err = c.userDo(ctx, user, cl, into)
		}
		return rows, err
	}
	return pages(ctx, max(skip, 0), limit, fetch, func(r json.RawMessage) string { return string(r) })
}

// NextFromReply is Next for a raw listing reply (api's --paginate, which
// prints replies as they come), each row named by its bytes, as Pages
// does. A reply that is not a listing ends the paging.
func (c *SkipCursor) NextFromReply(body []byte) bool {
	n, first := 0, ""
	_, shape, ok := readEnvelope(body, func(r *jsonrows.Reader) error {
		shape, err := jsonrows.Array(r, func() error {
			v, err := r.Value()
			if n == 0 {
				first = string(v)
			}
			n++
			return err
		})
		if err != nil {
			return err
		}
		return shape
	})
	return ok && shape == nil && c.Next(n, first)
}
