package sync

import (
	"context"
	"strings"

	"github.com/mxpay/mxpay/internal/output"
	syncapi "github.com/mxpay/mxpay/internal/sync"
)

// Names from the catalogues are a courtesy to the reader of a table or a
// prompt: each catalogue is read at most once per run, when first needed,
// and when it cannot be read the ids are shown instead.

// attachmentTypeNames names attachment type ids from the attachment-type
// catalogue, read at the first call.
func attachmentTypeNames(ctx context.Context, c *syncapi.Client, user string) func(id string) string {
	var names map[string]string
	return func(id string) string {
		if names == nil {
			names = map[string]string{}
			for t, err := range c.AllAttachmentTypes(ctx, user, syncapi.ListParams{Limit: allPageSize}) {
				if err != nil {
					break
				}
				names[t.ID()] = t.Name
			}
		}
		if n := names[id]; n != "" {
			return n
		}
		return id
	}
}

// organizationNames maps site organization ids to names.
func organizationNames(ctx context.Context, c *syncapi.Client, user string) map[string]string {
	names := map[string]string{}
	for o, err := range c.AllOrganizations(ctx, user, syncapi.OrganizationFilter{ListParams: syncapi.ListParams{Limit: allPageSize}}) {
		if err != nil {
			break
		}
		names[o.IDSiteOrganization] = o.Name
	}
	return names
}

// isTable reports output printed as a table (the default; --jq prints
// JSON).
func isTable(o output.Options) bool {
	f := strings.ToLower(strings.TrimSpace(o.Format))
	return (f == "" || f == output.FormatTable) && !o.Filtered()
}
