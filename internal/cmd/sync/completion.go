package sync

import (
	"context"
	"time"

	"github.com/mxpay/mxpay/internal/cmdutil"
	syncapi "github.com/mxpay/mxpay/internal/sync"
	"github.com/spf13/cobra"
)

// completionTimeout keeps a shell responsive when Sync is slow or away.
const completionTimeout = 3 * time.Second

// registerCompletions completes --user with the key's users and --site with
// the catalogue's sites on every command that has those flags. Any failure
// completes nothing and prints nothing: the shell must stay quiet.
func registerCompletions(f *cmdutil.Factory, root *cobra.Command) {
	d := newDeps(f)
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if c.Flags().Lookup("user") != nil {
			_ = c.RegisterFlagCompletionFunc("user", completeUsers(d))
		}
		if c.Flags().Lookup("site") != nil {
			_ = c.RegisterFlagCompletionFunc("site", completeSites(d))
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

func completeUsers(d deps) cobra.CompletionFunc {
	return func(cmd *cobra.Command, _ []string, _ string) ([]string, cobra.ShellCompDirective) {
		ctx, cancel := context.WithTimeout(cmd.Context(), completionTimeout)
		defer cancel()
		c, err := d.Sync()
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		var out []string
		for u, err := range c.AllUsers(ctx, syncapi.UserFilter{}) {
			if err != nil {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			out = append(out, u.IDUser+"\t"+u.Name)
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

// completeSites needs a user's token (the catalogue is user-scoped): the
// --user already typed, else the profile's sync.user; never a prompt.
func completeSites(d deps) cobra.CompletionFunc {
	return func(cmd *cobra.Command, _ []string, _ string) ([]string, cobra.ShellCompDirective) {
		ctx, cancel := context.WithTimeout(cmd.Context(), completionTimeout)
		defer cancel()
		user, _ := cmd.Flags().GetString("user")
		if user == "" {
			settings, err := d.Settings()
			if err != nil {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			set, err := settings.Get("sync.user")
			if err != nil || set.Value == "" {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			user = set.Value
		}
		c, err := d.Sync()
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		var out []string
		for site, err := range c.AllSites(ctx, user, syncapi.SiteFilter{}) {
			if err != nil {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			out = append(out, site.IDSite+"\t"+site.Name)
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}
