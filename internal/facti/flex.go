package facti

import (
	"bytes"
	"encoding/json"
	"errors"
)

// Flex is a scalar Facti sends sometimes as a JSON string and sometimes as
// a number or boolean (ids, statuses, folios: `status: "1"` next to
// `status: 1`). It keeps the text form; null becomes "".
type Flex string

// UnmarshalJSON accepts a string, number, boolean or null.
func (f *Flex) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case len(b) == 0 || bytes.Equal(b, []byte("null")):
		*f = ""
	case b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*f = Flex(s)
	case b[0] == '{' || b[0] == '[':
		// The value is not quoted: replies can carry secrets.
		return errors.New("expected a number or string, got an object or array")
	default:
		*f = Flex(b)
	}
	return nil
}

// String returns the text form.
func (f Flex) String() string { return string(f) }

// Truthy reports whether the value means yes/paid: 1, true.
func (f Flex) Truthy() bool { return f == "1" || f == "true" }
