package sync

import (
	"context"
	"encoding/json"
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/output"
	syncapi "github.com/mxpay/mxpay/internal/sync"
	"github.com/spf13/cobra"
)

func newCmdSites(f *cmdutil.Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "sites <command>",
		Short: "Browse the catalogue of banks and other sites Sync can connect to",
		Args:  cmdutil.NoArgs,
	}
	cmd.AddCommand(NewCmdSitesList(f, nil))
	return cmd
}

func siteColumns() []output.Column[syncapi.Site] {
	return []output.Column[syncapi.Site]{
		{Name: "id_site", Header: "ID", Value: func(s syncapi.Site) string { return s.IDSite }},
		{Name: "id_site_organization", Header: "ORGANIZATION", Value: func(s syncapi.Site) string { return s.IDSiteOrganization }},
		{Name: "name", Header: "NAME", Value: func(s syncapi.Site) string { return s.Name }},
		{Name: "credentials", Header: "REQUIRED FIELDS", Value: func(s syncapi.Site) string {
			var names []string
			for _, c := range s.Credentials {
				if c.Required {
					names = append(names, c.Name)
				}
			}
			return strings.Join(names, ", ")
		}},
	}
}

// SitesListOptions are the inputs of `sync sites list`.
type SitesListOptions struct {
	deps
	User, Name, Organization, Type string
}

// NewCmdSitesList builds `sync sites list`.
func NewCmdSitesList(f *cmdutil.Factory, runF func(*SitesListOptions) error) *cobra.Command {
	opts := &SitesListOptions{deps: newDeps(f)}
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the sites, with the credential fields each one asks for",
		Example: `  mxpay sync sites list
  mxpay sync sites list --name banco --type personal
  mxpay sync sites list --organization 56cf4ff5784806152c8b4567 -o json`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if runF != nil {
				return runF(opts)
			}
			return explain(sitesListRun(cmd.Context(), opts))
		},
	}
	addUserFlag(cmd, &opts.User)
	cmd.Flags().StringVar(&opts.Name, "name", "", "only sites whose name contains `TEXT` (any case)")
	cmd.Flags().StringVar(&opts.Organization, "organization", "", "only sites of the organization `ID` (id_site_organization)")
	cmd.Flags().StringVar(&opts.Type, "type", "", "only sites for this `TYPE` of user: business or personal")
	return cmd
}

func sitesListRun(ctx context.Context, opts *SitesListOptions) error {
	if opts.Type != "" && opts.Type != "business" && opts.Type != "personal" {
		return cmdutil.UsageErrorf("--type must be business or personal, not %q", opts.Type)
	}
	o, err := opts.output()
	if err != nil {
		return err
	}
	list, err := output.NewList(opts.IO, o, siteColumns(), func(s syncapi.Site) json.RawMessage { return s.Raw })
	if err != nil {
		return err
	}
	c, user, err := opts.connect(ctx, opts.User)
	if err != nil {
		return err
	}
	for site, err := range c.AllSites(ctx, user, syncapi.SiteFilter{IDSiteOrganization: opts.Organization}) {
		if err != nil {
			return err
		}
		if !opts.matches(site) {
			continue
		}
		if err := list.Add(site); err != nil {
			return err
		}
	}
	return list.Close()
}

// matches applies the filters Sync has no parameter for.
func (opts *SitesListOptions) matches(s syncapi.Site) bool {
	if opts.Name != "" && !strings.Contains(strings.ToLower(s.Name), strings.ToLower(opts.Name)) {
		return false
	}
	switch opts.Type {
	case "business":
		return s.IsBusiness == 1
	case "personal":
		return s.IsPersonal == 1
	}
	return true
}
