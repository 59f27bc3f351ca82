package sync

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strings"
	"sync"

	"github.com/mxpay/mxpay/internal/cmdutil"
)

// syncID is the shape of Sync's ids (MongoDB object ids): 24 hex digits.
var syncID = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\b[0-9a-f]{24}\b`) })

// maskEvent is the payload as the listener logs and prints it: through the
// run's redactor, except that Sync's own ids are kept whole. The redactor
// takes any run of 13 to 19 digits that passes Luhn for a card number, and
// an id such as 5e17c4320000000000000001 has one: masked, the log would
// lose which job and credential an event was about, and a restart could no
// longer tell a resent event from a new one. A member is kept as received
// when the only thing the redactor would change in it is such ids (checked
// with the ids replaced by a neutral word); anything else the redactor
// masks (a secret, a token-named member, a card number outside an id)
// stays masked.
func maskEvent(raw json.RawMessage, r *cmdutil.Redactor) []byte {
	masked := r.Body("application/json", string(raw))
	if masked == string(raw) {
		return raw
	}
	members, ok := objectMembers(raw)
	if !ok {
		return []byte(masked)
	}
	var out bytes.Buffer
	out.WriteByte('{')
	for i, m := range members {
		if i > 0 {
			out.WriteByte(',')
		}
		name, _ := json.Marshal(m.name)
		one := func(v []byte) string { return `{` + string(name) + `:` + string(v) + `}` }
		neutral := one(syncID().ReplaceAll(m.value, []byte("neutralidentifiervalue00")))
		value := m.value
		if r.Body("application/json", neutral) != neutral {
			redacted := r.Body("application/json", one(m.value))
			prefix := "{" + string(name) + ":"
			if !strings.HasPrefix(redacted, prefix) || !strings.HasSuffix(redacted, "}") {
				return []byte(masked) // the name itself was masked: keep the redactor's whole answer
			}
			value = []byte(redacted[len(prefix) : len(redacted)-1])
		}
		out.Write(name)
		out.WriteByte(':')
		out.Write(value)
	}
	out.WriteByte('}')
	return out.Bytes()
}

type member struct {
	name  string
	value []byte
}

// objectMembers splits a JSON object into its members, in order.
func objectMembers(raw []byte) ([]member, bool) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, false
	}
	var out []member
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, false
		}
		name, _ := tok.(string)
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, false
		}
		out = append(out, member{name, v})
	}
	return out, true
}
