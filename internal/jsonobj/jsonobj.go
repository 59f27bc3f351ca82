// Package jsonobj is a JSON object that keeps its members in the order they
// were set, for payloads mxpay composes to look like a provider's (an IPN's
// data, a Sync webhook call), and the key=value overrides users give them.
package jsonobj

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

// Object is an ordered JSON object. The zero value is empty and ready.
type Object struct {
	keys []string
	vals map[string]json.RawMessage
}

// SetRaw sets key to a JSON value, keeping key's place if it was set.
func (o *Object) SetRaw(key string, v json.RawMessage) {
	if o.vals == nil {
		o.vals = map[string]json.RawMessage{}
	}
	if _, ok := o.vals[key]; !ok {
		o.keys = append(o.keys, key)
	}
	o.vals[key] = append(json.RawMessage(nil), v...)
}

// Set sets key to v encoded as JSON; v must encode (plain values do).
func (o *Object) Set(key string, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		b = []byte("null")
	}
	o.SetRaw(key, b)
}

// Get returns key's JSON value.
func (o *Object) Get(key string) (json.RawMessage, bool) {
	v, ok := o.vals[key]
	return v, ok
}

// Delete removes key.
func (o *Object) Delete(key string) {
	if _, ok := o.vals[key]; !ok {
		return
	}
	delete(o.vals, key)
	o.keys = slices.DeleteFunc(o.keys, func(k string) bool { return k == key })
}

// Keys are the members' names in order.
func (o *Object) Keys() []string { return slices.Clone(o.keys) }

// MarshalJSON writes the members in order.
func (o *Object) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, k := range o.keys {
		if i > 0 {
			b.WriteByte(',')
		}
		name, _ := json.Marshal(k)
		b.Write(name)
		b.WriteByte(':')
		b.Write(o.vals[k])
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// Assign applies a "key=value" override. The value is taken as JSON when
// it is a JSON number, true, false, null, a quoted string, an object or an
// array, and as a plain string otherwise: amount_received=50.00 sets a
// number, confirmed_from=paypal a string, folio='"0012"' the string
// "0012" (a bare 0012 is not a JSON number, so it stays the string too).
func (o *Object) Assign(assignment string) error {
	key, value, ok := strings.Cut(assignment, "=")
	key = strings.TrimSpace(key)
	if !ok || key == "" {
		return fmt.Errorf("%q is not KEY=VALUE", assignment)
	}
	o.SetRaw(key, Value(value))
	return nil
}

// Value is the JSON form of a value given on the command line (see
// Assign).
func Value(s string) json.RawMessage {
	t := strings.TrimSpace(s)
	if t != "" && json.Valid([]byte(t)) {
		var compact bytes.Buffer
		if json.Compact(&compact, []byte(t)) == nil {
			return compact.Bytes()
		}
	}
	b, _ := json.Marshal(s)
	return b
}

// Assignments reads "key=value" overrides (Assign) into an Object.
func Assignments(assignments []string) (*Object, error) {
	o := &Object{}
	for _, a := range assignments {
		if err := o.Assign(a); err != nil {
			return nil, err
		}
	}
	return o, nil
}

// Override sets every member of with in o (added at the end when new),
// then deletes the keys of without.
func (o *Object) Override(with *Object, without []string) {
	for _, k := range with.keys {
		o.SetRaw(k, with.vals[k])
	}
	for _, k := range without {
		o.Delete(k)
	}
}
