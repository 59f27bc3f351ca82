package sync

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/output"
	syncapi "github.com/mxpay/mxpay/internal/sync"
	"github.com/spf13/cobra"
)

func newCmdCredentials(f *cmdutil.Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "credentials <command>",
		Short: "Register, follow and delete a user's bank and SAT credentials",
		Args:  cmdutil.NoArgs,
	}
	cmd.AddCommand(NewCmdCredentialsList(f, nil), NewCmdCredentialsCreate(f, nil), NewCmdCredentialsDelete(f, nil), NewCmdCredentialsStatus(f, nil))
	return cmd
}

// credentialRow is a credential with its site's name from the catalogue.
type credentialRow struct {
	syncapi.Credential
	site string
}

func credentialColumns() []output.Column[credentialRow] {
	return []output.Column[credentialRow]{
		{Name: "id_credential", Header: "ID", Value: func(c credentialRow) string { return c.IDCredential }},
		{Name: "id_site", Header: "SITE", Value: func(c credentialRow) string {
			if c.site != "" {
				return c.site
			}
			return c.IDSite
		}},
		{Name: "username", Header: "USERNAME", Value: func(c credentialRow) string { return c.Username }},
		{Name: "code", Header: "CODE", Value: func(c credentialRow) string { return fmt.Sprint(c.Code) }},
		{Name: "status", Header: "STATUS", Value: func(c credentialRow) string { return syncapi.Stage(c.Code) }, Words: true},
		{Name: "dt_refresh", Header: "REFRESHED", Value: func(c credentialRow) string { return epoch(c.DTRefresh) }},
	}
}

func credentialRaw(c credentialRow) json.RawMessage { return c.Raw }

// CredentialsListOptions are the inputs of `sync credentials list`.
type CredentialsListOptions struct {
	deps
	User string
}

// NewCmdCredentialsList builds `sync credentials list`.
func NewCmdCredentialsList(f *cmdutil.Factory, runF func(*CredentialsListOptions) error) *cobra.Command {
	opts := &CredentialsListOptions{deps: newDeps(f)}
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List a user's credentials and the code of their latest sync",
		Example: `  mxpay sync credentials list --user 5df859c4a7a6442757726ef4
  mxpay sync credentials list -o json --jq '.[] | select(.code != 200) | .id_credential'`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if runF != nil {
				return runF(opts)
			}
			return explain(credentialsListRun(cmd.Context(), opts))
		},
	}
	addUserFlag(cmd, &opts.User)
	return cmd
}

func credentialsListRun(ctx context.Context, opts *CredentialsListOptions) error {
	o, err := opts.output()
	if err != nil {
		return err
	}
	list, err := output.NewList(opts.IO, o, credentialColumns(), credentialRaw)
	if err != nil {
		return err
	}
	c, user, err := opts.connect(ctx, opts.User)
	if err != nil {
		return err
	}
	var names map[string]string
	for cr, err := range c.AllCredentials(ctx, user, syncapi.ListParams{}) {
		if err != nil {
			return err
		}
		if names == nil {
			names = siteNames(ctx, c, user)
		}
		if err := list.Add(credentialRow{Credential: cr, site: names[cr.IDSite]}); err != nil {
			return err
		}
	}
	return list.Close()
}

// siteNames maps site ids to names. They are a courtesy: without them the
// ids are shown.
func siteNames(ctx context.Context, c *syncapi.Client, user string) map[string]string {
	names := map[string]string{}
	for st, err := range c.AllSites(ctx, user, syncapi.SiteFilter{}) {
		if err != nil {
			break
		}
		names[st.IDSite] = st.Name
	}
	return names
}

// CredentialsDeleteOptions are the inputs of `sync credentials delete`.
type CredentialsDeleteOptions struct {
	deps
	Confirm  func(question string) error
	User, ID string
}

// NewCmdCredentialsDelete builds `sync credentials delete`.
func NewCmdCredentialsDelete(f *cmdutil.Factory, runF func(*CredentialsDeleteOptions) error) *cobra.Command {
	opts := &CredentialsDeleteOptions{deps: newDeps(f), Confirm: f.Confirm}
	cmd := &cobra.Command{
		Use:   "delete ID",
		Short: "Delete a credential with its accounts and transactions",
		Example: `  mxpay sync credentials delete 5e17c432d7288d358a039141 --user 5df859c4a7a6442757726ef4
  mxpay sync credentials delete 5e17c432d7288d358a039141 --yes`,
		Args: cmdutil.ExactArgs(1, "ID"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.ID = args[0]
			if runF != nil {
				return runF(opts)
			}
			return explain(credentialsDeleteRun(cmd.Context(), opts))
		},
	}
	addUserFlag(cmd, &opts.User)
	return cmd
}

func credentialsDeleteRun(ctx context.Context, opts *CredentialsDeleteOptions) error {
	c, user, err := opts.connect(ctx, opts.User)
	if err != nil {
		return err
	}
	if err := opts.Confirm(opts.IO.T("Delete credential %s with its accounts, transactions and attachments?", opts.ID)); err != nil {
		return err
	}
	if err := c.DeleteCredential(ctx, user, opts.ID); err != nil {
		return err
	}
	fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("Deleted credential %s.", opts.ID))
	return nil
}
