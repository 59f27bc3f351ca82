package sync

import (
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
	cmd.AddCommand(newCmdCredentialsList(f), newCmdCredentialsCreate(f), newCmdCredentialsDelete(f), newCmdCredentialsStatus(f))
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
		{Name: "status", Header: "STATUS", Value: func(c credentialRow) string { return syncapi.Stage(c.Code) }},
		{Name: "dt_refresh", Header: "REFRESHED", Value: func(c credentialRow) string { return epoch(c.DTRefresh) }},
	}
}

func newCmdCredentialsList(f *cmdutil.Factory) *cobra.Command {
	var user string
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List a user's credentials and the code of their latest sync",
		Example: `  mxpay sync credentials list --user 5df859c4a7a6442757726ef4
  mxpay sync credentials list -o json --jq '.[] | select(.code != 200) | .id_credential'`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := connect(f)
			if err != nil {
				return err
			}
			settings, err := f.Settings()
			if err != nil {
				return err
			}
			list, err := output.NewList(f.IOStreams, settings.Output, credentialColumns(), func(c credentialRow) json.RawMessage { return c.Raw })
			if err != nil {
				return err
			}
			id, err := s.user(cmd.Context(), user)
			if err != nil {
				return err
			}
			creds, err := s.client.Credentials(cmd.Context(), id, syncapi.ListParams{})
			if err != nil {
				return explain(err)
			}
			names := map[string]string{}
			if len(creds) > 0 {
				// Names are a courtesy; the ids are shown without them.
				if sites, err := s.client.Sites(cmd.Context(), id, syncapi.SiteFilter{}); err == nil {
					for _, st := range sites {
						names[st.IDSite] = st.Name
					}
				}
			}
			for _, c := range creds {
				if err := list.Add(credentialRow{Credential: c, site: names[c.IDSite]}); err != nil {
					return err
				}
			}
			return list.Close()
		},
	}
	addUserFlag(cmd, &user)
	return cmd
}

func newCmdCredentialsDelete(f *cmdutil.Factory) *cobra.Command {
	var user string
	cmd := &cobra.Command{
		Use:   "delete ID",
		Short: "Delete a credential with its accounts and transactions",
		Example: `  mxpay sync credentials delete 5e17c432d7288d358a039141 --user 5df859c4a7a6442757726ef4
  mxpay sync credentials delete 5e17c432d7288d358a039141 --yes`,
		Args: cmdutil.ExactArgs(1, "ID"),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := connect(f)
			if err != nil {
				return err
			}
			id, err := s.user(cmd.Context(), user)
			if err != nil {
				return err
			}
			if err := f.Confirm(fmt.Sprintf("Delete credential %s with its accounts, transactions and attachments?", args[0])); err != nil {
				return err
			}
			if err := s.client.DeleteCredential(cmd.Context(), id, args[0]); err != nil {
				return explain(err)
			}
			fmt.Fprintf(f.IOStreams.ErrOut, "Deleted credential %s.\n", args[0])
			return nil
		},
	}
	addUserFlag(cmd, &user)
	return cmd
}

func jobColumns() []output.Column[syncapi.JobStatus] {
	return []output.Column[syncapi.JobStatus]{
		{Name: "code", Header: "CODE", Value: func(j syncapi.JobStatus) string { return fmt.Sprint(j.Code) }},
		{Name: "stage", Header: "STAGE", Value: func(j syncapi.JobStatus) string { return syncapi.Stage(j.Code) }},
	}
}

func newCmdCredentialsStatus(f *cmdutil.Factory) *cobra.Command {
	var user string
	var watch bool
	cmd := &cobra.Command{
		Use:   "status JOB_ID",
		Short: "Show the codes a sync job went through, newest last",
		Long: `Show the codes a sync job went through, newest last.

With --watch it waits until the job ends (or asks for a two-factor code)
and exits like ` + "`credentials create`" + `: 0 on success, 5 when the site
refused, 4 when the provider failed.`,
		Example: `  mxpay sync credentials status 5e17c4325d4f6077171c0254
  mxpay sync credentials status 5e17c4325d4f6077171c0254 --watch`,
		Args: cmdutil.ExactArgs(1, "JOB_ID"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return explain(runStatus(cmd, f, user, args[0], watch))
		},
	}
	addUserFlag(cmd, &user)
	cmd.Flags().BoolVar(&watch, "watch", false, "wait until the job ends or asks for a two-factor code")
	return cmd
}

func runStatus(cmd *cobra.Command, f *cmdutil.Factory, user, job string, watch bool) error {
	s, err := connect(f)
	if err != nil {
		return err
	}
	settings, err := f.Settings()
	if err != nil {
		return err
	}
	id, err := s.user(cmd.Context(), user)
	if err != nil {
		return err
	}
	if watch {
		if _, err := s.follow(cmd.Context(), id, job, -1, nil); err != nil {
			return err
		}
	}
	history, err := s.client.JobStatuses(cmd.Context(), id, job)
	if err != nil {
		return err
	}
	list, err := output.NewList(f.IOStreams, settings.Output, jobColumns(), func(j syncapi.JobStatus) json.RawMessage { return j.Raw })
	if err != nil {
		return err
	}
	for _, h := range history {
		if err := list.Add(h); err != nil {
			return err
		}
	}
	if err := list.Close(); err != nil {
		return err
	}
	if len(history) == 0 {
		return nil
	}
	last := history[len(history)-1].Code
	if last == syncapi.CodeTwofa {
		fmt.Fprintf(f.IOStreams.ErrOut, "The job is waiting for a two-factor code: run `mxpay sync twofa %s`.\n", job)
		return nil
	}
	if watch {
		return finalError(job, last)
	}
	return nil
}
