package output

import (
	"encoding/json"
	"slices"
	"strings"
)

// jsonFields applies --fields to the JSON form: each object keeps only the
// named top-level keys, in the order given, with their values' bytes
// unchanged.
//
// A name is valid when it is a column name or a top-level key of the first
// object (provider objects carry more keys than any table shows). Names are
// checked against the first object, before anything is printed. A column name
// that is not a key of an object is filled with the column's text, so that
// every name the table accepts also works here; a key missing from a later
// object is left out of that object.
type jsonFields struct {
	names   []string
	columns []string
	checked bool
}

func (f *jsonFields) project(raw json.RawMessage, columnValue func(name string) string) (json.RawMessage, error) {
	if len(f.names) == 0 {
		return raw, nil
	}
	if len(raw) == 0 {
		return nil, errNoJSON
	}
	members, err := objectMembers(raw)
	if err != nil {
		return nil, err
	}
	if !f.checked {
		if err := f.check(members); err != nil {
			return nil, err
		}
		f.checked = true
	}
	kept := make([]member, 0, len(f.names))
	for _, name := range f.names {
		if value, ok := findMember(members, name); ok {
			kept = append(kept, member{key: name, value: value})
		} else if slices.Contains(f.columns, name) {
			kept = append(kept, member{key: name, value: MarshalRaw(columnValue(name))})
		}
	}
	return encodeObject(kept), nil
}

func (f *jsonFields) check(members []member) error {
	for _, name := range f.names {
		if _, ok := findMember(members, name); ok || slices.Contains(f.columns, name) {
			continue
		}
		valid := slices.Clone(f.columns)
		for _, m := range members {
			if !slices.Contains(valid, m.key) {
				valid = append(valid, m.key)
			}
		}
		return usageErrorf("unknown field %q in --fields: valid fields are %s", name, strings.Join(valid, ", "))
	}
	return nil
}
