package emulator

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"
)

// The conformance tests replay the requests the providers' own documents
// show (vendored in testdata/conformance, each file saying where from)
// against `emulator serve` over a real socket, as the official clients send
// them, and check every reply against the documented example's shape: every
// member the example shows is there, with the same kind of value. A failing
// example is an emulator bug.

// serveForConformance runs the emulator on a free loopback port, as
// `mxpay emulator serve` does, and returns its root URL.
func serveForConformance(t *testing.T) (string, *Emulator) {
	t.Helper()
	e := openTest(t)
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan string, 1)
	served := make(chan error, 1)
	go func() { served <- ListenAndServe(ctx, e, "127.0.0.1:0", func(u string) { ready <- u }) }()
	t.Cleanup(func() { cancel(); <-served })
	select {
	case u := <-ready:
		return u, e
	case err := <-served:
		t.Fatalf("serve: %v", err)
	case <-time.After(10 * time.Second):
		t.Fatal("the emulator did not start")
	}
	return "", nil
}

// loadCases reads testdata/conformance/name into v.
func loadCases(t *testing.T, name string, v any) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "conformance", name))
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
}

// decodeJSON reads JSON keeping numbers as written.
func decodeJSON(t *testing.T, what string, b []byte) any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("%s is not JSON: %v\n%s", what, err, b)
	}
	return v
}

// kind names a JSON value's kind; with loose, numbers and strings are one
// (Facti's types drift between them, api-notes.md).
func kind(v any, loose bool) string {
	switch v.(type) {
	case nil:
		return "null"
	case map[string]any:
		return "object"
	case []any:
		return "array"
	case bool:
		return "boolean"
	case json.Number:
		if loose {
			return "scalar"
		}
		return "number"
	case string:
		if loose {
			return "scalar"
		}
		return "string"
	}
	return fmt.Sprintf("%T", v)
}

// conforms reports, at path, every member of doc missing from got and
// every value of another kind. A documented null allows any value (the
// example shows no type), and a dt_ member may be null (the date of what
// has not happened to this object), as may the members named nullable; an
// array's items are each compared with the
// documented item at the same index, or the last one.
func conforms(t *testing.T, path string, doc, got any, loose bool, nullable ...string) {
	t.Helper()
	if doc == nil {
		return
	}
	member := path[strings.LastIndex(path, ".")+1:]
	if got == nil && (strings.HasPrefix(member, "dt_") || slices.Contains(nullable, member)) {
		return // a date the example has set (dt_disable of a disabled transaction) is null until it happens
	}
	if kd, kg := kind(doc, loose), kind(got, loose); kd != kg {
		t.Errorf("%s: documented %s, emulator sent %s (%s)", path, kd, kg, excerpt(got))
		return
	}
	switch d := doc.(type) {
	case map[string]any:
		g := got.(map[string]any)
		keys := make([]string, 0, len(d))
		for k := range d {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			gv, ok := g[k]
			if !ok {
				t.Errorf("%s.%s: documented, missing from the emulator's reply", path, k)
				continue
			}
			conforms(t, path+"."+k, d[k], gv, loose, nullable...)
		}
	case []any:
		g := got.([]any)
		if len(d) > 0 && len(g) == 0 {
			t.Errorf("%s: documented with items, the emulator sent none", path)
		}
		for i, item := range g {
			if len(d) > 0 {
				conforms(t, fmt.Sprintf("%s[%d]", path, i), d[min(i, len(d)-1)], item, loose, nullable...)
			}
		}
	}
}

func excerpt(v any) string {
	b, _ := json.Marshal(v)
	if len(b) > 80 {
		return string(b[:80]) + "…"
	}
	return string(b)
}

// at walks a dotted path ("0.credentials.1.name") into a decoded value.
func at(v any, path string) (any, bool) {
	for part := range strings.SplitSeq(path, ".") {
		switch c := v.(type) {
		case map[string]any:
			var ok bool
			if v, ok = c[part]; !ok {
				return nil, false
			}
		case []any:
			i, err := strconv.Atoi(part)
			if err != nil || i < 0 || i >= len(c) {
				return nil, false
			}
			v = c[i]
		default:
			return nil, false
		}
	}
	return v, true
}

func scalarText(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case json.Number:
		return v.String()
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// expand replaces ${name} with saved values.
func expand(s string, vars map[string]string) string {
	for k, v := range vars {
		s = strings.ReplaceAll(s, "${"+k+"}", v)
	}
	return s
}

func readAll(t *testing.T, resp *http.Response) []byte {
	t.Helper()
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
