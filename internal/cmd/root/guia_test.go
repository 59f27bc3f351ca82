package root_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestQuickStartWorksAsWritten runs every `sh` block of the Spanish quick
// start (docs/guia-rapida.md) through bash, in order, in one sandbox, as a
// reader pastes them into an empty directory: every command must succeed
// (the files the guide uses are written by its own heredocs), and the one
// the guide says is declined must end with the code it says. Blocks of
// commands for production are `text`, announced as not for the emulator.
func TestQuickStartWorksAsWritten(t *testing.T) {
	guide, err := os.ReadFile(filepath.Join("..", "..", "..", "docs", "guia-rapida.md"))
	if err != nil {
		t.Fatal(err)
	}
	if exec.Command("date", "-d", "+30 days", "+%F").Run() != nil {
		t.Skip("the guide's example uses GNU date")
	}
	for _, m := range regexp.MustCompile(`\]\(([^)#]+)\)`).FindAllStringSubmatch(string(guide), -1) {
		if _, err := os.Stat(filepath.Join("..", "..", "..", "docs", m[1])); err != nil {
			t.Errorf("the quick start links %s: %v", m[1], err)
		}
	}
	blocks, notes := quickStartBlocks(t, string(guide))
	for _, note := range notes {
		if !strings.Contains(note.before, "no con el emulador") {
			t.Errorf("a text block with commands is not announced as not for the emulator:\n%s", note.code)
		}
	}

	s := newSandbox(t)
	bin := filepath.Join(s.dir, "bin")
	os.MkdirAll(bin, 0o755)
	os.Symlink(s.bin, filepath.Join(bin, "mxpay"))
	s.env["PATH"] = bin + string(os.PathListSeparator) + s.env["PATH"]

	commands := 0
	for _, b := range blocks {
		commands += len(guideCommand.FindAllString(b.code, -1))
		if strings.Contains(b.code, "<") && !strings.Contains(b.code, "<<'EOF'") {
			t.Errorf("a block has a placeholder or a redirection from a file the guide does not write:\n%s", b.code)
		}
		// Every command must succeed; the trap names the one that did not.
		script := "set -e -o pipefail\ntrap 'echo \"mxpay guide: exit $? from: $BASH_COMMAND\" >&2' ERR\n" + b.code
		cmd := exec.Command("bash", "-c", script)
		cmd.Env, cmd.Dir = s.environ(), s.dir
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("the quick start's block fails (%v):\n%s\noutput:\n%s", err, b.code, out)
		}
		if strings.Contains(b.code, "-decline") && !strings.Contains(string(out), "código de salida: 5") {
			t.Errorf("the declined charge does not end with code 5, as the guide says:\n%s", out)
		}
	}
	if commands < 20 {
		t.Errorf("only %d mxpay commands found in the quick start's sh blocks", commands)
	}

	// What the guide says it did is there.
	if out, _ := s.run(0, "facti", "payments", "list", "--all", "-o", "csv", "--fields", "folio,status"); !strings.Contains(out, "1001,paid") || !strings.Contains(out, "2003,pending") {
		t.Errorf("the guide's payment requests:\n%s", out)
	}
	if data, err := os.ReadFile(filepath.Join(s.dir, "resultados.csv")); err != nil || !strings.Contains(string(data), "A,2002,") || !strings.Contains(string(data), "already-created") {
		t.Errorf("resultados.csv after the re-run (%v):\n%s", err, data)
	}
}

// guideCommand is an mxpay command in a block: at a line's start, after a
// pipe, or in a command substitution.
var guideCommand = regexp.MustCompile(`(?m)(^\s*|\| |\$\()mxpay `)

type guideBlock struct {
	before string // the paragraph before the block
	code   string
}

// quickStartBlocks returns the guide's sh blocks, and its text blocks that
// hold mxpay commands.
func quickStartBlocks(t *testing.T, guide string) (sh, text []guideBlock) {
	t.Helper()
	var before string
	rest := guide
	for {
		start := strings.Index(rest, "```")
		if start < 0 {
			break
		}
		prose := strings.TrimSpace(rest[:start])
		if i := strings.LastIndex(prose, "\n\n"); i >= 0 {
			prose = prose[i+2:]
		}
		before = prose
		lang, body, ok := strings.Cut(rest[start+3:], "\n")
		if !ok {
			t.Fatal("unterminated code block")
		}
		end := strings.Index(body, "\n```")
		if end < 0 {
			t.Fatal("unterminated code block")
		}
		code := body[:end+1]
		rest = body[end+4:]
		switch {
		case lang == "sh":
			sh = append(sh, guideBlock{before, code})
		case strings.Contains(code, "mxpay "):
			text = append(text, guideBlock{before, code})
		}
	}
	if len(sh) < 5 {
		t.Fatalf("only %d sh blocks found", len(sh))
	}
	return sh, text
}

// README.es.md has README.md's two set-up commands, and its links lead
// somewhere: the Spanish reference and the quick start.
func TestSpanishReadmeHasTheTwoCommandsAndItsLinksWork(t *testing.T) {
	top := filepath.Join("..", "..", "..")
	read := func(name string) string {
		data, err := os.ReadFile(filepath.Join(top, name))
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	readme, spanish := read("README.md"), read("README.es.md")
	_, section, _ := strings.Cut(readme, "## Two commands")
	_, block, _ := strings.Cut(section, "```sh\n")
	block, _, _ = strings.Cut(block, "```")
	var commands []string
	for _, line := range strings.Split(strings.TrimSpace(block), "\n") {
		command, _, _ := strings.Cut(line, "#")
		commands = append(commands, strings.TrimSpace(command))
	}
	if len(commands) != 2 {
		t.Fatalf("README.md's two commands: %q", commands)
	}
	_, section, _ = strings.Cut(spanish, "## Dos comandos")
	_, block, _ = strings.Cut(section, "```sh\n")
	block, _, _ = strings.Cut(block, "```")
	for i, line := range strings.Split(strings.TrimSpace(block), "\n") {
		if command, _, _ := strings.Cut(line, "#"); i >= len(commands) || strings.TrimSpace(command) != commands[i] {
			t.Errorf("README.es.md's commands differ from README.md's %q:\n%s", commands, block)
		}
	}
	if !strings.Contains(readme, "[README.es.md](README.es.md)") {
		t.Error("README.md does not link README.es.md")
	}
	for _, m := range regexp.MustCompile(`\]\(([^)#]+)\)`).FindAllStringSubmatch(spanish, -1) {
		if _, err := os.Stat(filepath.Join(top, m[1])); err != nil {
			t.Errorf("README.es.md links %s: %v", m[1], err)
		}
	}
	for _, want := range []string{"docs/es/cli/", "docs/guia-rapida.md", "MXPAY_LANG", "`lang`", "LC_MESSAGES"} {
		if !strings.Contains(spanish, want) {
			t.Errorf("README.es.md does not mention %s", want)
		}
	}
}
