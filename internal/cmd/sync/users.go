package sync

import (
	"context"
	"encoding/json"
	"iter"

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

// userFields: every column is the member of its name.
var userFields = syncFields{always: []string{"id_user"}}

// UsersListOptions are the inputs of `sync users list`.
type UsersListOptions struct {
	deps
	UserID, ExternalID string
	Page               pageFlags
}

// NewCmdUsersList builds `sync users list`; runF replaces the run in tests.
func NewCmdUsersList(f *cmdutil.Factory, runF func(*UsersListOptions) error) *cobra.Command {
	opts := &UsersListOptions{deps: newDeps(f)}
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the users of the API key",
		Example: `  mxpay sync users list
  mxpay sync users list --external-id ELSAN090909
  mxpay sync users list --user-id 5df859c4a7a6442757726ef4 -o json
  mxpay sync users list --all --order dt_create,desc -o json | jq -r '.[].id_user'`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if runF != nil {
				return runF(opts)
			}
			return explain(usersListRun(cmd.Context(), opts))
		},
	}
	cmd.Flags().StringVar(&opts.UserID, "user-id", "", "only the user with this `ID` (id_user)")
	cmd.Flags().StringVar(&opts.ExternalID, "external-id", "", "only the user with this external `ID` (your own reference)")
	opts.Page.add(cmd, "users", "dt_create,desc")
	cmdutil.SetFields(cmd, output.ColumnNames(userColumns())...)
	return cmd
}

func usersListRun(ctx context.Context, opts *UsersListOptions) error {
	if err := opts.Page.check(); err != nil {
		return err
	}
	c, err := opts.Sync()
	if err != nil {
		return err
	}
	filter := syncapi.UserFilter{IDUser: opts.UserID, IDExternal: opts.ExternalID, ListParams: opts.Page.params()}
	if filter.Fields, err = opts.fieldsParam(userFields); err != nil {
		return err
	}
	return printList(ctx, opts.deps, opts.Page.every(), userColumns(), userRaw, listing[syncapi.User]{
		page: func(ctx context.Context) ([]syncapi.User, error) { return c.ListUsers(ctx, filter) },
		all:  func(ctx context.Context) iter.Seq2[syncapi.User, error] { return c.AllUsers(ctx, filter) },
		noun: "users",
	})
}
