// Command gendocs writes the markdown and man pages of every mxpay command,
// and its help topics, from the cobra tree, in English (OUTPUT_DIR/cli,
// man, topics) and in Spanish (OUTPUT_DIR/es/cli, es/man, es/topics), so
// the committed docs cannot drift from the code (`make docs-check`
// regenerates them and fails on a difference).
//
// The Spanish reference is the same tree translated with the catalog, as
// `--help` shows it under MXPAY_LANG=es, with the fixed headings cobra's
// generators write translated; a text the catalog lacks stays English.
package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/mxpay/mxpay/internal/cmd/root"
	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/i18n"
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

// generate writes both languages' docs under dir.
func generate(dir string) error {
	if err := generateIn(dir, i18n.English); err != nil {
		return err
	}
	return generateIn(filepath.Join(dir, "es"), i18n.Spanish)
}

// generateIn writes the reference of one language: cli/ (markdown), man/
// and topics/ under dir.
func generateIn(dir string, lang i18n.Lang) error {
	cmd, p := tree(lang)
	mdDir, manDir, topicDir := filepath.Join(dir, "cli"), filepath.Join(dir, "man"), filepath.Join(dir, "topics")
	for _, d := range []string{mdDir, manDir, topicDir} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return err
		}
	}
	if err := genMarkdownTree(cmd, mdDir, p); err != nil {
		return fmt.Errorf("markdown: %w", err)
	}
	if err := genManTree(cmd, manDir, p); err != nil {
		return fmt.Errorf("man pages: %w", err)
	}
	return genTopics(cmd, topicDir, p)
}

// tree builds the command tree as a run in lang sees it, translated for
// Spanish, and that run's printer.
func tree(lang i18n.Lang) (*cobra.Command, *i18n.Printer) {
	ios, _, _, _ := output.Test()
	// No environment but the language: generated text must not depend on
	// the machine.
	env := func(name string) (string, bool) {
		if name == "MXPAY_LANG" {
			return string(lang), true
		}
		return "", false
	}
	f := cmdutil.NewFactory("", ios, env)
	cmd := root.NewCmdRoot(f)
	cmd.InitDefaultCompletionCmd()
	disableAutoGenTag(cmd)
	p := f.Printer()
	if p.Lang() == i18n.Spanish {
		initHelpFlags(cmd) // so that Localize sees every -h's usage, as --help does
		root.LocalizeTree(cmd, p)
	}
	return cmd, p
}

// genMarkdownTree writes one markdown page per command, as
// doc.GenMarkdownTree does, with cobra's headings and pflag's words in the
// printer's language.
func genMarkdownTree(cmd *cobra.Command, dir string, p *i18n.Printer) error {
	for _, c := range cmd.Commands() {
		if !c.IsAvailableCommand() || c.IsAdditionalHelpTopicCommand() {
			continue
		}
		if err := genMarkdownTree(c, dir, p); err != nil {
			return err
		}
	}
	var page bytes.Buffer
	if err := doc.GenMarkdown(cmd, &page); err != nil {
		return err
	}
	text := page.String()
	if p.Lang() == i18n.Spanish {
		text = spanishMarkdown(cmd, text, p)
	}
	name := strings.ReplaceAll(cmd.CommandPath(), " ", "_") + ".md"
	return os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644)
}

// genManTree writes one man page per command, as doc.GenManTree does, but
// each titled after its command (MXPAY-SYNC-TRANSACTIONS-LIST(1), not
// MXPAY(1) on every page) and with boolean flags shown as the switches they
// are (--debug, not --debug[=false]).
func genManTree(cmd *cobra.Command, dir string, p *i18n.Printer) error {
	for _, c := range cmd.Commands() {
		if !c.IsAvailableCommand() || c.IsAdditionalHelpTopicCommand() {
			continue
		}
		if err := genManTree(c, dir, p); err != nil {
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
	if p.Lang() == i18n.Spanish {
		text = []byte(spanishMan(cmd, string(text), p))
	}
	name := strings.ReplaceAll(cmd.CommandPath(), " ", "-") + ".1"
	return os.WriteFile(filepath.Join(dir, name), text, 0o644)
}

// boolDefault is how cobra's man pages print a boolean flag's default.
var boolDefault = regexp.MustCompile(`\\fP\[=(true|false)\]`)

// genTopics writes the help topics (`mxpay help exit-codes`, …), which
// cobra's generators skip, one markdown page each: the text `mxpay help
// TOPIC` prints in the printer's language.
func genTopics(root *cobra.Command, dir string, p *i18n.Printer) error {
	for _, c := range root.Commands() {
		if !c.IsAdditionalHelpTopicCommand() {
			continue
		}
		var text bytes.Buffer
		c.SetOut(&text)
		c.HelpFunc()(c, nil)
		page := fmt.Sprintf("# mxpay help %s\n\n%s.\n\n```\n%s\n```\n", c.Name(), c.Short, strings.TrimRight(text.String(), "\n"))
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

func initHelpFlags(cmd *cobra.Command) {
	cmd.InitDefaultHelpFlag()
	for _, c := range cmd.Commands() {
		initHelpFlags(c)
	}
}
