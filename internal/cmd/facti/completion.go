package facti

import (
	"context"
	"strings"
	"time"

	"github.com/mxpay/mxpay/internal/facti"
	"github.com/spf13/cobra"
)

// maxCompletions bounds how many ids a completion offers.
const maxCompletions = 200

// completePaymentIDs completes a payment id from the profile's company,
// through the one paging method; status "0" offers pending payments only.
// Completion prints nothing on failure.
func completePaymentIDs(deps clients, status string) cobra.CompletionFunc {
	return func(_ *cobra.Command, args []string, typed string) ([]string, cobra.ShellCompDirective) {
		noFiles := cobra.ShellCompDirectiveNoFileComp
		if len(args) > 0 {
			return nil, noFiles
		}
		company, err := setting(deps.Settings, "", "facti.company_id")
		if err != nil || company == "" {
			return nil, noFiles
		}
		c, err := deps.Facti()
		if err != nil {
			return nil, noFiles
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		var ids []string
		for p, err := range c.Payments(ctx, facti.ListFilter{CompanyID: company, Status: status}) {
			if err != nil || len(ids) == maxCompletions {
				break
			}
			if id := string(p.ID); strings.HasPrefix(id, typed) {
				ids = append(ids, id+"\t"+readerOf(deps.IO).T("folio %s, %s, %v", string(p.Folio), p.TotalAmount.Format(), facti.StatusWord(&p)))
			}
		}
		return ids, noFiles
	}
}
