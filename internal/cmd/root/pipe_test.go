package root_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// TestAClosedStdoutIsSuccess is `mxpay … | head -1`: the reader takes one
// line and goes away while mxpay still has thousands of rows to write.
// mxpay stops, says nothing and exits 0 (as gh does), where it used to be
// killed by SIGPIPE (exit 141, failing `set -o pipefail` scripts).
func TestAClosedStdoutIsSuccess(t *testing.T) {
	s := newSandbox(t)
	out, _ := s.run(0, "emulator", "seed", "sync", "--transactions", "5000", "-o", "json")
	var seeded struct {
		User string `json:"id_user"`
	}
	if err := json.Unmarshal([]byte(out), &seeded); err != nil {
		t.Fatalf("seed: %v\n%s", err, out)
	}
	for _, format := range []string{"csv", "table", "jsonl", "json"} {
		t.Run(format, func(t *testing.T) {
			cmd := s.command("sync", "transactions", "list", "--user", seeded.User, "--all", "-o", format)
			r, w, err := os.Pipe()
			if err != nil {
				t.Fatal(err)
			}
			var errOut bytes.Buffer
			cmd.Stdout, cmd.Stderr = w, &errOut
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			w.Close()
			line, err := bufio.NewReader(r).ReadString('\n')
			if err != nil || line == "" {
				t.Fatalf("first line: %q, %v", line, err)
			}
			r.Close() // head -1 exits
			if err := cmd.Wait(); err != nil {
				t.Errorf("exit: %v (want 0)\nstderr: %s", err, errOut.String())
			}
			if errOut.Len() != 0 {
				t.Errorf("stderr should be empty, got %q", errOut.String())
			}
		})
	}
}

// TestPipeFormat: -o table into a pipe is tab-separated, one row per line,
// no header, no padding, no truncation, no color, empty cells empty.
func TestPipeFormat(t *testing.T) {
	s := newSandbox(t)
	s.env["CLICOLOR_FORCE"] = "1"                              // piped output is never colored, whatever is asked
	long := "pagos-" + strings.Repeat("x", 90) + "@cliente.mx" // wider than any terminal column
	s.run(0, "facti", "payments", "new", "--folio", "1", "--to-name", "Cliente SA", "--to-email", long, "--amount", "10", "--no-email")
	s.run(0, "facti", "payments", "new", "--folio", "2", "--serie", "B", "--to-name", "X", "--to-email", "c@d.mx", "--amount", "1500.50", "--no-email")
	out, _ := s.run(0, "facti", "payments", "list")
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("want one line per payment and no header:\n%s", out)
	}
	want := [][]string{
		{"1", "1", "", "1", "XAXX010101000", long, "10.00", "pending"},
		{"2", "1", "B", "2", "XAXX010101000", "c@d.mx", "1500.50", "pending"},
	}
	for i, line := range lines {
		if strings.Contains(line, "\x1b") || strings.Contains(line, "  ") {
			t.Errorf("line %d has color or padding: %q", i, line)
		}
		cells := strings.Split(line, "\t")
		if len(cells) != 12 {
			t.Errorf("line %d has %d cells, want 12: %q", i, len(cells), line)
			continue
		}
		if got := cells[:8]; strings.Join(got, "|") != strings.Join(want[i], "|") {
			t.Errorf("line %d: %q, want %q", i, got, want[i])
		}
	}
	// A single object: name<TAB>value, nothing cut.
	out, _ = s.run(0, "facti", "payments", "get", "1", "--fields", "folio,serie,status")
	if out != "folio\t1\nserie\t\nstatus\tpending\n" {
		t.Errorf("object piped: %q", out)
	}
	out, _ = s.run(0, "facti", "payments", "list", "--fields", "id,total_amount", "-o", "table")
	if out != "1\t10.00\n2\t1500.50\n" {
		t.Errorf("--fields piped: %q", out)
	}
}
