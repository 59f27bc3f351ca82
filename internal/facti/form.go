package facti

import (
	"net/url"
	"strconv"
	"strings"
)

// Form is an ordered application/x-www-form-urlencoded body. Facti's only
// public client (a PHP SDK) sends arrays PHP-style with explicit indexes
// (folios[0]=…, conceptos[0][unit]=…); Form keeps fields in the order they
// were added so the body is stable and readable in --dry-run and tests.
type Form struct {
	keys   []string
	values []string
}

// Add appends one field.
func (f *Form) Add(key, value string) {
	f.keys = append(f.keys, key)
	f.values = append(f.values, value)
}

// AddList appends name[0]=v0, name[1]=v1, ...
func (f *Form) AddList(name string, values []string) {
	for i, v := range values {
		f.Add(name+"["+strconv.Itoa(i)+"]", v)
	}
}

// Len is the number of fields.
func (f *Form) Len() int { return len(f.keys) }

// Field returns the i-th key and value.
func (f *Form) Field(i int) (string, string) { return f.keys[i], f.values[i] }

// Get returns the first value of key, or "".
func (f *Form) Get(key string) string {
	for i, k := range f.keys {
		if k == key {
			return f.values[i]
		}
	}
	return ""
}

// Encode returns the body. Brackets are percent-encoded, as PHP's
// http_build_query does; PHP decodes both forms alike.
func (f *Form) Encode() string {
	var b strings.Builder
	for i, k := range f.keys {
		if i > 0 {
			b.WriteByte('&')
		}
		b.WriteString(url.QueryEscape(k))
		b.WriteByte('=')
		b.WriteString(url.QueryEscape(f.values[i]))
	}
	return b.String()
}

// Masked returns a copy with the credentials replaced by "***", for
// --dry-run and messages.
func (f *Form) Masked() *Form {
	out := &Form{keys: append([]string(nil), f.keys...), values: append([]string(nil), f.values...)}
	for i, k := range out.keys {
		if k == "client_id" || k == "api_key" || k == "ipn_password" {
			out.values[i] = "***"
		}
	}
	return out
}
