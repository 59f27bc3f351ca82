package httpx

import (
	"bytes"
	"encoding/json"
	"strings"
)

// jsonFrame is one open object or array while walking a JSON document.
type jsonFrame struct {
	isObject  bool
	expectKey bool // in an object: the next string is a key
	keySecret bool // in an object: the value being read is under a secret key
	keyList   bool // in an object: that key is a container (credentials, twofa)
	maskAll   bool // every scalar inside is secret (under credentials, twofa, token...)
}

// json masks the values of secret keys at any depth, and every value inside
// a secret key's object or array, keeping the document's own formatting: it
// walks the tokens and replaces only the byte spans of secret scalars. A
// document that is cut short (a trace capped at its size limit) or broken
// is masked as far as it parses; the rest gets the free-text rules.
func (r *Redactor) json(doc string) string {
	src := []byte(doc)
	dec := json.NewDecoder(bytes.NewReader(src))
	dec.UseNumber()
	var (
		out   strings.Builder
		stack []*jsonFrame
		done  int // bytes of src already copied to out
	)
	for {
		before := int(dec.InputOffset())
		tok, err := dec.Token()
		if err != nil {
			break
		}
		end := int(dec.InputOffset())
		var top *jsonFrame
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		if key, isString := tok.(string); isString && top != nil && top.isObject && top.expectKey {
			top.expectKey = false
			top.keySecret = isSecretKey(key)
			top.keyList = isSecretContainer(key)
			continue
		}
		if delim, isDelim := tok.(json.Delim); isDelim {
			switch delim {
			case '{', '[':
				secret := top != nil && (top.maskAll || (top.isObject && top.keySecret))
				// Credentials and two-factor answers are objects of field →
				// value; as arrays these keys hold the site's form
				// descriptors (name, type, label), which are not secret and
				// are what a --debug reader wants to see. Secret-named keys
				// inside them are still masked.
				if delim == '[' && top != nil && !top.maskAll && top.isObject && top.keyList {
					secret = false
				}
				stack = append(stack, &jsonFrame{isObject: delim == '{', expectKey: delim == '{', maskAll: secret})
			case '}', ']':
				stack = stack[:len(stack)-1]
				if len(stack) > 0 && stack[len(stack)-1].isObject {
					stack[len(stack)-1].expectKey = true
				}
			}
			continue
		}
		if top != nil && (top.maskAll || (top.isObject && top.keySecret)) {
			start := tokenStart(src, before, end)
			out.Write(src[done:start])
			out.WriteString(`"` + mask + `"`)
			done = end
		}
		if top != nil && top.isObject {
			top.expectKey = true
		}
	}
	parsed := int(dec.InputOffset())
	out.Write(src[done:parsed])
	if n := len(stack); n > 0 && (stack[n-1].maskAll || (stack[n-1].isObject && !stack[n-1].expectKey && stack[n-1].keySecret)) {
		// Cut off inside a secret value: what follows is that value.
		start := tokenStart(src, parsed, len(src))
		out.Write(src[parsed:start])
		if start < len(src) && src[start] == '"' {
			out.WriteByte('"')
		}
		out.WriteString(mask)
		return out.String()
	}
	out.WriteString(r.freeText(doc[parsed:]))
	return out.String()
}

// tokenStart skips the whitespace, commas and colons json.Decoder consumes
// before a token, giving the offset where the token itself begins.
func tokenStart(src []byte, from, to int) int {
	for i := from; i < to; i++ {
		switch src[i] {
		case ' ', '\t', '\r', '\n', ',', ':':
		default:
			return i
		}
	}
	return to
}
