package api

import (
	"strconv"

	"github.com/mxpay/mxpay/internal/facti"
	syncapi "github.com/mxpay/mxpay/internal/sync"
)

// pager moves a request to its next page, or says there is none. The rule
// is the client's own: syncapi.SkipCursor for Sync lists, facti.SinceCursor
// for Facti company_payments, so `mxpay api … --paginate` pages exactly
// as the commands do.
type pager interface {
	next(body []byte) (bool, error)
}

type noPages struct{}

func (noPages) next([]byte) (bool, error) { return false, nil }

func newPager(opts *APIOptions, r *request) (pager, error) {
	if !opts.Paginate {
		return noPages{}, nil
	}
	if opts.Provider == "sync" {
		ensureInt(r, "limit", syncapi.PageSize)
		skip, _ := strconv.Atoi(fieldValue(r, "skip"))
		return &skipPager{r: r, cur: syncapi.NewSkipCursor(skip)}, nil
	}
	limit, _ := strconv.Atoi(fieldValue(r, "limit"))
	cur, err := facti.NewSinceCursor(fieldValue(r, "since_id"), fieldValue(r, "max_id"), limit)
	if err != nil {
		return nil, err
	}
	setField(r, "limit", strconv.Itoa(cur.Limit()))
	return &sinceIDPager{r: r, cur: cur}, nil
}

// skipPager follows Sync lists: skip grows by the rows received, and an
// empty page, or one that repeats an earlier page, is the end.
type skipPager struct {
	r   *request
	cur *syncapi.SkipCursor
}

func (p *skipPager) next(body []byte) (bool, error) {
	if !p.cur.NextFromReply(body) {
		return false, nil
	}
	setField(p.r, "skip", strconv.Itoa(p.cur.Skip()))
	return true, nil
}

// sinceIDPager follows Facti company_payments: since_id is the highest id
// seen + 1, until a short page; a server that ignores since_id stops the
// paging with an error instead of repeating a page forever.
type sinceIDPager struct {
	r   *request
	cur *facti.SinceCursor
}

func (p *sinceIDPager) next(body []byte) (bool, error) {
	more, err := p.cur.NextFromReply(body)
	if err != nil || !more {
		return false, err
	}
	setField(p.r, "since_id", p.cur.SinceID())
	return true, nil
}

func ensureInt(r *request, key string, def int) int {
	if n, err := strconv.Atoi(fieldValue(r, key)); err == nil && n > 0 {
		return n
	}
	setField(r, key, strconv.Itoa(def))
	return def
}

// fieldValue is the value of the request's field key, "" when absent.
func fieldValue(r *request, key string) string {
	for _, f := range r.fields {
		if f.key == key {
			return formValue(f.value)
		}
	}
	return ""
}

func setField(r *request, key, value string) {
	for i := range r.fields {
		if r.fields[i].key == key {
			r.fields[i].value = value
			return
		}
	}
	r.fields = append(r.fields, field{key, value})
}
