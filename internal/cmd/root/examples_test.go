package root

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// Every command a user can run shows at least one realistic example.
func TestEveryCommandHasAnExample(t *testing.T) {
	ios, _, _, _ := output.Test()
	f := cmdutil.NewFactory("test", ios, func(string) (string, bool) { return "", false })
	root := NewCmdRoot(f)
	var walk func(c *cobra.Command)
	checked := 0
	walk = func(c *cobra.Command) {
		for _, sub := range c.Commands() {
			if sub.Hidden || sub.Name() == "help" || sub.Name() == "completion" {
				continue
			}
			if sub.Runnable() && !sub.HasSubCommands() { // a group only shows its help
				checked++
				if sub.Example == "" {
					t.Errorf("%q has no Example", sub.CommandPath())
				}
			}
			walk(sub)
		}
	}
	walk(root)
	if checked < 10 {
		t.Errorf("only %d runnable commands found", checked)
	}
}

// pflag turns backticked text in a flag's usage into the placeholder of its
// value ("--payment-way mxpay facti payment-ways"): backticks are for
// placeholders only, FIELD=VALUE-like, never a command or a plain word.
func TestFlagPlaceholdersArePlaceholders(t *testing.T) {
	ios, _, _, _ := output.Test()
	f := cmdutil.NewFactory("test", ios, func(string) (string, bool) { return "", false })
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		c.LocalFlags().VisitAll(func(fl *pflag.Flag) {
			name, _ := pflag.UnquoteUsage(fl)
			switch name { // pflag's own names for a value of a type
			case "", "string", "strings", "int", "uint", "float", "duration", "stringArray", "bool":
				return
			}
			lower := strings.ToUpper(name) != name
			if strings.Contains(name, "mxpay") || (lower && !strings.ContainsAny(name, "=:[")) {
				t.Errorf("%s --%s shows %q as its value: backticks make a placeholder", c.CommandPath(), fl.Name, name)
			}
		})
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(NewCmdRoot(f))
}

// Examples show dates to come: a past --due is refused, and a past date in
// an example is one a reader copies into a failing command.
func TestExamplesUseDatesToCome(t *testing.T) {
	ios, _, _, _ := output.Test()
	f := cmdutil.NewFactory("test", ios, func(string) (string, bool) { return "", false })
	due := regexp.MustCompile(`--due[ =](\d{4}-\d{2}-\d{2})`)
	today := time.Now().Format("2006-01-02")
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		for _, m := range due.FindAllStringSubmatch(c.Example, -1) {
			if m[1] < today {
				t.Errorf("%s: example --due %s is in the past", c.CommandPath(), m[1])
			}
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(NewCmdRoot(f))
}
