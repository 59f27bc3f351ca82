package sync

import (
	"encoding/json"
	"fmt"
	"time"

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
	cmd.AddCommand(newCmdUsersList(f), newCmdUsersCreate(f), newCmdUsersUpdate(f), newCmdUsersDelete(f))
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

// epoch shows Sync's epoch seconds as a UTC time.
func epoch(t *int64) string {
	if t == nil || *t == 0 {
		return ""
	}
	return time.Unix(*t, 0).UTC().Format("2006-01-02 15:04:05Z")
}

type usersListOptions struct {
	external    string
	limit, skip int
	all         bool
}

func newCmdUsersList(f *cmdutil.Factory) *cobra.Command {
	opts := &usersListOptions{}
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the users of the API key",
		Example: `  mxpay sync users list
  mxpay sync users list --external-id ELSAN090909
  mxpay sync users list --all -o json | jq -r '.[].id_user'`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return explain(runUsersList(cmd, f, opts))
		},
	}
	cmd.Flags().StringVar(&opts.external, "external-id", "", "only the user with this external `ID` (your own reference)")
	cmd.Flags().IntVar(&opts.limit, "limit", 0, "at most `N` users (default: the server's page size)")
	cmd.Flags().IntVar(&opts.skip, "skip", 0, "skip the first `N` users")
	cmd.Flags().BoolVar(&opts.all, "all", false, "read every page")
	cmd.MarkFlagsMutuallyExclusive("all", "limit")
	cmd.MarkFlagsMutuallyExclusive("all", "skip")
	return cmd
}

func runUsersList(cmd *cobra.Command, f *cmdutil.Factory, opts *usersListOptions) error {
	if opts.limit < 0 || opts.skip < 0 {
		return cmdutil.UsageErrorf("--limit and --skip must not be negative")
	}
	s, err := connect(f)
	if err != nil {
		return err
	}
	settings, err := f.Settings()
	if err != nil {
		return err
	}
	list, err := output.NewList(f.IOStreams, settings.Output, userColumns(), userRaw)
	if err != nil {
		return err
	}
	filter := syncapi.UserFilter{IDExternal: opts.external, ListParams: syncapi.ListParams{Limit: opts.limit, Skip: opts.skip}}
	add := func(page []syncapi.User) error {
		for _, u := range page {
			if err := list.Add(u); err != nil {
				return err
			}
		}
		return nil
	}
	if opts.all {
		err = eachUserPage(cmd.Context(), s.client, filter, add)
	} else {
		var page []syncapi.User
		if page, err = s.client.ListUsers(cmd.Context(), filter); err == nil {
			err = add(page)
		}
	}
	if err != nil {
		return err
	}
	return list.Close()
}

type userFieldsOptions struct {
	name, external string
}

func (o *userFieldsOptions) fields(cmd *cobra.Command) syncapi.UserFields {
	var u syncapi.UserFields
	if cmd.Flags().Changed("name") {
		u.Name = &o.name
	}
	if cmd.Flags().Changed("external-id") {
		u.IDExternal = &o.external
	}
	return u
}

func newCmdUsersCreate(f *cmdutil.Factory) *cobra.Command {
	opts := &userFieldsOptions{}
	cmd := &cobra.Command{
		Use:   "create",
		Short: "Create a user",
		Example: `  mxpay sync users create --name "Rey Misterio" --external-id MIST030794
  id=$(mxpay sync users create --name "ACME SA de CV" --jq .id_user)`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			name, err := f.PromptOrFlag(opts.name, "name", "User name")
			if err != nil {
				return err
			}
			opts.name = name
			fields := opts.fields(cmd)
			fields.Name = &opts.name
			return explain(writeUser(cmd, f, func(s *session) (*syncapi.User, error) {
				return s.client.CreateUser(cmd.Context(), fields)
			}))
		},
	}
	cmd.Flags().StringVar(&opts.name, "name", "", "the user's `NAME` (asked on a terminal when missing)")
	cmd.Flags().StringVar(&opts.external, "external-id", "", "your own reference for the user, e.g. a customer `ID`")
	return cmd
}

func newCmdUsersUpdate(f *cmdutil.Factory) *cobra.Command {
	opts := &userFieldsOptions{}
	cmd := &cobra.Command{
		Use:   "update ID",
		Short: "Change a user's name or external id",
		Example: `  mxpay sync users update 5df859c4a7a6442757726ef4 --name "El Santo Jr."
  mxpay sync users update 5df859c4a7a6442757726ef4 --external-id ELSAN090909`,
		Args: cmdutil.ExactArgs(1, "ID"),
		RunE: func(cmd *cobra.Command, args []string) error {
			fields := opts.fields(cmd)
			if fields.Name == nil && fields.IDExternal == nil {
				return cmdutil.UsageErrorf("nothing to update: pass --name or --external-id")
			}
			return explain(writeUser(cmd, f, func(s *session) (*syncapi.User, error) {
				return s.client.UpdateUser(cmd.Context(), args[0], fields)
			}))
		},
	}
	cmd.Flags().StringVar(&opts.name, "name", "", "the new `NAME`")
	cmd.Flags().StringVar(&opts.external, "external-id", "", "the new external `ID`")
	return cmd
}

// writeUser runs a call returning a user and prints it.
func writeUser(cmd *cobra.Command, f *cmdutil.Factory, call func(*session) (*syncapi.User, error)) error {
	s, err := connect(f)
	if err != nil {
		return err
	}
	settings, err := f.Settings()
	if err != nil {
		return err
	}
	u, err := call(s)
	if err != nil {
		return err
	}
	return output.PrintObject(f.IOStreams, settings.Output, userColumns(), userRaw, *u)
}

func newCmdUsersDelete(f *cmdutil.Factory) *cobra.Command {
	return &cobra.Command{
		Use:   "delete ID",
		Short: "Delete a user and ALL of their data (credentials, accounts, transactions, attachments)",
		Example: `  mxpay sync users delete 5df859c4a7a6442757726ef4
  mxpay sync users delete 5df859c4a7a6442757726ef4 --yes`,
		Args: cmdutil.ExactArgs(1, "ID"),
		RunE: func(cmd *cobra.Command, args []string) error {
			id := args[0]
			if err := f.Confirm(fmt.Sprintf("Delete Sync user %s and ALL of their data (credentials, accounts, transactions, attachments)? This cannot be undone.", id)); err != nil {
				return err
			}
			s, err := connect(f)
			if err != nil {
				return err
			}
			if err := s.client.DeleteUser(cmd.Context(), id); err != nil {
				return explain(err)
			}
			fmt.Fprintf(f.IOStreams.ErrOut, "Deleted user %s and all of their data.\n", id)
			return nil
		},
	}
}
