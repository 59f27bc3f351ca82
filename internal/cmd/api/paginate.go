package api

import (
	"encoding/json"
	"strconv"
)

// pager moves a request to its next page, or says there is none.
type pager interface {
	next(body []byte) bool
}

type noPages struct{}

func (noPages) next([]byte) bool { return false }

func newPager(opts *APIOptions, r *request) pager {
	if !opts.Paginate {
		return noPages{}
	}
	if opts.Provider == "sync" {
		ensureInt(r, "limit", 100)
		return &skipPager{r: r}
	}
	return &sinceIDPager{r: r, limit: ensureInt(r, "limit", 200)}
}

// skipPager follows Sync lists: skip grows by the rows received. The server
// may cap limit below what was asked, so a page shorter than limit is not
// proof of the end; a page shorter than the largest one seen, or an empty
// one, is. That costs at most one extra request.
type skipPager struct {
	r       *request
	skip    int
	pageMax int
}

func (p *skipPager) next(body []byte) bool {
	var env struct {
		Response []json.RawMessage `json:"response"`
	}
	if json.Unmarshal(body, &env) != nil {
		return false
	}
	n := len(env.Response)
	if n == 0 || n < p.pageMax {
		return false
	}
	p.pageMax = n
	p.skip += n
	setField(p.r, "skip", strconv.Itoa(p.skip))
	return true
}

// sinceIDPager follows Facti company_payments: since_id is inclusive, so the
// next page starts after the largest id seen.
type sinceIDPager struct {
	r     *request
	limit int
}

func (p *sinceIDPager) next(body []byte) bool {
	var res struct {
		Payments []struct {
			ID json.Number `json:"id"`
		} `json:"payments"`
	}
	if json.Unmarshal(body, &res) != nil || len(res.Payments) == 0 || len(res.Payments) < p.limit {
		return false
	}
	var max int64
	for _, pay := range res.Payments {
		id, err := strconv.ParseInt(string(pay.ID), 10, 64)
		if err != nil {
			if s, uerr := strconv.Unquote(string(pay.ID)); uerr == nil {
				id, err = strconv.ParseInt(s, 10, 64)
			}
		}
		if err == nil && id > max {
			max = id
		}
	}
	if max == 0 {
		return false
	}
	setField(p.r, "since_id", strconv.FormatInt(max+1, 10))
	return true
}

func ensureInt(r *request, key string, def int) int {
	for _, f := range r.fields {
		if f.key == key {
			if n, err := strconv.Atoi(formValue(f.value)); err == nil && n > 0 {
				return n
			}
		}
	}
	setField(r, key, strconv.Itoa(def))
	return def
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
