package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestManPagesAreTitledPerCommandWithPlainSwitches(t *testing.T) {
	dir := t.TempDir()
	if err := generate(dir); err != nil {
		t.Fatal(err)
	}
	page, err := os.ReadFile(filepath.Join(dir, "man", "mxpay-sync-transactions-list.1"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(page)
	if !strings.Contains(text, `.TH "MXPAY-SYNC-TRANSACTIONS-LIST" "1"`) {
		t.Errorf("title:\n%s", text[:min(200, len(text))])
	}
	if strings.Contains(text, "[=false]") || !strings.Contains(text, `\fB--all\fP`+"\n") {
		t.Errorf("boolean flags shown with a default value:\n%s", text)
	}
}
