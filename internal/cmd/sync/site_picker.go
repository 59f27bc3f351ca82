package sync

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	syncapi "github.com/mxpay/mxpay/internal/sync"
)

// siteGroup is one organization (a bank, the SAT) and its sites.
type siteGroup struct {
	name  string // the organization's name, or its id when the catalogue lacks it
	sites []syncapi.Site
}

// groupSites groups sites by organization, named from the organization
// catalogue, sorted by name (sites keep the catalogue's order within).
func groupSites(sites []syncapi.Site, names map[string]string) []siteGroup {
	var groups []siteGroup
	index := map[string]int{}
	for _, s := range sites {
		i, ok := index[s.IDSiteOrganization]
		if !ok {
			name := names[s.IDSiteOrganization]
			if name == "" {
				name = s.IDSiteOrganization
			}
			i = len(groups)
			index[s.IDSiteOrganization] = i
			groups = append(groups, siteGroup{name: name})
		}
		groups[i].sites = append(groups[i].sites, s)
	}
	slices.SortStableFunc(groups, func(a, b siteGroup) int { return cmp.Compare(strings.ToLower(a.name), strings.ToLower(b.name)) })
	return groups
}

// pickSite asks on a terminal for a site of the catalogue: first the
// organization (bank), then its site unless it has only one. Both lists
// filter as the user types.
func (d deps) pickSite(ctx context.Context, c *syncapi.Client, user string) (*syncapi.Site, error) {
	var sites []syncapi.Site
	for st, err := range c.AllSites(ctx, user, syncapi.SiteFilter{ListParams: syncapi.ListParams{Limit: allPageSize}}) {
		if err != nil {
			return nil, err
		}
		sites = append(sites, st)
	}
	if len(sites) == 0 {
		return nil, cmdutil.UsageErrorf("Sync's site catalogue is empty for this user: there is no site to connect to")
	}
	groups := groupSites(sites, organizationNames(ctx, c, user))
	p := d.Prompter()
	group, chosen := groups[0], false
	if len(groups) > 1 {
		options := make([]string, len(groups))
		for i, g := range groups {
			options[i] = fmt.Sprintf("%s (%s)", g.name, d.siteCount(len(g.sites)))
		}
		i, err := p.Select(d.IO.T("Bank or institution (type to filter)"), options, "")
		if err != nil {
			return nil, err
		}
		group, chosen = groups[i], true
	}
	if chosen && len(group.sites) == 1 {
		return &group.sites[0], nil
	}
	options := make([]string, len(group.sites))
	for i, st := range group.sites {
		options[i] = fmt.Sprintf("%s (%s)", st.Name, st.IDSite)
	}
	i, err := p.Select(d.IO.T("Site at %s (type to filter)", group.name), options, "")
	if err != nil {
		return nil, err
	}
	return &group.sites[i], nil
}

func (d deps) siteCount(n int) string {
	if n == 1 {
		return d.IO.T("1 site")
	}
	return d.IO.T("%d sites", n)
}
