package sync

import (
	"context"
	"encoding/json"
	"iter"
	"net/http"
	"net/url"
	"strconv"
)

// Paging: every listing method All* (and Pages, for any path) reads page
// after page with skip and limit, and follows one rule:
//
//   - skip advances by the rows received, so a server that caps limit
//     below what was asked loses nothing;
//   - a short page is not the end (the cap is not documented): an empty
//     page is;
//   - a page whose first row already began an earlier page is the end too:
//     the server ignores skip (Sync's webhook listing does) and would
//     send the same rows forever.
//
// Rows are yielded as they arrive, and the next page is requested while
// the caller handles the current one, so the network and the caller's
// work overlap; at most two pages are held. Stopping the loop early cancels
// the request in flight and waits for it. A failed page ends the sequence
// with its error.

// pageRequest reads one page at skip, at most limit rows.
type pageRequest[T any] func(ctx context.Context, skip, limit int) ([]T, error)

// pages is the rule above over fetch, with id naming a row.
func pages[T any](ctx context.Context, skip, limit int, fetch pageRequest[T], id func(T) string) iter.Seq2[T, error] {
	if limit <= 0 {
		limit = PageSize
	}
	return func(yield func(T, error) bool) {
		ctx, cancel := context.WithCancel(ctx)
		type result struct {
			rows []T
			err  error
		}
		var next chan result
		start := func(skip int) {
			next = make(chan result, 1)
			go func(ch chan<- result) {
				rows, err := fetch(ctx, skip, limit)
				ch <- result{rows, err}
			}(next)
		}
		defer func() {
			cancel()
			if next != nil {
				<-next // no request outlives the loop
			}
		}()
		firsts := map[string]bool{}
		start(skip)
		for {
			r := <-next
			next = nil
			if r.err != nil {
				var zero T
				yield(zero, r.err)
				return
			}
			if len(r.rows) == 0 || firsts[id(r.rows[0])] {
				return
			}
			firsts[id(r.rows[0])] = true
			skip += len(r.rows)
			start(skip)
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
		var err error
		if user == "" {
			_, err = c.do(ctx, c.apiKeyAuth(), cl, &rows)
		} else {
			_, err = c.userDo(ctx, user, cl, &rows)
		}
		return rows, err
	}
	return pages(ctx, max(skip, 0), limit, fetch, func(r json.RawMessage) string { return string(r) })
}
