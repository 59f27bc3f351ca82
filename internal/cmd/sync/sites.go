package sync

import (
	"context"
	"encoding/json"
	"iter"
	"slices"
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

// siteFields: every column is the member of its name.
var siteFields = syncFields{always: []string{"id_site"}}

// SitesListOptions are the inputs of `sync sites list`.
type SitesListOptions struct {
	deps
	User   string
	Filter syncapi.SiteFilter // Sync's filters, without paging
	// Name and Type are mxpay's own filters: Sync has no parameter for them.
	Name, Type string
	Page       pageFlags
}

// NewCmdSitesList builds `sync sites list`.
func NewCmdSitesList(f *cmdutil.Factory, runF func(*SitesListOptions) error) *cobra.Command {
	opts := &SitesListOptions{deps: newDeps(f)}
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the sites, with the credential fields each one asks for",
		Long: `List the site catalogue: the banks and other institutions Sync connects
to, with the credential fields each one asks for.

--site, --organization and --organization-type are Sync's filters
(id_site, id_site_organization, id_site_organization_type). --name and
--type are mxpay's own: Sync has no parameter for them, so mxpay reads the
catalogue and keeps the sites whose name contains TEXT, and with
--type business the sites whose is_business is 1, with --type personal
those whose is_personal is 1 (a site can be both).

The whole catalogue is read, page by page, unless --limit or --skip asks
for one page; --name and --type then filter the rows of that page.
` + "`mxpay sync catalogues organizations --with-sites`" + ` lists the sites grouped by bank.`,
		Example: `  mxpay sync sites list
  mxpay sync sites list --name banco --type personal
  mxpay sync sites list --organization 56cf4ff5784806152c8b4567 -o json
  mxpay sync sites list --site 5da784f1f9de2a06483abec1 --fields id_site,name,credentials
  mxpay sync sites list --order name,desc --limit 10`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if runF != nil {
				return runF(opts)
			}
			return explain(sitesListRun(cmd.Context(), opts))
		},
	}
	addUserFlag(cmd, &opts.User)
	cmd.Flags().StringVar(&opts.Filter.IDSite, "site", "", "only the site `ID` (id_site)")
	cmd.Flags().StringVar(&opts.Filter.IDSiteOrganization, "organization", "", "only sites of the organization `ID` (id_site_organization)")
	cmd.Flags().StringVar(&opts.Filter.IDSiteOrganizationType, "organization-type", "", "only sites of the organization type `ID` (id_site_organization_type)")
	cmd.Flags().StringVar(&opts.Name, "name", "", "only sites whose name contains `TEXT` (any case; applied by mxpay)")
	cmd.Flags().StringVar(&opts.Type, "type", "", "only sites for `TYPE` users: business (is_business is 1) or personal (is_personal is 1); applied by mxpay")
	opts.Page.addWhole(cmd, "sites", "name,desc")
	cmdutil.SetFields(cmd, output.ColumnNames(siteColumns())...)
	return cmd
}

func sitesListRun(ctx context.Context, opts *SitesListOptions) error {
	if opts.Type != "" && opts.Type != "business" && opts.Type != "personal" {
		return cmdutil.UsageErrorf("--type must be business or personal, not %q", opts.Type)
	}
	if err := opts.Page.check(); err != nil {
		return err
	}
	c, user, err := opts.connect(ctx, opts.User)
	if err != nil {
		return err
	}
	filter := opts.Filter
	filter.ListParams = opts.Page.params()
	if filter.Fields, err = opts.fieldsParam(siteFields, opts.needs()...); err != nil {
		return err
	}
	matching := func(sites []syncapi.Site, err error) ([]syncapi.Site, error) {
		return slices.DeleteFunc(sites, func(s syncapi.Site) bool { return !opts.matches(s) }), err
	}
	return printList(ctx, opts.deps, opts.Page.every(), siteColumns(), func(s syncapi.Site) json.RawMessage { return s.Raw }, listing[syncapi.Site]{
		page: func(ctx context.Context) ([]syncapi.Site, error) { return matching(c.Sites(ctx, user, filter)) },
		all: func(ctx context.Context) iter.Seq2[syncapi.Site, error] {
			return func(yield func(syncapi.Site, error) bool) {
				for s, err := range c.AllSites(ctx, user, filter) {
					if err == nil && !opts.matches(s) {
						continue
					}
					if !yield(s, err) || err != nil {
						return
					}
				}
			}
		},
		noun: "sites",
	})
}

// needs are the members mxpay's own filters read.
func (opts *SitesListOptions) needs() []string {
	var m []string
	if opts.Name != "" {
		m = append(m, "name")
	}
	switch opts.Type {
	case "business":
		m = append(m, "is_business")
	case "personal":
		m = append(m, "is_personal")
	}
	return m
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
