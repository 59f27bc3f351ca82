package facti

import (
	"bytes"

	"github.com/mxpay/mxpay/internal/jsonrows"
)

// Flex is a scalar Facti sends sometimes as a JSON string and sometimes as
// a number or boolean (ids, statuses, folios: `status: "1"` next to
// `status: 1`). It keeps the text form; null becomes "".
type Flex string

// UnmarshalJSON accepts a string, number, boolean or null.
func (f *Flex) UnmarshalJSON(b []byte) error { return f.set(bytes.TrimSpace(b)) }

// set stores a valid JSON value given as sent (see UnmarshalJSON): the one
// leniency rule, for encoding/json and for pages read in one pass.
func (f *Flex) set(b []byte) error {
	switch {
	case len(b) == 0 || bytes.Equal(b, []byte("null")):
		*f = ""
	case b[0] == '"':
		var s string
		if err := jsonrows.String(&s, b); err != nil {
			return err
		}
		*f = Flex(s)
	case b[0] == '{' || b[0] == '[':
		// The value is not quoted: replies can carry secrets.
		return &jsonrows.ShapeError{Want: "a number or string", Got: b[0]}
	default:
		*f = Flex(b)
	}
	return nil
}

// setFlexPtr is set for a *Flex: null is nil, as encoding/json has it.
func setFlexPtr(dst **Flex, b []byte) error {
	if bytes.Equal(b, []byte("null")) {
		*dst = nil
		return nil
	}
	f := new(Flex)
	if err := f.set(b); err != nil {
		return err
	}
	*dst = f
	return nil
}

// String returns the text form.
func (f Flex) String() string { return string(f) }

// Truthy reports whether the value means yes/paid: 1, true.
func (f Flex) Truthy() bool { return f == "1" || f == "true" }
