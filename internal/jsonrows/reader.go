// Package jsonrows reads a provider's list reply in one pass: it validates
// the whole body, walks to the rows and decodes each into its typed form,
// keeping each row's bytes exactly as sent (numbers not re-rounded, unknown
// members kept) for -o json.
//
// encoding/json needs three passes for that (the envelope, the response
// array, each row, each pass validating before it decodes) and spent 78% of
// a 100,000-row export. This package uses the tokenizer of the json/v2
// reference implementation (github.com/go-json-experiment/json/jsontext),
// which validates as it reads, and stores members through small
// hand-written tables (Fields) instead of reflection.
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

// Reader reads JSON values from one complete body held in memory. Values it
// returns are slices of that body: keep the body unchanged while they are
// in use.
type Reader struct {
	dec  *jsontext.Decoder
	data []byte
}

// NewReader reads data.
func NewReader(data []byte) *Reader {
	// Over a *bytes.Buffer the tokenizer parses the bytes in place.
	return &Reader{dec: jsontext.NewDecoder(bytes.NewBuffer(data), options...), data: data}
}

// Kind is the kind of the next value: '{', '[', '"', '0' (a number), 't',
// 'f', 'n', or 0 when the input is not valid JSON there (the next read
// reports why).
func (r *Reader) Kind() byte { return byte(r.dec.PeekKind()) }

// Value reads the next value whole and returns its bytes as sent.
func (r *Reader) Value() ([]byte, error) {
	start := r.dec.InputOffset()
	if _, err := r.dec.ReadValue(); err != nil {
		return nil, err
	}
	return trimSeparators(r.data[start:r.dec.InputOffset()]), nil
}

// Skip reads past the next value.
func (r *Reader) Skip() error { return r.dec.SkipValue() }

// Object reads an object, calling member with each member's name
// (unquoted); member must read the value (Value, Skip, Object, Array…).
func (r *Reader) Object(member func(name string) error) error {
	if _, err := r.dec.ReadToken(); err != nil { // '{', checked by the caller's Kind
		return err
	}
	for {
		switch r.dec.PeekKind() {
		case '}':
			_, err := r.dec.ReadToken()
			return err
		case 0:
			_, err := r.dec.ReadToken()
			return orUnexpectedEOF(err)
		}
		name, err := r.dec.ReadValue()
		if err != nil {
			return err
		}
		if err := member(unquote(name)); err != nil {
			return err
		}
	}
}

// Array reads an array, calling elem before each element; elem must read
// the element.
func (r *Reader) Array(elem func() error) error {
	if _, err := r.dec.ReadToken(); err != nil { // '['
		return err
	}
	for {
		switch r.dec.PeekKind() {
		case ']':
			_, err := r.dec.ReadToken()
			return err
		case 0:
			_, err := r.dec.ReadToken()
			return orUnexpectedEOF(err)
		}
		if err := elem(); err != nil {
			return err
		}
	}
}

// End checks that nothing but whitespace follows the value read.
func (r *Reader) End() error {
	if _, err := r.dec.ReadToken(); err != io.EOF {
		if err == nil {
			return errors.New("jsonrows: more than one JSON value")
		}
		return err
	}
	return nil
}

func orUnexpectedEOF(err error) error {
	if err == nil || err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// trimSeparators drops what precedes a value between the end of the
// previous token and the value itself: whitespace, a comma or a colon.
func trimSeparators(b []byte) []byte {
	for len(b) > 0 {
		switch b[0] {
		case ' ', '\t', '\r', '\n', ',', ':':
			b = b[1:]
		default:
			return b
		}
	}
	return b
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
	switch c := v[0]; {
	case c == '-' || (c >= '0' && c <= '9'):
		return '0'
	default:
		return c
	}
}
