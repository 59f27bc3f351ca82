// Command gendocs writes the markdown and man pages of every mxpay command
// from the cobra tree, so the committed docs cannot drift from the code
// (`make docs-check` regenerates them and fails on a difference).
package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/mxpay/mxpay/internal/cmd/help"
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

	mdDir, manDir, topicDir := filepath.Join(dir, "cli"), filepath.Join(dir, "man"), filepath.Join(dir, "topics")
	for _, d := range []string{mdDir, manDir, topicDir} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return err
		}
	}
	if err := doc.GenMarkdownTree(cmd, mdDir); err != nil {
		return fmt.Errorf("markdown: %w", err)
	}
	if err := genManTree(cmd, manDir); err != nil {
		return fmt.Errorf("man pages: %w", err)
	}
	return genTopics(cmd, topicDir)
}

// genManTree writes one man page per command, as doc.GenManTree does, but
// each titled after its command (MXPAY-SYNC-TRANSACTIONS-LIST(1), not
// MXPAY(1) on every page) and with boolean flags shown as the switches they
// are (--debug, not --debug[=false]).
func genManTree(cmd *cobra.Command, dir string) error {
	for _, c := range cmd.Commands() {
		if !c.IsAvailableCommand() || c.IsAdditionalHelpTopicCommand() {
			continue
		}
		if err := genManTree(c, dir); err != nil {
			return err
		}
	}
	// A fixed date keeps the man pages reproducible; an empty title is the
	// command path, upper case.
	epoch := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	header := &doc.GenManHeader{Section: "1", Source: "mxpay", Manual: "mxpay manual", Date: &epoch}
	var page bytes.Buffer
	if err := doc.GenMan(cmd, header, &page); err != nil {
		return err
	}
	text := boolDefault.ReplaceAll(page.Bytes(), []byte(`\fP`))
	name := strings.ReplaceAll(cmd.CommandPath(), " ", "-") + ".1"
	return os.WriteFile(filepath.Join(dir, name), text, 0o644)
}

// boolDefault is how cobra's man pages print a boolean flag's default.
var boolDefault = regexp.MustCompile(`\\fP\[=(true|false)\]`)

// genTopics writes the help topics (`mxpay help exit-codes`, …), which
// cobra's generators skip, one markdown page each.
func genTopics(root *cobra.Command, dir string) error {
	for _, c := range root.Commands() {
		if !c.IsAdditionalHelpTopicCommand() {
			continue
		}
		page := fmt.Sprintf("# mxpay help %s\n\n%s.\n\n```\n%s\n```\n", c.Name(), c.Short, strings.TrimRight(help.Text(c.Name()), "\n"))
		if err := os.WriteFile(filepath.Join(dir, c.Name()+".md"), []byte(page), 0o644); err != nil {
			return fmt.Errorf("help topic %s: %w", c.Name(), err)
		}
	}
	return nil
}

func disableAutoGenTag(cmd *cobra.Command) {
	cmd.DisableAutoGenTag = true
	for _, c := range cmd.Commands() {
		disableAutoGenTag(c)
	}
}
