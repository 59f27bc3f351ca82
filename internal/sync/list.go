package sync

import (
	"net/url"
	"strconv"
)

// ListParams are the paging parameters every Sync listing accepts.
// Zero values are not sent.
type ListParams struct {
	Skip   int
	Limit  int
	Order  string // e.g. "dt_create,desc"
	Fields string // comma-separated member names
}

func (p ListParams) apply(q url.Values) url.Values {
	if q == nil {
		q = url.Values{}
	}
	if p.Skip > 0 {
		q.Set("skip", strconv.Itoa(p.Skip))
	}
	if p.Limit > 0 {
		q.Set("limit", strconv.Itoa(p.Limit))
	}
	if p.Order != "" {
		q.Set("order", p.Order)
	}
	if p.Fields != "" {
		q.Set("fields", p.Fields)
	}
	return q
}

// PageSize is the limit used when reading every page. The server's cap is
// not documented, so paging stops at an empty page, not a short one.
const PageSize = 100

// setIf adds a parameter only when it has a value.
func setIf(q url.Values, key, value string) {
	if value != "" {
		q.Set(key, value)
	}
}
