package sync

import (
	"context"
	"encoding/json"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/output"
	syncapi "github.com/mxpay/mxpay/internal/sync"
	"github.com/spf13/cobra"
)

func newCmdAccounts(f *cmdutil.Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "accounts <command>",
		Short: "Read the accounts a user's credentials found",
		Args:  cmdutil.NoArgs,
	}
	cmd.AddCommand(newCmdAccountsList(f))
	return cmd
}

func accountColumns() []output.Column[syncapi.Account] {
	return []output.Column[syncapi.Account]{
		{Name: "id_account", Header: "ID", Value: func(a syncapi.Account) string { return a.IDAccount }},
		{Name: "site", Header: "SITE", Value: func(a syncapi.Account) string {
			if a.Site == nil {
				return a.IDSite
			}
			return a.Site.Name
		}},
		{Name: "name", Header: "NAME", Value: func(a syncapi.Account) string { return a.Name }},
		{Name: "number", Header: "NUMBER", Value: func(a syncapi.Account) string { return a.Number }},
		{Name: "balance", Header: "BALANCE", Value: func(a syncapi.Account) string { return amount(a.Balance) }},
		{Name: "currency", Header: "CURRENCY", Value: func(a syncapi.Account) string { return a.Currency }},
		{Name: "dt_refresh", Header: "REFRESHED", Value: func(a syncapi.Account) string { return epoch(a.DTRefresh) }},
		{Name: "id_credential", Header: "CREDENTIAL", Value: func(a syncapi.Account) string { return a.IDCredential }},
	}
}

func accountRaw(a syncapi.Account) json.RawMessage { return a.Raw }

type accountsListOptions struct {
	user                        string
	common                      commonFlags
	site, organization, orgType string
	page                        pageFlags
}

func newCmdAccountsList(f *cmdutil.Factory) *cobra.Command {
	opts := &accountsListOptions{}
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List a user's accounts with their balances",
		Long: `List the accounts a user's credentials found, with their balances.

Account numbers are shown masked, as Sync sends them. Balances are exact.`,
		Example: `  mxpay sync accounts list --user 5df7e5f40437a90a8d5037a0
  mxpay sync accounts list --credential 5e1d5734e849507b770c5007 -o json
  mxpay sync accounts list --disabled=false --fields id_account,name,balance -o csv`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return explain(runAccountsList(cmd, f, opts))
		},
	}
	addUserFlag(cmd, &opts.user)
	opts.common.add(cmd)
	cmd.Flags().StringVar(&opts.site, "site", "", "only accounts of this site `ID`")
	cmd.Flags().StringVar(&opts.organization, "organization", "", "only accounts of this site organization `ID`")
	cmd.Flags().StringVar(&opts.orgType, "organization-type", "", "only accounts of this organization type `ID`")
	cmd.Flags().Bool("disabled", false, "only disabled accounts (--disabled=false: only enabled ones)")
	opts.page.add(cmd, "accounts", "dt_refresh,desc")
	cmdutil.SetFields(cmd, output.ColumnNames(accountColumns())...)
	return cmd
}

func runAccountsList(cmd *cobra.Command, f *cmdutil.Factory, opts *accountsListOptions) error {
	if err := opts.page.check(); err != nil {
		return err
	}
	s, err := connect(f)
	if err != nil {
		return err
	}
	user, err := s.user(cmd.Context(), opts.user)
	if err != nil {
		return err
	}
	filter := syncapi.AccountFilter{
		Common: opts.common.common(), IDSite: opts.site, IDSiteOrganization: opts.organization,
		IDSiteOrganizationType: opts.orgType, IsDisable: boolFlag(cmd.Flags(), "disabled"), ListParams: opts.page.params(),
	}
	fetch := func(ctx context.Context, skip, limit int) ([]syncapi.Account, error) {
		req := filter // a copy: pages may be read concurrently
		req.Skip, req.Limit = skip, limit
		return s.client.Accounts(ctx, user, req)
	}
	return printList(cmd, f, &opts.page, accountColumns(), accountRaw, fetch,
		func(a syncapi.Account) string { return a.IDAccount }, nil, "accounts")
}
