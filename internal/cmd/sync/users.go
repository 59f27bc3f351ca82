package sync

import (
	"context"
	"encoding/json"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/output"
	syncapi "github.com/mxpay/mxpay/internal/sync"
	"github.com/spf13/cobra"
)

func newCmdUsers(f *cmdutil.Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "users <command>",
		Short: "Manage the users of the API key (the people or companies whose banks are synced)",
		Args:  cmdutil.NoArgs,
	}
	cmd.AddCommand(NewCmdUsersList(f, nil), NewCmdUsersCreate(f, nil), NewCmdUsersUpdate(f, nil), NewCmdUsersDelete(f, nil))
	return cmd
}

func userColumns() []output.Column[syncapi.User] {
	return []output.Column[syncapi.User]{
		{Name: "id_user", Header: "ID", Value: func(u syncapi.User) string { return u.IDUser }},
		{Name: "name", Header: "NAME", Value: func(u syncapi.User) string { return u.Name }},
		{Name: "id_external", Header: "EXTERNAL ID", Value: func(u syncapi.User) string { return u.IDExternal }},
		{Name: "dt_create", Header: "CREATED", Value: func(u syncapi.User) string { return epoch(u.DTCreate) }},
		{Name: "dt_modify", Header: "MODIFIED", Value: func(u syncapi.User) string { return epoch(u.DTModify) }},
	}
}

func userRaw(u syncapi.User) json.RawMessage { return u.Raw }

// UsersListOptions are the inputs of `sync users list`.
type UsersListOptions struct {
	deps
	ExternalID  string
	Limit, Skip int
	All         bool
}

// NewCmdUsersList builds `sync users list`; runF replaces the run in tests.
func NewCmdUsersList(f *cmdutil.Factory, runF func(*UsersListOptions) error) *cobra.Command {
	opts := &UsersListOptions{deps: newDeps(f)}
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the users of the API key",
		Example: `  mxpay sync users list
  mxpay sync users list --external-id ELSAN090909
  mxpay sync users list --all -o json | jq -r '.[].id_user'`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if runF != nil {
				return runF(opts)
			}
			return explain(usersListRun(cmd.Context(), opts))
		},
	}
	cmd.Flags().StringVar(&opts.ExternalID, "external-id", "", "only the user with this external `ID` (your own reference)")
	cmd.Flags().IntVar(&opts.Limit, "limit", 0, "at most `N` users (default: the server's page size)")
	cmd.Flags().IntVar(&opts.Skip, "skip", 0, "skip the first `N` users")
	cmd.Flags().BoolVar(&opts.All, "all", false, "read every page")
	cmd.MarkFlagsMutuallyExclusive("all", "limit")
	cmd.MarkFlagsMutuallyExclusive("all", "skip")
	return cmd
}

func usersListRun(ctx context.Context, opts *UsersListOptions) error {
	if opts.Limit < 0 || opts.Skip < 0 {
		return cmdutil.UsageErrorf("--limit and --skip must not be negative")
	}
	c, err := opts.Sync()
	if err != nil {
		return err
	}
	o, err := opts.output()
	if err != nil {
		return err
	}
	list, err := output.NewList(opts.IO, o, userColumns(), userRaw)
	if err != nil {
		return err
	}
	filter := syncapi.UserFilter{IDExternal: opts.ExternalID, ListParams: syncapi.ListParams{Limit: opts.Limit, Skip: opts.Skip}}
	if opts.All {
		for u, err := range c.AllUsers(ctx, filter) {
			if err != nil {
				return err
			}
			if err := list.Add(u); err != nil {
				return err
			}
		}
		return list.Close()
	}
	page, err := c.ListUsers(ctx, filter)
	if err != nil {
		return err
	}
	for _, u := range page {
		if err := list.Add(u); err != nil {
			return err
		}
	}
	return list.Close()
}
