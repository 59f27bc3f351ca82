// Package jsonrows reads a provider's list reply in one pass of decoding:
// it validates the whole body, walks to the rows and decodes each into its
// typed form, keeping each row's bytes exactly as sent (numbers not
// re-rounded, unknown members kept) for -o json.
//
// encoding/json needs three passes for that (the envelope, the response
// array, each row, each pass validating before it decodes) and spent 78% of
// a 100,000-row export. Here the body is validated once by the tokenizer of
// the json/v2 reference implementation
// (github.com/go-json-experiment/json/jsontext), then walked by a small
// scanner that, on input already known to be valid, only has to find where
// each value ends; members are stored through hand-written tables (Fields)
// instead of reflection.
//
// Leniency follows encoding/json: duplicate names are allowed (the last
// wins), invalid UTF-8 in strings becomes U+FFFD, member names match
// case-insensitively when they do not match exactly, null leaves a value
// at its zero.
package jsonrows

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/go-json-experiment/json/jsontext"
)

var options = []jsontext.Options{jsontext.AllowDuplicateNames(true), jsontext.AllowInvalidUTF8(true)}

// Reader walks one JSON value held in memory. Values it returns are slices
// of that data: keep the data unchanged while they are in use.
type Reader struct {
	data []byte
	pos  int
	err  error // sticky: the data is not valid JSON
}

// NewReader validates data as one JSON value (whitespace around it aside)
// and reads it; when it is not, every read returns the syntax error.
func NewReader(data []byte) *Reader {
	return &Reader{data: data, err: validate(data)}
}

// Sub reads a value that a Reader already returned (and so validated),
// such as a member's bytes, without validating it again. On data that is
// not valid JSON its reads fail rather than succeed, but may not say why.
func Sub(v []byte) *Reader { return &Reader{data: v} }

func validate(data []byte) error {
	// Over a *bytes.Buffer the tokenizer reads the bytes in place.
	dec := jsontext.NewDecoder(bytes.NewBuffer(data), options...)
	if _, err := dec.ReadValue(); err != nil {
		return err
	}
	if _, err := dec.ReadToken(); err != io.EOF {
		if err == nil {
			err = errors.New("jsonrows: more than one JSON value")
		}
		return err
	}
	return nil
}

// errMalformed is what a Sub reader says about data that is not JSON.
var errMalformed = errors.New("jsonrows: malformed JSON")

// Kind is the kind of the next value: '{', '[', '"', '0' (a number), 't',
// 'f', 'n', or 0 when there is none (the next read says why).
func (r *Reader) Kind() byte {
	if r.err != nil {
		return 0
	}
	r.space()
	if r.pos >= len(r.data) {
		return 0
	}
	return kind(r.data[r.pos:])
}

// Value reads the next value whole and returns its bytes as sent.
func (r *Reader) Value() ([]byte, error) {
	if r.Kind() == 0 {
		return nil, r.fail()
	}
	start := r.pos
	r.skip()
	if r.err != nil {
		return nil, r.err
	}
	return r.data[start:r.pos], nil
}

// Skip reads past the next value.
func (r *Reader) Skip() error {
	_, err := r.Value()
	return err
}

// Object reads an object, calling member with each member's name
// (unquoted; valid only during the call); member must read the value
// (Value, Skip, Object, Array…).
func (r *Reader) Object(member func(name []byte) error) error {
	if r.Kind() != '{' {
		return r.fail()
	}
	r.pos++
	for first := true; ; first = false {
		r.space()
		if r.pos < len(r.data) && r.data[r.pos] == '}' {
			r.pos++
			return nil
		}
		if !first && !r.expect(',') {
			return r.fail()
		}
		r.space()
		if r.pos >= len(r.data) || r.data[r.pos] != '"' {
			return r.fail()
		}
		start := r.pos
		r.skipString()
		if r.err != nil {
			return r.err
		}
		name := unquoteBytes(r.data[start:r.pos])
		r.space()
		if !r.expect(':') {
			return r.fail()
		}
		if err := member(name); err != nil {
			return err
		}
	}
}

// Array reads an array, calling elem before each element; elem must read
// the element.
func (r *Reader) Array(elem func() error) error {
	if r.Kind() != '[' {
		return r.fail()
	}
	r.pos++
	for first := true; ; first = false {
		r.space()
		if r.pos < len(r.data) && r.data[r.pos] == ']' {
			r.pos++
			return nil
		}
		if !first && !r.expect(',') {
			return r.fail()
		}
		if err := elem(); err != nil {
			return err
		}
	}
}

// End checks that nothing but whitespace follows the value read.
func (r *Reader) End() error {
	if r.err != nil {
		return r.err
	}
	r.space()
	if r.pos != len(r.data) {
		return r.fail()
	}
	return nil
}

// fail is the error of a read that found no value where one should be:
// the validation's, or errMalformed for a Sub reader.
func (r *Reader) fail() error {
	if r.err == nil {
		r.err = errMalformed
		if r.pos >= len(r.data) {
			r.err = io.ErrUnexpectedEOF
		}
	}
	return r.err
}

func (r *Reader) space() {
	for r.pos < len(r.data) {
		switch r.data[r.pos] {
		case ' ', '\t', '\r', '\n':
			r.pos++
		default:
			return
		}
	}
}

func (r *Reader) expect(c byte) bool {
	if r.pos < len(r.data) && r.data[r.pos] == c {
		r.pos++
		return true
	}
	return false
}

// skip moves past the value at pos. The data was validated, so it only
// finds the value's end: the closing quote of a string, the bracket that
// closes a nested value, the end of a literal.
func (r *Reader) skip() {
	switch r.data[r.pos] {
	case '"':
		r.skipString()
	case '{', '[':
		depth := 0
		for r.pos < len(r.data) {
			switch r.data[r.pos] {
			case '"':
				r.skipString()
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					r.pos++
					return
				}
			}
			r.pos++
		}
		r.fail()
	default:
		for r.pos < len(r.data) {
			switch r.data[r.pos] {
			case ',', '}', ']', ':', ' ', '\t', '\r', '\n':
				return
			}
			r.pos++
		}
	}
}

// skipString moves past the string literal at pos.
func (r *Reader) skipString() {
	i := r.pos + 1
	for {
		j := bytes.IndexByte(r.data[i:], '"')
		if j < 0 {
			r.pos = len(r.data)
			r.fail()
			return
		}
		i += j
		// The quote ends the string unless an odd run of backslashes escapes it.
		k := i - 1
		for k > r.pos && r.data[k] == '\\' {
			k--
		}
		if (i-1-k)%2 == 0 {
			r.pos = i + 1
			return
		}
		i++
	}
}

// ShapeError is a valid JSON value of a type its row does not expect. It
// names the member and the kinds, never the value: replies can carry
// secrets.
type ShapeError struct {
	Member string // "" for the row itself
	Want   string
	Got    byte // the value's kind
}

func (e *ShapeError) Error() string {
	if e.Member == "" {
		return fmt.Sprintf("a row is %s, not %s", kindName(e.Got), e.Want)
	}
	return fmt.Sprintf("member %q is %s, not %s", e.Member, kindName(e.Got), e.Want)
}

func kindName(k byte) string {
	switch k {
	case '"':
		return "a string"
	case '0':
		return "a number"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	case '{':
		return "an object"
	case '[':
		return "an array"
	}
	return "not JSON"
}

// kind is the kind of a value's bytes, as Reader.Kind names them.
func kind(v []byte) byte {
	if len(v) == 0 {
		return 0
	}
	switch c := v[0]; c {
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return '0'
	case '{', '[', '"', 't', 'f', 'n':
		return c
	}
	return 0
}
