package archtest

import (
	"encoding/json"
	"errors"
	"io"
	"os/exec"
	"strings"
	"testing"
)

// pkg is what the rules need of `go list -json`.
type pkg struct {
	ImportPath string
	Imports    []string // direct imports of the non-test files
	Deps       []string // every package it needs, transitively
}

// goList lists the packages matching patterns, from the module root.
func goList(t *testing.T, patterns ...string) []pkg {
	t.Helper()
	args := append([]string{"list", "-deps=false", "-json=ImportPath,Imports,Deps"}, patterns...)
	cmd := exec.Command(goTool(), args...)
	cmd.Dir = repoRoot(t)
	out, err := cmd.Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Fatalf("go list %s: %v\n%s", strings.Join(patterns, " "), err, ee.Stderr)
		}
		t.Fatalf("go list: %v", err)
	}
	var pkgs []pkg
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for {
		var p pkg
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatalf("reading go list output: %v", err)
		}
		pkgs = append(pkgs, p)
	}
	if len(pkgs) == 0 {
		t.Fatalf("go list %s matched nothing", strings.Join(patterns, " "))
	}
	return pkgs
}

// under reports whether path is prefix or a package below it.
func under(path, prefix string) bool {
	return path == prefix || strings.HasPrefix(path, prefix+"/")
}
