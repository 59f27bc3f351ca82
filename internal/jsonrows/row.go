package jsonrows

import (
	"bytes"
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/go-json-experiment/json/jsontext"
)

// Fields says how to store the members of a T: member name → a function
// given the value's bytes as sent. Names not listed are skipped (they stay
// in the row's raw bytes). A function returns a *ShapeError (see the
// converters below) for a value of the wrong type.
type Fields[T any] map[string]func(row *T, v []byte) error

// Row reads the object at r into row. A member of the wrong type does not
// stop the read: the object is read to its end and the first such problem
// comes back as shape, so the reply is still validated whole. raw is the
// object's bytes as sent. err is a syntax error: the input is not JSON.
func Row[T any](r *Reader, fields Fields[T], row *T) (raw []byte, shape, err error) {
	if k := r.Kind(); k != '{' {
		v, err := r.Value()
		if err != nil {
			return nil, nil, err
		}
		return v, &ShapeError{Want: "an object", Got: kind(v)}, nil
	}
	r.space()
	start := r.pos
	err = r.Object(func(name []byte) error {
		store, ok := fields[string(name)]
		if !ok && hasUpper(name) {
			// encoding/json matches names case-insensitively too.
			store, ok = fields[string(bytes.ToLower(name))]
		}
		if !ok {
			return r.Skip()
		}
		v, err := r.Value()
		if err != nil {
			return err
		}
		if e := store(row, v); e != nil && shape == nil {
			var se *ShapeError
			if errors.As(e, &se) && se.Member == "" {
				se.Member = string(name)
			}
			shape = e
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return r.data[start:r.pos], shape, nil
}

func hasUpper(b []byte) bool {
	for _, c := range b {
		if c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// Array reads the array at r, calling elem for each element; null is an
// empty array. Anything else is a *ShapeError, read past.
func Array(r *Reader, elem func() error) (shape, err error) {
	switch k := r.Kind(); k {
	case '[':
		return nil, r.Array(elem)
	case 'n':
		return nil, r.Skip()
	case 0:
		return nil, r.Skip() // reports the syntax error
	default:
		return &ShapeError{Want: "an array", Got: k}, r.Skip()
	}
}

// unquoteBytes returns the text of a valid JSON string literal: a slice of
// v when it has no escapes (and is ASCII), else a new buffer; invalid
// UTF-8 becomes U+FFFD, as encoding/json does.
func unquoteBytes(v []byte) []byte {
	if len(v) < 2 {
		return nil
	}
	inner := v[1 : len(v)-1]
	for _, c := range inner {
		if c == '\\' || c >= utf8.RuneSelf {
			out, _ := jsontext.AppendUnquote(nil, v) // only invalid UTF-8 can fail here, and is replaced
			return out
		}
	}
	return inner
}

func unquote(v []byte) string { return string(unquoteBytes(v)) }

// String stores a JSON string; null is "".
func String(dst *string, v []byte) error {
	switch kind(v) {
	case '"':
		*dst = unquote(v)
	case 'n':
	default:
		return &ShapeError{Want: "a string", Got: kind(v)}
	}
	return nil
}

// StringPtr stores a JSON string; null is nil.
func StringPtr(dst **string, v []byte) error {
	if kind(v) == 'n' {
		*dst = nil
		return nil
	}
	var s string
	if err := String(&s, v); err != nil {
		return err
	}
	*dst = &s
	return nil
}

// Number stores a JSON number as its text, exactly as sent, or a string
// holding a valid JSON number (as encoding/json does for json.Number); null
// is "".
func Number(dst *json.Number, v []byte) error {
	switch kind(v) {
	case '0':
		*dst = json.Number(v)
	case '"':
		s := unquote(v)
		if !validNumber(s) {
			return &ShapeError{Want: "a number", Got: '"'}
		}
		*dst = json.Number(s)
	case 'n':
	default:
		return &ShapeError{Want: "a number", Got: kind(v)}
	}
	return nil
}

// Int stores a JSON integer; null is 0.
func Int(dst *int, v []byte) error {
	n, isNull, err := integer(v, strconv.IntSize)
	if err == nil && !isNull {
		*dst = int(n)
	}
	return err
}

// Int64Ptr stores a JSON integer; null is nil.
func Int64Ptr(dst **int64, v []byte) error {
	n, isNull, err := integer(v, 64)
	switch {
	case err != nil:
	case isNull:
		*dst = nil
	default:
		*dst = &n
	}
	return err
}

// integer reads a JSON integer of bits bits, or null.
func integer(v []byte, bits int) (n int64, isNull bool, err error) {
	switch kind(v) {
	case '0':
		n, err := strconv.ParseInt(string(v), 10, bits)
		if err != nil {
			return 0, false, &ShapeError{Want: "an integer", Got: '0'}
		}
		return n, false, nil
	case 'n':
		return 0, true, nil
	}
	return 0, false, &ShapeError{Want: "an integer", Got: kind(v)}
}

// Raw stores the value's bytes as sent (null included, as
// json.RawMessage does).
func Raw(dst *json.RawMessage, v []byte) error {
	*dst = v
	return nil
}

// RawElements stores the elements of a JSON array, each as sent; null is
// nil.
func RawElements(dst *[]json.RawMessage, v []byte) error {
	switch kind(v) {
	case 'n':
		*dst = nil
		return nil
	case '[':
	default:
		return &ShapeError{Want: "an array", Got: kind(v)}
	}
	out := make([]json.RawMessage, 0, 2)
	r := Sub(v)
	err := r.Array(func() error {
		e, err := r.Value()
		out = append(out, e)
		return err
	})
	*dst = out
	return err
}

// Strings stores an array of strings; null is nil.
func Strings(dst *[]string, v []byte) error {
	switch kind(v) {
	case 'n':
		*dst = nil
		return nil
	case '[':
	default:
		return &ShapeError{Want: "an array of strings", Got: kind(v)}
	}
	out := []string{}
	var shape error
	r := Sub(v)
	err := r.Array(func() error {
		e, err := r.Value()
		if err != nil {
			return err
		}
		var s string
		if e := String(&s, e); e != nil && shape == nil {
			shape = &ShapeError{Want: "an array of strings", Got: '['}
		}
		out = append(out, s)
		return nil
	})
	if err != nil {
		return err
	}
	*dst = out
	return shape
}

// validNumber reports whether s is a JSON number (RFC 8259).
func validNumber(s string) bool {
	if s == "" {
		return false
	}
	if s[0] == '-' {
		s = s[1:]
		if s == "" {
			return false
		}
	}
	switch {
	case s[0] == '0':
		s = s[1:]
	case s[0] >= '1' && s[0] <= '9':
		s = strings.TrimLeft(s[1:], "0123456789")
	default:
		return false
	}
	if len(s) >= 2 && s[0] == '.' && isDigit(s[1]) {
		s = strings.TrimLeft(s[2:], "0123456789")
	}
	if len(s) >= 2 && (s[0] == 'e' || s[0] == 'E') {
		s = s[1:]
		if s[0] == '+' || s[0] == '-' {
			s = s[1:]
			if s == "" {
				return false
			}
		}
		if !isDigit(s[0]) {
			return false
		}
		s = strings.TrimLeft(s, "0123456789")
	}
	return s == ""
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// BoolPtr stores a JSON boolean; null is nil.
func BoolPtr(dst **bool, v []byte) error {
	switch kind(v) {
	case 't', 'f':
		b := v[0] == 't'
		*dst = &b
	case 'n':
		*dst = nil
	default:
		return &ShapeError{Want: "a boolean", Got: kind(v)}
	}
	return nil
}

// Rows reads the array of rows at r (null: none), calling add with each
// row and its bytes as sent. It returns a syntax error, else the first
// *ShapeError (of the array or of a row) once the array is read whole.
func Rows[T any](r *Reader, fields Fields[T], add func(row *T, raw []byte)) error {
	var shape error
	arrayShape, err := Array(r, func() error {
		var row T
		raw, rowShape, err := Row(r, fields, &row)
		if err != nil {
			return err
		}
		if rowShape != nil && shape == nil {
			shape = rowShape
		}
		add(&row, raw)
		return nil
	})
	switch {
	case err != nil:
		return err
	case arrayShape != nil:
		return arrayShape
	}
	return shape
}

// KindOf is the kind of a value's bytes, as Reader.Kind names them.
func KindOf(v []byte) byte { return kind(v) }
