package root

import (
	"sort"
	"strings"
	"testing"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/output"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// Every text help shows (each command's Short, Long and Example, each
// flag's usage, each group's title, cobra's own help and completion
// commands) has a Spanish entry: `mxpay --help` under LANG=es_MX is all
// Spanish, and a new flag without a translation fails here.
func TestEveryHelpTextHasSpanish(t *testing.T) {
	ios, _, _, _ := output.Test()
	f := cmdutil.NewFactory("test", ios, func(string) (string, bool) { return "", false })
	defer f.Close()
	root := newCmdRoot(f, allGroups)
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	missing := map[string][]string{}
	need := func(where, text string) {
		if text != "" && !i18n.Has(text) {
			missing[where] = append(missing[where], text)
		}
	}
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		path := c.CommandPath()
		need(path+" Short", c.Short)
		need(path+" Long", c.Long)
		need(path+" Example", c.Example)
		for _, g := range c.Groups() {
			need(path+" group", g.Title)
		}
		c.LocalFlags().VisitAll(func(fl *pflag.Flag) { need(path+" --"+fl.Name, fl.Usage) })
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
	where := make([]string, 0, len(missing))
	for w := range missing {
		where = append(where, w)
	}
	sort.Strings(where)
	for _, w := range where {
		for _, text := range missing[w] {
			t.Errorf("%s: no Spanish for %q", w, firstLine(text))
		}
	}
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i] + "…"
	}
	return s
}
