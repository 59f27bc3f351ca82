package output

import "encoding/json"

// jsonForm produces the JSON form of an item: the provider's raw object when
// there is one, else the item marshalled, narrowed by --fields.
type jsonForm[T any] struct {
	raw    func(T) json.RawMessage
	cols   []Column[T]
	fields *jsonFields
}

func newJSONForm[T any](cols []Column[T], raw func(T) json.RawMessage, fields []string) *jsonForm[T] {
	f := &jsonForm[T]{raw: raw, cols: cols}
	if len(fields) > 0 {
		f.fields = &jsonFields{names: fields, columns: columnNames(cols)}
	}
	return f
}

func (f *jsonForm[T]) of(item T) (json.RawMessage, error) {
	var raw json.RawMessage
	if f.raw != nil {
		raw = f.raw(item)
	} else {
		raw = MarshalRaw(item)
	}
	if f.fields == nil {
		if len(raw) == 0 {
			return nil, errNoJSON
		}
		return raw, nil
	}
	return f.fields.project(raw, func(name string) string {
		return f.cols[columnIndex(f.cols, name)].Value(item)
	})
}
