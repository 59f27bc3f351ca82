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
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if c.Flags().Lookup("user") != nil {
			_ = c.RegisterFlagCompletionFunc("user", completeUsers(f))
		}
		if c.Flags().Lookup("site") != nil {
			_ = c.RegisterFlagCompletionFunc("site", completeSites(f))
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

func completeUsers(f *cmdutil.Factory) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return func(cmd *cobra.Command, _ []string, _ string) ([]string, cobra.ShellCompDirective) {
		ctx, cancel := context.WithTimeout(cmd.Context(), completionTimeout)
		defer cancel()
		s, err := connect(f)
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		users, err := allUsers(ctx, s.client, syncapi.UserFilter{})
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		out := make([]string, 0, len(users))
		for _, u := range users {
			out = append(out, u.IDUser+"\t"+u.Name)
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

// completeSites needs a user's token (the catalogue is user-scoped): the
// --user already typed, else the profile's sync.user; never a prompt.
func completeSites(f *cmdutil.Factory) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return func(cmd *cobra.Command, _ []string, _ string) ([]string, cobra.ShellCompDirective) {
		ctx, cancel := context.WithTimeout(cmd.Context(), completionTimeout)
		defer cancel()
		user, _ := cmd.Flags().GetString("user")
		if user == "" {
			settings, err := f.Settings()
			if err != nil {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			set, err := settings.Get("sync.user")
			if err != nil || set.Value == "" {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			user = set.Value
		}
		s, err := connect(f)
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		sites, err := s.client.Sites(ctx, user, syncapi.SiteFilter{})
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		out := make([]string, 0, len(sites))
		for _, site := range sites {
			out = append(out, site.IDSite+"\t"+site.Name)
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}
