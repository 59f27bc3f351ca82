// Command gendocs writes the markdown and man pages of every mxpay command
// from the cobra tree, so the committed docs cannot drift from the code
// (`make docs-check` regenerates them and fails on a difference).
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/mxpay/mxpay/internal/cmd/root"
	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: gendocs OUTPUT_DIR")
		os.Exit(2)
	}
	if err := generate(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "gendocs:", err)
		os.Exit(1)
	}
}

func generate(dir string) error {
	ios, _, _, _ := output.Test()
	// No environment: generated text must not depend on the machine.
	f := cmdutil.NewFactory("", ios, func(string) (string, bool) { return "", false })
	cmd := root.NewCmdRoot(f)
	cmd.InitDefaultCompletionCmd()
	disableAutoGenTag(cmd)

	mdDir, manDir := filepath.Join(dir, "cli"), filepath.Join(dir, "man")
	for _, d := range []string{mdDir, manDir} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return err
		}
	}
	if err := doc.GenMarkdownTree(cmd, mdDir); err != nil {
		return fmt.Errorf("markdown: %w", err)
	}
	// A fixed date keeps the man pages reproducible.
	epoch := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	header := &doc.GenManHeader{Title: "MXPAY", Section: "1", Source: "mxpay", Manual: "mxpay manual", Date: &epoch}
	if err := doc.GenManTree(cmd, header, manDir); err != nil {
		return fmt.Errorf("man pages: %w", err)
	}
	return nil
}

func disableAutoGenTag(cmd *cobra.Command) {
	cmd.DisableAutoGenTag = true
	for _, c := range cmd.Commands() {
		disableAutoGenTag(c)
	}
}
