package sync_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	syncemu "github.com/mxpay/mxpay/internal/emulator/sync"
)

// Sync's data commands in Spanish (MXPAY_LANG=es): a terminal table's
// headings, a usage error, the summary of a download, the help of a
// command and a success message are Spanish; machine output (csv, json,
// jsonl, a piped table) is the same bytes in both languages.
func TestSyncDataInSpanish(t *testing.T) {
	h := newHarness(t, syncemu.Timing{})
	user, cred := satUser(t, h)
	machine := [][]string{
		{"sync", "transactions", "list", "--user", user, "--order", "dt_transaction", "-o", "csv"},
		{"sync", "transactions", "list", "--user", user, "--order", "dt_transaction"}, // a table to a pipe
		{"sync", "accounts", "list", "--user", user, "--credential", cred, "-o", "json"},
		{"sync", "attachments", "list", "--user", user, "--order", "dt_refresh", "-o", "jsonl"},
		{"sync", "attachments", "list", "--user", user, "--order", "dt_refresh", "-o", "csv"},
		{"sync", "transactions", "count", "--user", user},
	}
	english := make([]string, len(machine))
	for i, args := range machine {
		english[i] = h.MustRun(0, "", args...).Stdout
	}

	h.Env["MXPAY_LANG"] = "es"
	for i, args := range machine {
		if got := h.MustRun(0, "", args...).Stdout; got != english[i] {
			t.Errorf("%s: the Spanish run printed\n%s\nthe English one\n%s", strings.Join(args, " "), got, english[i])
		}
	}

	// A terminal table: Spanish headings (as wide as the terminal: the
	// first columns).
	h.TTY = true
	r := h.MustRun(0, "", "sync", "transactions", "list", "--user", user)
	h.TTY = false
	for _, want := range []string{"FECHA", "DESCRIPCIÓN", "MONTO", "MONEDA"} {
		if !strings.Contains(r.Stdout, want) {
			t.Errorf("terminal table without %q:\n%s", want, r.Stdout)
		}
	}
	if strings.Contains(r.Stdout, "DESCRIPTION") || strings.Contains(r.Stdout, "AMOUNT") {
		t.Errorf("English headings on a Spanish terminal:\n%s", r.Stdout)
	}

	// A usage error: exit 2, in Spanish.
	r = h.MustRun(2, "", "sync", "attachments", "get", "--user", user)
	if !strings.Contains(r.Stderr, "indica el ID de un archivo adjunto, o --all con filtros") || strings.Contains(r.Stderr, "give an attachment ID") {
		t.Errorf("usage error:\n%s", r.Stderr)
	}

	// A download: the success message and, with --all, the summary. The
	// files and the result rows are the same as in English.
	dir := t.TempDir()
	t.Chdir(dir)
	atts := decodeJSON[[]map[string]any](t, h.MustRun(0, "", "sync", "attachments", "list", "--user", user, "-o", "json").Stdout)
	r = h.MustRun(0, "", "sync", "attachments", "get", atts[0]["id_attachment"].(string), "--user", user)
	if !strings.Contains(r.Stderr, "Se guardó "+atts[0]["file"].(string)+" (") {
		t.Errorf("get:\n%s", r.Stderr)
	}
	r = h.MustRun(1, "", "sync", "attachments", "get", atts[0]["id_attachment"].(string), "--user", user)
	if !strings.Contains(r.Stderr, "ya existe") || !strings.Contains(r.Stderr, "sa --force para sobrescribirlo") {
		t.Errorf("an existing file:\n%s", r.Stderr)
	}
	cfdi := filepath.Join(dir, "cfdi")
	r = h.MustRun(0, "", "sync", "attachments", "get", "--all", "--user", user, "--dir", cfdi, "-o", "csv", "--fields", "file,status")
	if strings.Count(r.Stdout, ",downloaded") != 5 {
		t.Errorf("result rows:\n%s", r.Stdout)
	}
	if !strings.Contains(r.Stderr, "descarg") || strings.Contains(r.Stderr, "already there") {
		t.Errorf("get --all summary:\n%s", r.Stderr)
	}
	if entries, _ := os.ReadDir(cfdi); len(entries) != 5 {
		t.Errorf("%d files downloaded", len(entries))
	}

	// Help, and a webhook's creation.
	r = h.MustRun(0, "", "sync", "webhooks", "create", "--help")
	for _, want := range []string{
		"Registra una URL a la que Sync llama (HTTP POST, JSON) cuando ocurre uno de los eventos:",
		"credential_create  se agregó una credencial",
		"la URL a la que Sync enviará los eventos por POST",
		"mxpay sync webhooks delete ID",
	} {
		if !strings.Contains(r.Stdout, want) {
			t.Errorf("help without %q:\n%s", want, r.Stdout)
		}
	}
	if strings.Contains(r.Stdout, "creates or updates") {
		t.Errorf("English in the Spanish help:\n%s", r.Stdout)
	}
	r = h.MustRun(0, "", "sync", "webhooks", "create", "--url", "https://example.com/es", "-o", "json")
	if !strings.Contains(r.Stderr, "Se creó el webhook ") || !strings.Contains(r.Stderr, " para https://example.com/es.") {
		t.Errorf("create:\n%s", r.Stderr)
	}
	if w := decodeJSON[map[string]any](t, r.Stdout); w["url"] != "https://example.com/es" {
		t.Errorf("create json: %v", w)
	}
	r = h.MustRun(2, "", "sync", "webhooks", "create", "--url", "https://example.com/es", "--event", "nope")
	if !strings.Contains(r.Stderr, `evento desconocido "nope": Sync envía credential_create, credential_update, refresh`) {
		t.Errorf("unknown event:\n%s", r.Stderr)
	}
}
