package sync

import (
	"slices"
	"strings"
)

// syncFields turns --fields into Sync's own fields parameter, so that Sync
// sends only the members shown (less to transfer and decode) while the
// output stays what it would be without it. Columns are named after the
// Sync member they show; members says which columns are made of others,
// and always what mxpay needs whatever is shown: the id by which paging
// tells pages apart, and what client-side filters read. A name that is no
// column is a member the JSON form picks (--fields accepts any top-level
// key there) and is sent as it is.
type syncFields struct {
	always  []string
	members map[string][]string
}

// param is the fields parameter for --fields names ("" when none were
// given: Sync then sends every member), with extra members needed by this
// run.
func (s syncFields) param(names []string, extra ...string) string {
	var sent []string
	add := func(members ...string) {
		for _, m := range members {
			if m != "" && !slices.Contains(sent, m) {
				sent = append(sent, m)
			}
		}
	}
	for _, n := range names {
		n = strings.TrimSpace(n)
		if m, ok := s.members[n]; ok {
			add(m...)
		} else {
			add(n)
		}
	}
	if len(sent) == 0 {
		return ""
	}
	shown := sent
	sent = nil
	add(s.always...)
	add(extra...)
	add(shown...)
	return strings.Join(sent, ",")
}

// fieldsParam is the fields parameter of this run's --fields.
func (d deps) fieldsParam(s syncFields, extra ...string) (string, error) {
	o, err := d.output()
	if err != nil {
		return "", err
	}
	return s.param(o.Fields, extra...), nil
}
