package sync_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	syncemu "github.com/mxpay/mxpay/internal/emulator/sync"
)

func TestAttachmentsListCountExtra(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	user, cred := satUser(t, h)
	atts := decodeJSON[[]map[string]any](t, h.MustRun(0, "", "sync", "attachments", "list", "--user", user, "--credential", cred, "--valid", "-o", "json").Stdout)
	if len(atts) != 5 || !strings.HasSuffix(atts[0]["file"].(string), ".xml") {
		t.Fatalf("attachments: %v", atts)
	}
	r := h.MustRun(0, "", "sync", "attachments", "list", "--user", user, "--all", "--page-size", "2", "-o", "csv", "--fields", "id_attachment,file")
	if n := strings.Count(r.Stdout, "\n"); n != 6 {
		t.Errorf("all csv: %q", r.Stdout)
	}
	if r := h.MustRun(0, "", "sync", "attachments", "count", "--user", user, "--transaction", atts[0]["id_transaction"].(string)); r.Stdout != "1\n" {
		t.Errorf("count: %q", r.Stdout)
	}
	if r := h.MustRun(0, "", "sync", "attachments", "count", "--user", user, "--valid=false", "-o", "json"); strings.TrimSpace(r.Stdout) != `{"count":0}` {
		t.Errorf("count json: %q", r.Stdout)
	}
	id := atts[0]["id_attachment"].(string)
	r = h.MustRun(0, "", "sync", "attachments", "extra", id, "--user", user)
	if !strings.HasPrefix(r.Stdout, "CFDI:COMPROBANTE ") || !strings.Contains(r.Stdout, "\n  CFDI:EMISOR NOMBRE=\"") ||
		!strings.Contains(r.Stdout, "\n    TFD:TIMBREFISCALDIGITAL ") {
		t.Errorf("extra tree:\n%s", r.Stdout)
	}
	x := decodeJSON[map[string]any](t, h.MustRun(0, "", "sync", "attachments", "extra", id, "--user", user, "-o", "json").Stdout)
	if x["file"] != atts[0]["file"] || x["extra"] == nil {
		t.Errorf("extra json: %v", x)
	}
	h.MustRun(1, "", "sync", "attachments", "extra", "000000000000000000000000", "--user", user)
}

func TestAttachmentsGetOne(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	user, _ := satUser(t, h)
	atts := decodeJSON[[]map[string]any](t, h.MustRun(0, "", "sync", "attachments", "list", "--user", user, "-o", "json").Stdout)
	id, file := atts[0]["id_attachment"].(string), atts[0]["file"].(string)
	dir := t.TempDir()
	t.Chdir(dir)
	r := h.MustRun(0, "", "sync", "attachments", "get", id, "--user", user)
	body, err := os.ReadFile(filepath.Join(dir, file))
	if err != nil || !strings.HasPrefix(string(body), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<cfdi:Comprobante") || !strings.Contains(r.Stderr, "Saved") {
		t.Fatalf("get: %v %q %s", err, body, r.Stderr)
	}
	// No overwrite without --force; nothing else left behind.
	os.WriteFile(filepath.Join(dir, file), []byte("mine"), 0o644)
	r = h.MustRun(1, "", "sync", "attachments", "get", id, "--user", user)
	if !strings.Contains(r.Stderr, "already exists") || !strings.Contains(r.Stderr, "--force") {
		t.Errorf("no overwrite: %s", r.Stderr)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, file)); string(b) != "mine" {
		t.Errorf("overwritten: %q", b)
	}
	h.MustRun(0, "", "sync", "attachments", "get", id, "--user", user, "--force")
	if b, _ := os.ReadFile(filepath.Join(dir, file)); string(b) != string(body) {
		t.Errorf("--force wrote %q", b)
	}
	// -O FILE, -O DIR, -O -.
	h.MustRun(0, "", "sync", "attachments", "get", id, "--user", user, "-O", "factura.xml")
	sub := filepath.Join(dir, "sub")
	os.Mkdir(sub, 0o755)
	h.MustRun(0, "", "sync", "attachments", "get", id, "--user", user, "-O", sub)
	if _, err := os.Stat(filepath.Join(sub, file)); err != nil {
		t.Error(err)
	}
	if r := h.MustRun(0, "", "sync", "attachments", "get", id, "--user", user, "-O", "-"); r.Stdout != string(body) {
		t.Errorf("stdout: %q", r.Stdout)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".part") {
			t.Errorf("temp file left: %s", e.Name())
		}
	}
	h.MustRun(1, "", "sync", "attachments", "get", "000000000000000000000000", "--user", user, "-O", "x.xml")
	if _, err := os.Stat(filepath.Join(dir, "x.xml")); err == nil {
		t.Error("a failed download left a file")
	}
	h.MustRun(2, "", "sync", "attachments", "get", "--user", user)
}

func TestAttachmentsGetAllResumes(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	user, _ := satUser(t, h)
	dir := filepath.Join(t.TempDir(), "cfdi")
	// A first run is interrupted after one file: simulate with one file present.
	atts := decodeJSON[[]map[string]any](t, h.MustRun(0, "", "sync", "attachments", "list", "--user", user, "-o", "json").Stdout)
	os.MkdirAll(dir, 0o755)
	first := atts[0]["file"].(string)
	os.WriteFile(filepath.Join(dir, first), []byte("already here"), 0o644)
	r := h.MustRun(0, "", "sync", "attachments", "get", "--all", "--user", user, "--dir", dir, "--concurrency", "3", "-o", "json")
	var results []map[string]any
	json.Unmarshal([]byte(r.Stdout), &results)
	status := map[string]int{}
	for _, x := range results {
		status[x["status"].(string)]++
	}
	if status["downloaded"] != 4 || status["skipped"] != 1 || !strings.Contains(r.Stderr, "4 downloaded, 1 already there, 0 failed") {
		t.Fatalf("results: %s", r.Stdout)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, first)); string(b) != "already here" {
		t.Errorf("skipped file rewritten")
	}
	r = h.MustRun(0, "", "sync", "attachments", "get", "--all", "--user", user, "--dir", dir, "-o", "csv", "--fields", "status")
	if strings.Count(r.Stdout, "skipped") != 5 {
		t.Errorf("second run: %q", r.Stdout)
	}
}

func TestAttachmentsGetAllReportsFailures(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	user, _ := satUser(t, h)
	h.Env["MXPAY_EMULATOR_FAULTS"] = "sync:GET:/v1/attachments/:status=403"
	dir := t.TempDir()
	r := h.Run("", "sync", "attachments", "get", "--all", "--user", user, "--dir", dir)
	if r.Code != 1 || !strings.Contains(r.Stderr, "5 attachment(s) failed") {
		t.Fatalf("exit %d\n%s", r.Code, r.Stderr)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("left %d files", len(entries))
	}
}
