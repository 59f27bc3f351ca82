package sync

import (
	"context"
	"fmt"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/mxpay/mxpay/internal/prompt"
	syncapi "github.com/mxpay/mxpay/internal/sync"
	"github.com/spf13/cobra"
)

// UsersCreateOptions are the inputs of `sync users create`.
type UsersCreateOptions struct {
	deps
	Name       string
	ExternalID string
}

// NewCmdUsersCreate builds `sync users create`.
func NewCmdUsersCreate(f *cmdutil.Factory, runF func(*UsersCreateOptions) error) *cobra.Command {
	opts := &UsersCreateOptions{deps: newDeps(f)}
	cmd := &cobra.Command{
		Use:   "create",
		Short: "Create a user",
		Long: `Create a user of the API key.

With --external-id, a reply lost on the way (a timeout, a gateway error) is
checked by looking the user up by that id before anything is reported, so the
command can tell whether the user was created. Without it nothing identifies
the new user, and such a failure ends with exit 6 and the command to check.`,
		Example: `  mxpay sync users create --name "Rey Misterio" --external-id MIST030794
  id=$(mxpay sync users create --name "ACME SA de CV" --jq .id_user)`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if runF != nil {
				return runF(opts)
			}
			return explain(usersCreateRun(cmd.Context(), opts))
		},
	}
	cmd.Flags().StringVar(&opts.Name, "name", "", "the user's `NAME` (asked on a terminal when missing)")
	cmd.Flags().StringVar(&opts.ExternalID, "external-id", "", "your own reference for the user, e.g. a customer `ID`")
	return cmd
}

func usersCreateRun(ctx context.Context, opts *UsersCreateOptions) error {
	if opts.Name == "" {
		if !opts.IO.CanPrompt() {
			return cmdutil.MissingFlagError("name")
		}
		name, err := opts.Prompter().Input(opts.IO.T("User name"), "", prompt.Required)
		if err != nil {
			return err
		}
		opts.Name = name
	}
	c, err := opts.Sync()
	if err != nil {
		return err
	}
	fields := syncapi.UserFields{Name: &opts.Name}
	if opts.ExternalID != "" {
		fields.IDExternal = &opts.ExternalID
	}
	u, found, err := c.CreateUserOrFind(ctx, fields)
	if err != nil {
		if opts.ExternalID != "" {
			return withOutcomeHintf(err, "run `mxpay sync users list --external-id %s` to see whether it was created before creating it again", opts.ExternalID)
		}
		return withOutcomeHintf(err, "run `mxpay sync users list` to see whether it was created before creating it again; with --external-id mxpay can check by itself")
	}
	if found {
		fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("The reply was lost, but the user was created."))
	}
	if err := printUser(opts.deps, u); err != nil {
		return err
	}
	if opts.IO.IsStderrTTY() {
		fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("Next: make it the default user with `mxpay config set sync.user %s`, or pass --user %s.", u.IDUser, u.IDUser))
	}
	return nil
}

// UsersUpdateOptions are the inputs of `sync users update`.
type UsersUpdateOptions struct {
	deps
	ID string
	// Fields holds only the flags given.
	Fields syncapi.UserFields
}

// NewCmdUsersUpdate builds `sync users update`.
func NewCmdUsersUpdate(f *cmdutil.Factory, runF func(*UsersUpdateOptions) error) *cobra.Command {
	opts := &UsersUpdateOptions{deps: newDeps(f)}
	var name, external string
	cmd := &cobra.Command{
		Use:   "update ID",
		Short: "Change a user's name or external id",
		Example: `  mxpay sync users update 5df859c4a7a6442757726ef4 --name "El Santo Jr."
  mxpay sync users update 5df859c4a7a6442757726ef4 --external-id ELSAN090909`,
		Args: cmdutil.ExactArgs(1, "ID"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.ID = args[0]
			if cmd.Flags().Changed("name") {
				opts.Fields.Name = &name
			}
			if cmd.Flags().Changed("external-id") {
				opts.Fields.IDExternal = &external
			}
			if runF != nil {
				return runF(opts)
			}
			return explain(usersUpdateRun(cmd.Context(), opts))
		},
	}
	cmd.Flags().StringVar(&name, "name", "", "the new `NAME`")
	cmd.Flags().StringVar(&external, "external-id", "", "the new external `ID`")
	return cmd
}

func usersUpdateRun(ctx context.Context, opts *UsersUpdateOptions) error {
	if opts.Fields.Name == nil && opts.Fields.IDExternal == nil {
		return cmdutil.UsageErrorf("nothing to update: pass --name or --external-id")
	}
	c, err := opts.Sync()
	if err != nil {
		return err
	}
	u, err := c.UpdateUser(ctx, opts.ID, opts.Fields)
	if err != nil {
		return err
	}
	return printUser(opts.deps, u)
}

func printUser(d deps, u *syncapi.User) error {
	o, err := d.output()
	if err != nil {
		return err
	}
	return output.PrintObject(d.IO, o, userColumns(), userRaw, *u)
}

// UsersDeleteOptions are the inputs of `sync users delete`.
type UsersDeleteOptions struct {
	deps
	Confirm func(question string) error
	ID      string
}

// NewCmdUsersDelete builds `sync users delete`.
func NewCmdUsersDelete(f *cmdutil.Factory, runF func(*UsersDeleteOptions) error) *cobra.Command {
	opts := &UsersDeleteOptions{deps: newDeps(f), Confirm: f.Confirm}
	return &cobra.Command{
		Use:   "delete ID",
		Short: "Delete a user and ALL of their data (credentials, accounts, transactions, attachments)",
		Example: `  mxpay sync users delete 5df859c4a7a6442757726ef4
  mxpay sync users delete 5df859c4a7a6442757726ef4 --yes`,
		Args: cmdutil.ExactArgs(1, "ID"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.ID = args[0]
			if runF != nil {
				return runF(opts)
			}
			return explain(usersDeleteRun(cmd.Context(), opts))
		},
	}
}

func usersDeleteRun(ctx context.Context, opts *UsersDeleteOptions) error {
	if err := opts.Confirm(opts.IO.T("Delete Sync user %s and ALL of their data (credentials, accounts, transactions, attachments)? This cannot be undone.", opts.ID)); err != nil {
		return err
	}
	c, err := opts.Sync()
	if err != nil {
		return err
	}
	if err := c.DeleteUser(ctx, opts.ID); err != nil {
		return err
	}
	fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("Deleted user %s and all of their data.", opts.ID))
	return nil
}
