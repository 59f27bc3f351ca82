package sync

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
)

// readParams merges the query string and the body (JSON or form): the
// SDKs send GET parameters as a JSON body under X-Http-Method-Override.
func readParams(r *http.Request) (map[string]any, error) {
	p := map[string]any{}
	for k, v := range r.URL.Query() {
		p[k] = v[0]
	}
	if r.Body == nil {
		return p, nil
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		return nil, errors.New("Could not read the request body") //lint:ignore ST1005 Sync's own wording, sent back in its envelope
	}
	body = bytes.TrimSpace(body)
	if len(body) == 0 {
		return p, nil
	}
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mt == "application/x-www-form-urlencoded" {
		form, err := url.ParseQuery(string(body))
		if err != nil {
			return nil, errors.New("Invalid form body") //lint:ignore ST1005 Sync's own wording, sent back in its envelope
		}
		for k, v := range form {
			p[k] = v[0]
		}
		return p, nil
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil || dec.More() {
		return nil, errors.New("Invalid JSON body") //lint:ignore ST1005 Sync's own wording, sent back in its envelope
	}
	m, ok := asObject(v)
	if !ok {
		return nil, errors.New("Invalid JSON body: parameters must be an object") //lint:ignore ST1005 Sync's own wording, sent back in its envelope
	}
	for k, v := range m {
		p[k] = v
	}
	return p, nil
}

// asObject reads a JSON value as an object. PHP encodes an empty array()
// as [] and a null payload as null (sync-php's Sync::run sends
// json_encode($payload) as the body), so both count as the empty object;
// any other array is not parameters.
func asObject(v any) (map[string]any, bool) {
	switch v := v.(type) {
	case map[string]any:
		return v, true
	case nil:
		return map[string]any{}, true
	case []any:
		return map[string]any{}, len(v) == 0
	}
	return nil, false
}

// str returns a parameter as a string ("" when absent or not scalar).
func (req *request) str(key string) string {
	switch v := req.params[key].(type) {
	case string:
		return v
	case json.Number:
		return v.String()
	case bool:
		return strconv.FormatBool(v)
	}
	return ""
}

// object returns a parameter that must be an object of strings.
func (req *request) object(key string) (map[string]string, error) {
	raw, ok := asObject(req.params[key])
	if !ok || req.params[key] == nil {
		return nil, fmt.Errorf("%s must be an object", key)
	}
	out := map[string]string{}
	for k, v := range raw {
		switch v := v.(type) {
		case string:
			out[k] = v
		case json.Number:
			out[k] = v.String()
		default:
			return nil, fmt.Errorf("%s.%s must be a string", key, k)
		}
	}
	return out, nil
}

// maxLimit caps a page, as the real service presumably does.
const maxLimit = 1000

// page applies order, skip, limit and fields to a listing. Each item is a
// JSON object.
func (req *request) page(items []json.RawMessage) ([]json.RawMessage, error) {
	skip, err := req.intParam("skip", 0)
	if err != nil {
		return nil, err
	}
	limit, err := req.intParam("limit", maxLimit)
	if err != nil {
		return nil, err
	}
	if limit <= 0 || limit > maxLimit {
		limit = maxLimit
	}
	if order := req.str("order"); order != "" {
		field, dir, _ := strings.Cut(order, ",")
		desc := strings.EqualFold(strings.TrimSpace(dir), "desc")
		sortBy(items, strings.TrimSpace(field), desc)
	}
	if skip >= len(items) {
		return []json.RawMessage{}, nil
	}
	items = items[skip:]
	if len(items) > limit {
		items = items[:limit]
	}
	if fields := req.str("fields"); fields != "" {
		return project(items, strings.Split(fields, ",")), nil
	}
	return items, nil
}

func (req *request) intParam(key string, def int) (int, error) {
	s := req.str(key)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("%s must be a whole number", key)
	}
	return n, nil
}

func sortBy(items []json.RawMessage, field string, desc bool) {
	keys := make([]string, len(items))
	for i, it := range items {
		var m map[string]any
		json.Unmarshal(it, &m)
		keys[i] = sortKey(m[field])
	}
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		if desc {
			return keys[idx[a]] > keys[idx[b]]
		}
		return keys[idx[a]] < keys[idx[b]]
	})
	sorted := make([]json.RawMessage, len(items))
	for i, j := range idx {
		sorted[i] = items[j]
	}
	copy(items, sorted)
}

// sortKey makes numbers compare numerically as strings (zero-padded).
func sortKey(v any) string {
	if f, ok := v.(float64); ok {
		return fmt.Sprintf("%030.6f", f)
	}
	return fmt.Sprint(v)
}

func project(items []json.RawMessage, fields []string) []json.RawMessage {
	out := make([]json.RawMessage, 0, len(items))
	for _, it := range items {
		var m map[string]json.RawMessage
		json.Unmarshal(it, &m)
		kept := map[string]json.RawMessage{}
		for _, f := range fields {
			if v, ok := m[strings.TrimSpace(f)]; ok {
				kept[strings.TrimSpace(f)] = v
			}
		}
		b, _ := json.Marshal(kept)
		out = append(out, b)
	}
	return out
}
