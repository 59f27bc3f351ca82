// Package archtest checks the dependency rules of design.md: provider
// clients and the emulator know the wire and nothing of the CLI.
package archtest

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

const module = "github.com/mxpay/mxpay"

// forbidden are packages the wire-level code must not reach, even indirectly.
var forbidden = []string{
	"github.com/spf13/cobra",
	"github.com/spf13/viper",
	"github.com/AlecAivazis/survey/v2",
	"github.com/zalando/go-keyring",
	module + "/internal/cmd",
	module + "/internal/cmdutil",
	module + "/internal/output",
	module + "/internal/prompt",
	module + "/internal/secrets",
}

func TestWireCodeDoesNotImportCLI(t *testing.T) {
	root := repoRoot(t)
	patterns := []string{"./internal/emulator/...", "./internal/httpx", "./internal/money"}
	for _, p := range []string{"facti", "pagofacil", "sync"} {
		if _, err := os.Stat(filepath.Join(root, "internal", p)); err == nil {
			patterns = append(patterns, "./internal/"+p+"/...")
		} else {
			t.Logf("internal/%s does not exist yet; not checked", p)
		}
	}
	args := append([]string{"list", "-deps", "-f", "{{.ImportPath}} {{join .Deps \" \"}}"}, patterns...)
	cmd := exec.Command(goTool(), args...)
	cmd.Dir = root
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	checked := 0
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		fields := strings.Fields(line)
		if len(fields) == 0 || !strings.HasPrefix(fields[0], module+"/internal/") {
			continue
		}
		if !isWirePackage(fields[0]) {
			continue
		}
		checked++
		for _, dep := range fields[1:] {
			for _, bad := range forbidden {
				if dep == bad || strings.HasPrefix(dep, bad+"/") {
					t.Errorf("%s imports %s (directly or not); wire-level code must not depend on the CLI", fields[0], dep)
				}
			}
		}
	}
	if checked < 5 {
		t.Fatalf("checked only %d packages; the go list output was not understood:\n%s", checked, out)
	}
}

func isWirePackage(path string) bool {
	rest := strings.TrimPrefix(path, module+"/internal/")
	for _, p := range []string{"emulator", "httpx", "money", "facti", "pagofacil", "sync"} {
		if rest == p || strings.HasPrefix(rest, p+"/") {
			return true
		}
	}
	return false
}

func repoRoot(t *testing.T) string {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

func goTool() string {
	if p := filepath.Join(runtime.GOROOT(), "bin", "go"); fileExists(p) {
		return p
	}
	return "go"
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }
