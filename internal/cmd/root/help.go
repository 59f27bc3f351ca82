package root

import (
	"fmt"
	"io"
	"strings"

	"github.com/mxpay/mxpay/internal/i18n"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// setHelp makes help and usage speak the reader's language: cobra's own
// words ("Usage:", "Flags:") and every command's texts, translated with the
// catalog when printed. English reads exactly as cobra's defaults.
func setHelp(root *cobra.Command, printer func() *i18n.Printer) {
	root.SetHelpFunc(func(c *cobra.Command, _ []string) {
		p := printer()
		Localize(c, p)
		w := c.OutOrStdout()
		if text := strings.TrimRightFunc(firstNonEmpty(c.Long, c.Short), isSpace); text != "" {
			fmt.Fprintf(w, "%s\n\n", text)
		}
		if c.Runnable() || c.HasSubCommands() {
			writeUsage(w, c, p)
		}
	})
	root.SetUsageFunc(func(c *cobra.Command) error {
		p := printer()
		Localize(c, p)
		writeUsage(c.OutOrStderr(), c, p)
		return nil
	})
}

// Localize translates what help shows of c: its texts, its flags' usage,
// its subcommands' summaries and its group titles. Texts not in the
// catalog stay as they are; translating twice changes nothing.
func Localize(c *cobra.Command, p *i18n.Printer) {
	if p.Lang() != i18n.Spanish {
		return
	}
	c.Short, c.Long, c.Example = p.Text(c.Short), p.Text(c.Long), p.Text(c.Example)
	for _, sub := range c.Commands() {
		sub.Short = p.Text(sub.Short)
	}
	for _, g := range c.Groups() {
		g.Title = p.Text(g.Title)
	}
	translate := func(f *pflag.Flag) {
		if name, ok := strings.CutPrefix(f.Usage, "help for "); ok && f.Name == "help" {
			f.Usage = fmt.Sprintf(p.Text("help for %s"), name) // cobra's words for every command's -h
			return
		}
		f.Usage = p.Text(f.Usage)
	}
	c.LocalFlags().VisitAll(translate)
	c.InheritedFlags().VisitAll(translate)
}

// LocalizeTree translates every command under c, for generated docs.
func LocalizeTree(c *cobra.Command, p *i18n.Printer) {
	Localize(c, p)
	for _, sub := range c.Commands() {
		LocalizeTree(sub, p)
	}
}

// writeUsage is cobra's default usage text with its words translated.
func writeUsage(w io.Writer, c *cobra.Command, p *i18n.Printer) {
	fmt.Fprint(w, p.Text("Usage:"))
	if c.Runnable() {
		fmt.Fprintf(w, "\n  %s", useLine(c, p))
	}
	if c.HasAvailableSubCommands() {
		fmt.Fprintf(w, "\n  %s %s", c.CommandPath(), p.Text("[command]"))
	}
	if len(c.Aliases) > 0 {
		fmt.Fprintf(w, "\n\n%s\n  %s", p.Text("Aliases:"), c.NameAndAliases())
	}
	if c.HasExample() {
		fmt.Fprintf(w, "\n\n%s\n%s", p.Text("Examples:"), c.Example)
	}
	if c.HasAvailableSubCommands() {
		listed := func(sub *cobra.Command) bool { return sub.IsAvailableCommand() || sub.Name() == "help" }
		list := func(title string, in func(*cobra.Command) bool) {
			fmt.Fprintf(w, "\n\n%s", title)
			for _, sub := range c.Commands() {
				if in(sub) && listed(sub) {
					fmt.Fprintf(w, "\n  %-*s %s", sub.NamePadding(), sub.Name(), sub.Short)
				}
			}
		}
		if len(c.Groups()) == 0 {
			list(p.Text("Available Commands:"), func(*cobra.Command) bool { return true })
		} else {
			for _, g := range c.Groups() {
				list(g.Title, func(sub *cobra.Command) bool { return sub.GroupID == g.ID })
			}
			if !c.AllChildCommandsHaveGroup() {
				list(p.Text("Additional Commands:"), func(sub *cobra.Command) bool { return sub.GroupID == "" })
			}
		}
	}
	if c.HasAvailableLocalFlags() {
		fmt.Fprintf(w, "\n\n%s\n%s", p.Text("Flags:"), flagUsages(c.LocalFlags(), p))
	}
	if c.HasAvailableInheritedFlags() {
		fmt.Fprintf(w, "\n\n%s\n%s", p.Text("Global Flags:"), flagUsages(c.InheritedFlags(), p))
	}
	if c.HasHelpSubCommands() {
		fmt.Fprintf(w, "\n\n%s", p.Text("Additional help topics:"))
		for _, sub := range c.Commands() {
			if sub.IsAdditionalHelpTopicCommand() {
				fmt.Fprintf(w, "\n  %-*s %s", sub.CommandPathPadding(), sub.CommandPath(), sub.Short)
			}
		}
	}
	if c.HasAvailableSubCommands() {
		// Text, not T: help never builds the formatting catalogs, which cost
		// more than the rest of printing it; the argument is a string.
		fmt.Fprintf(w, "\n\n"+p.Text("Use \"%s [command] --help\" for more information about a command."), c.CommandPath())
	}
	fmt.Fprintln(w)
}

// useLine is cobra's UseLine with its "[flags]" translated.
func useLine(c *cobra.Command, p *i18n.Printer) string {
	line := c.UseLine()
	if p.Lang() == i18n.Spanish {
		line = strings.Replace(line, "[flags]", p.Text("[flags]"), 1)
		for _, word := range []string{"<command>", "<subcommand>", "[command]"} {
			line = strings.ReplaceAll(line, word, p.Text(word))
		}
	}
	return line
}

// flagUsages is pflag's table of flags, with its "(default …)" translated.
func flagUsages(fs *pflag.FlagSet, p *i18n.Printer) string {
	out := strings.TrimRightFunc(fs.FlagUsages(), isSpace)
	if p.Lang() == i18n.Spanish {
		out = strings.ReplaceAll(out, " (default ", " "+p.Text("(default ")) // pflag's words, after each usage
	}
	return out
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func isSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' }
