package sync

import (
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
	cmd.AddCommand(newCmdSitesList(f))
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

type sitesListOptions struct {
	user, name, organization, kind string
}

func newCmdSitesList(f *cmdutil.Factory) *cobra.Command {
	opts := &sitesListOptions{}
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the sites, with the credential fields each one asks for",
		Example: `  mxpay sync sites list
  mxpay sync sites list --name banco --type personal
  mxpay sync sites list --organization 56cf4ff5784806152c8b4567 -o json`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return explain(runSitesList(cmd, f, opts))
		},
	}
	addUserFlag(cmd, &opts.user)
	cmd.Flags().StringVar(&opts.name, "name", "", "only sites whose name contains `TEXT` (any case)")
	cmd.Flags().StringVar(&opts.organization, "organization", "", "only sites of the organization `ID` (id_site_organization)")
	cmd.Flags().StringVar(&opts.kind, "type", "", "only sites for `business` or `personal` users")
	return cmd
}

func runSitesList(cmd *cobra.Command, f *cmdutil.Factory, opts *sitesListOptions) error {
	if opts.kind != "" && opts.kind != "business" && opts.kind != "personal" {
		return cmdutil.UsageErrorf("--type must be business or personal, not %q", opts.kind)
	}
	s, err := connect(f)
	if err != nil {
		return err
	}
	settings, err := f.Settings()
	if err != nil {
		return err
	}
	list, err := output.NewList(f.IOStreams, settings.Output, siteColumns(), func(s syncapi.Site) json.RawMessage { return s.Raw })
	if err != nil {
		return err
	}
	user, err := s.user(cmd.Context(), opts.user)
	if err != nil {
		return err
	}
	sites, err := s.client.Sites(cmd.Context(), user, syncapi.SiteFilter{IDSiteOrganization: opts.organization})
	if err != nil {
		return err
	}
	for _, site := range sites {
		if !matchesSite(site, opts) {
			continue
		}
		if err := list.Add(site); err != nil {
			return err
		}
	}
	return list.Close()
}

// matchesSite applies the filters Sync has no parameter for.
func matchesSite(s syncapi.Site, opts *sitesListOptions) bool {
	if opts.name != "" && !strings.Contains(strings.ToLower(s.Name), strings.ToLower(opts.name)) {
		return false
	}
	switch opts.kind {
	case "business":
		return s.IsBusiness == 1
	case "personal":
		return s.IsPersonal == 1
	}
	return true
}
