package output

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"

	"github.com/mxpay/mxpay/internal/i18n"
)

// MarshalRaw encodes v as JSON for values that have no raw provider JSON
// (for example an object a command assembled itself). HTML characters are not
// escaped. If v cannot be encoded it returns nil, which the printers report as
// an error rather than printing something made up.
func MarshalRaw(v any) json.RawMessage {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil
	}
	return bytes.TrimRight(buf.Bytes(), "\n")
}

var errNoJSON = errors.New("the result has no JSON form")

// member is one key of a JSON object with its value's bytes exactly as sent.
type member struct {
	key   string
	value json.RawMessage
}

// objectMembers splits a JSON object into its members in document order,
// keeping each value byte for byte.
func objectMembers(raw json.RawMessage) ([]member, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	tok, err := dec.Token()
	if err != nil {
		return nil, i18n.Errorf("reading JSON: %w", err)
	}
	if tok != json.Delim('{') {
		return nil, i18n.Errorf("--fields needs JSON objects, but the result is not an object")
	}
	var members []member
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, i18n.Errorf("reading JSON: %w", err)
		}
		key, _ := tok.(string) // inside an object the decoder only yields string keys here
		var value json.RawMessage
		if err := dec.Decode(&value); err != nil {
			return nil, i18n.Errorf("reading JSON value of %q: %w", key, err)
		}
		members = append(members, member{key: key, value: value})
	}
	return members, nil
}

func findMember(members []member, key string) (json.RawMessage, bool) {
	for _, m := range members {
		if m.key == key {
			return m.value, true
		}
	}
	return nil, false
}

// encodeObject writes members as a compact JSON object.
func encodeObject(members []member) json.RawMessage {
	var buf bytes.Buffer
	buf.WriteByte('{')
	for i, m := range members {
		if i > 0 {
			buf.WriteByte(',')
		}
		buf.Write(MarshalRaw(m.key))
		buf.WriteByte(':')
		buf.Write(m.value)
	}
	buf.WriteByte('}')
	return buf.Bytes()
}

// writeJSON writes one JSON value without changing any number or string:
// indented (each line after the first starting with prefix) when pretty,
// compact otherwise.
func writeJSON(w io.Writer, scratch *bytes.Buffer, raw json.RawMessage, pretty bool, prefix string) error {
	if len(raw) == 0 {
		return errNoJSON
	}
	scratch.Reset()
	var err error
	if pretty {
		err = json.Indent(scratch, raw, prefix, "  ")
	} else {
		err = json.Compact(scratch, raw)
	}
	if err != nil {
		return i18n.Errorf("the result is not valid JSON: %w", err)
	}
	_, err = w.Write(scratch.Bytes())
	return err
}
