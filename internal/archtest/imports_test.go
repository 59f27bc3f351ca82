// Package archtest checks the dependency rules of design.md: provider
// clients, the ledger and the emulator know the wire and nothing of the
// CLI; commands go through cmdutil; the binary carries no test code.
package archtest

import (
	"go/build"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
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
	module + "/internal/config",
}

// wirePackages are the libraries under the CLI. Those not written yet
// (ledger, reconcile, cfdi) are checked from the day they appear.
var wirePackages = []string{"emulator", "httpx", "money", "settle", "errs", "rfc",
	"facti", "pagofacil", "sync", "ledger", "reconcile", "cfdi"}

func TestWireCodeDoesNotImportCLI(t *testing.T) {
	root := repoRoot(t)
	var patterns []string
	for _, p := range wirePackages {
		if _, err := os.Stat(filepath.Join(root, "internal", p)); err == nil {
			patterns = append(patterns, "./internal/"+p+"/...")
		} else {
			t.Logf("internal/%s does not exist yet; not checked", p)
		}
	}
	pkgs := goList(t, patterns...)
	if len(pkgs) < 10 {
		t.Fatalf("checked only %d packages; the go list output was not understood", len(pkgs))
	}
	for _, p := range pkgs {
		for _, dep := range p.Deps {
			for _, bad := range forbidden {
				if under(dep, bad) {
					t.Errorf("%s imports %s (directly or not); wire-level code must not depend on the CLI", p.ImportPath, dep)
				}
			}
		}
	}
}

func repoRoot(t *testing.T) string {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// goTool is the go command that runs these tests: the one on PATH, else
// the toolchain's own.
func goTool() string {
	if p, err := exec.LookPath("go"); err == nil {
		return p
	}
	if p := filepath.Join(build.Default.GOROOT, "bin", "go"); fileExists(p) {
		return p
	}
	return "go"
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }
