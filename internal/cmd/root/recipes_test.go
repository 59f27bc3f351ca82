package root_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestGuideRecipesPrintExactResults runs the recipes of docs/guide.md's
// jq and template section through a shell, as a reader would paste them,
// against the emulator. Amounts whose float sum is inexact (0.10 + 0.20 +
// 1850.35 is 1850.6499999999999 in floats) must total 1850.65.
func TestGuideRecipesPrintExactResults(t *testing.T) {
	guide, err := os.ReadFile(filepath.Join("..", "..", "..", "docs", "guide.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(guide), "## 8. jq and template recipes")
	if !ok {
		t.Fatal("docs/guide.md has no recipes section")
	}
	s := newSandbox(t)
	for i, amount := range []string{"0.10", "0.20", "1850.35"} {
		s.run(0, "facti", "payments", "new", "--folio", string(rune('1'+i)), "--to-name", "Cliente SA", "--to-email", "a@b.mx", "--amount", amount, "--no-email")
	}
	s.syncUser()
	// `mxpay` on PATH is the binary under test.
	bin := filepath.Join(s.dir, "bin")
	os.MkdirAll(bin, 0o755)
	os.Symlink(s.bin, filepath.Join(bin, "mxpay"))
	s.env["PATH"] = bin + string(os.PathListSeparator) + s.env["PATH"]

	ran := 0
	for _, line := range strings.Split(section, "\n") {
		if !strings.HasPrefix(line, "mxpay ") || strings.Contains(line, "...") {
			continue // prose, comments, or a recipe with a placeholder
		}
		cmd := exec.Command("bash", "-o", "pipefail", "-c", line)
		cmd.Env, cmd.Dir = s.environ(), s.dir
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Errorf("%s\n%v\n%s", line, err, out)
			continue
		}
		ran++
		if strings.Contains(line, "--totals") && !strings.Contains(string(out), "1850.65") {
			t.Errorf("%s\nis not exact to the cent:\n%s", line, out)
		}
		if strings.Contains(string(out), "1850.64999") {
			t.Errorf("%s\nprints a float sum:\n%s", line, out)
		}
	}
	if ran < 4 {
		t.Errorf("only %d recipes ran", ran)
	}
}
