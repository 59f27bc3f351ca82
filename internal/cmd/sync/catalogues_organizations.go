package sync

import (
	"context"
	"encoding/json"
	"fmt"
	"iter"
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/output"
	syncapi "github.com/mxpay/mxpay/internal/sync"
	"github.com/spf13/cobra"
)

func organizationColumns(withSites bool) []output.Column[syncapi.Organization] {
	cols := []output.Column[syncapi.Organization]{
		{Name: "id_site_organization", Header: "ID", Value: func(o syncapi.Organization) string { return o.IDSiteOrganization }},
		{Name: "name", Header: "NAME", Value: func(o syncapi.Organization) string { return o.Name }},
		{Name: "id_site_organization_type", Header: "TYPE", Value: func(o syncapi.Organization) string { return o.IDSiteOrganizationType }},
		{Name: "id_country", Header: "COUNTRY", Value: func(o syncapi.Organization) string { return o.IDCountry }},
	}
	if !withSites {
		return cols
	}
	return append(cols, output.Column[syncapi.Organization]{Name: "sites", Header: "SITES", Value: func(o syncapi.Organization) string {
		names := make([]string, len(o.Sites))
		for i, s := range o.Sites {
			names[i] = fmt.Sprintf("%s (%s)", s.Name, s.IDSite)
		}
		return strings.Join(names, ", ")
	}})
}

func organizationRaw(o syncapi.Organization) json.RawMessage { return o.Raw }

// organizationFields: every column is the member of its name.
var organizationFields = syncFields{always: []string{"id_site_organization"}}

// OrganizationsOptions are the inputs of `sync catalogues organizations`.
type OrganizationsOptions struct {
	deps
	User      string
	Filter    syncapi.OrganizationFilter // without paging
	WithSites bool
	Page      pageFlags
}

// NewCmdOrganizations builds `sync catalogues organizations`.
func NewCmdOrganizations(f *cmdutil.Factory, runF func(*OrganizationsOptions) error) *cobra.Command {
	opts := &OrganizationsOptions{deps: newDeps(f)}
	cmd := &cobra.Command{
		Use:   "organizations",
		Short: "List the site organizations: the banks and authorities (the SAT) that own the sites",
		Long: `List the site organizations (/catalogues/site_organizations): the banks and
authorities, such as the SAT, whose sites credentials connect to.

With --with-sites each organization comes with its sites and their
credential forms (/catalogues/organizations/sites). That listing takes
Sync's filters only: it is read in one request, without --limit, --skip,
--order or --all, and --fields then picks what is printed without being
sent to Sync. In tables and csv the sites column lists "name (id_site)".

--country (id_country) is not in the PHP library's README, but in
Paybook's API reference for both listings.`,
		Example: `  mxpay sync catalogues organizations
  mxpay sync catalogues organizations --with-sites --organization-type 56cf4f5b784806cf028b4567
  mxpay sync catalogues organizations --site 5da784f1f9de2a06483abec1 -o json
  mxpay sync catalogues organizations --with-sites -o json --jq '.[] | {name, sites: [.sites[].id_site]}'`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if runF != nil {
				return runF(opts)
			}
			return explain(organizationsRun(cmd.Context(), opts))
		},
	}
	addUserFlag(cmd, &opts.User)
	cmd.Flags().StringVar(&opts.Filter.IDSite, "site", "", "only the organization of the site `ID` (id_site); with --with-sites, only that site")
	cmd.Flags().StringVar(&opts.Filter.IDSiteOrganization, "organization", "", "only the organization `ID` (id_site_organization)")
	cmd.Flags().StringVar(&opts.Filter.IDSiteOrganizationType, "organization-type", "", "only organizations of the type `ID` (id_site_organization_type)")
	cmd.Flags().StringVar(&opts.Filter.IDCountry, "country", "", "only organizations of the country `ID` (id_country, from `mxpay sync catalogues countries`)")
	cmd.Flags().BoolVar(&opts.WithSites, "with-sites", false, "list each organization with its sites (/catalogues/organizations/sites)")
	opts.Page.addWhole(cmd, "organizations", "name")
	cmdutil.SetFields(cmd, output.ColumnNames(organizationColumns(true))...)
	return cmd
}

func organizationsRun(ctx context.Context, opts *OrganizationsOptions) error {
	if err := opts.Page.check(); err != nil {
		return err
	}
	p := opts.Page
	if opts.WithSites && (p.All || p.Limit != 0 || p.Skip != 0 || p.Order != "") {
		return cmdutil.UsageErrorf("--with-sites reads /catalogues/organizations/sites, which takes no --limit, --skip, --order or --all: Sync sends it whole")
	}
	c, user, err := opts.connect(ctx, opts.User)
	if err != nil {
		return err
	}
	cols := organizationColumns(opts.WithSites)
	if opts.WithSites {
		return printList(ctx, opts.deps, false, cols, organizationRaw, listing[syncapi.Organization]{
			page: func(ctx context.Context) ([]syncapi.Organization, error) {
				return c.OrganizationSites(ctx, user, opts.Filter)
			},
		})
	}
	filter := opts.Filter
	filter.ListParams = p.params()
	if filter.Fields, err = opts.fieldsParam(organizationFields); err != nil {
		return err
	}
	return printList(ctx, opts.deps, p.every(), cols, organizationRaw, listing[syncapi.Organization]{
		page: func(ctx context.Context) ([]syncapi.Organization, error) { return c.Organizations(ctx, user, filter) },
		all: func(ctx context.Context) iter.Seq2[syncapi.Organization, error] {
			return c.AllOrganizations(ctx, user, filter)
		},
		noun: "organizations",
	})
}
