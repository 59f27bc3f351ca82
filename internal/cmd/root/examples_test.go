package root

import (
	"testing"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/spf13/cobra"
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
