package api

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/i18n"
)

// field is one -f/-F value; value is a string, json.Number, bool or nil.
type field struct {
	key   string
	value any
}

func parseFields(opts *APIOptions, stdin io.Reader) ([]field, error) {
	var out []field
	for _, kv := range opts.StringFields {
		k, v, err := splitField("-f", kv)
		if err != nil {
			return nil, err
		}
		out = append(out, field{k, v})
	}
	for _, kv := range opts.TypedFields {
		k, v, err := splitField("-F", kv)
		if err != nil {
			return nil, err
		}
		typed, err := typedValue(v, stdin)
		if err != nil {
			return nil, cmdutil.UsageErrorf("-F %s: %v", k, err)
		}
		out = append(out, field{k, typed})
	}
	return out, nil
}

func splitField(flag, kv string) (string, string, error) {
	k, v, ok := strings.Cut(kv, "=")
	if !ok || k == "" {
		return "", "", cmdutil.UsageErrorf("%s wants key=value, got %q", flag, k)
	}
	return k, v, nil
}

// typedValue follows `gh api -F`: literal true, false and null, integers and
// decimals as JSON numbers (kept exact), @file reads a file.
func typedValue(v string, stdin io.Reader) (any, error) {
	switch v {
	case "true":
		return true, nil
	case "false":
		return false, nil
	case "null":
		return nil, nil
	}
	if strings.HasPrefix(v, "@") {
		data, err := readFileOrStdin(v[1:], stdin)
		if err != nil {
			return nil, err
		}
		return string(data), nil
	}
	if _, err := strconv.ParseFloat(v, 64); err == nil && json.Valid([]byte(v)) {
		return json.Number(v), nil
	}
	return v, nil
}

func readFileOrStdin(name string, stdin io.Reader) ([]byte, error) {
	if name == "-" {
		return io.ReadAll(stdin)
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, i18n.Errorf("reading %s: %w", name, err)
	}
	return data, nil
}

// formValue renders a field for a form or query string, PHP style.
func formValue(v any) string {
	switch t := v.(type) {
	case nil:
		return ""
	case bool:
		if t {
			return "1"
		}
		return "0"
	case json.Number:
		return t.String()
	}
	return fmt.Sprint(v)
}

// jsonBody nests PHP-style keys (a[b]=1, a[]=2) into a JSON object, as
// `gh api` does, so Sync bodies such as credentials[username] can be built
// from flags.
func jsonBody(fields []field) ([]byte, error) {
	root := map[string]any{}
	for _, f := range fields {
		parts := keyParts(f.key)
		if err := setPath(root, parts, f.value); err != nil {
			return nil, cmdutil.UsageErrorf("field %s: %v", f.key, err)
		}
	}
	return json.Marshal(root)
}

func keyParts(key string) []string {
	name, rest, ok := strings.Cut(key, "[")
	parts := []string{name}
	for ok {
		var part string
		part, rest, _ = strings.Cut(rest, "]")
		parts = append(parts, part)
		_, rest, ok = strings.Cut(rest, "[")
	}
	return parts
}

func setPath(m map[string]any, parts []string, v any) error {
	key := parts[0]
	if len(parts) == 1 {
		m[key] = v
		return nil
	}
	if parts[1] == "" { // key[]=v appends to an array
		arr, _ := m[key].([]any)
		m[key] = append(arr, v)
		return nil
	}
	sub, ok := m[key].(map[string]any)
	if !ok {
		if _, exists := m[key]; exists {
			return i18n.Errorf("%s is both a value and an object", key)
		}
		sub = map[string]any{}
		m[key] = sub
	}
	return setPath(sub, parts[1:], v)
}

func readInput(name string, stdin io.Reader) ([]byte, error) {
	data, err := readFileOrStdin(name, stdin)
	if err != nil {
		return nil, cmdutil.UsageErrorf("reading --input: %v", err)
	}
	return data, nil
}
