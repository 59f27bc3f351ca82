package sync

import (
	"context"
	"encoding/json"
	"iter"

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
	cmd.AddCommand(NewCmdAccountsList(f, nil))
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

// accountFields: the site column shows the site's name, else its id.
var accountFields = syncFields{always: []string{"id_account"}, members: map[string][]string{"site": {"site", "id_site"}}}

// AccountsListOptions are the inputs of `sync accounts list`.
type AccountsListOptions struct {
	deps
	User   string
	Filter syncapi.AccountFilter // without paging
	Page   pageFlags
	Totals bool
}

// NewCmdAccountsList builds `sync accounts list`.
func NewCmdAccountsList(f *cmdutil.Factory, runF func(*AccountsListOptions) error) *cobra.Command {
	opts := &AccountsListOptions{deps: newDeps(f)}
	var common commonFlags
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
			opts.Filter.Common = common.common()
			opts.Filter.IsDisable = boolFlag(cmd.Flags(), "disabled")
			if runF != nil {
				return runF(opts)
			}
			return explain(accountsListRun(cmd.Context(), opts))
		},
	}
	addUserFlag(cmd, &opts.User)
	common.add(cmd)
	cmd.Flags().StringVar(&opts.Filter.IDSite, "site", "", "only accounts of this site `ID`")
	cmd.Flags().StringVar(&opts.Filter.IDSiteOrganization, "organization", "", "only accounts of this site organization `ID`")
	cmd.Flags().StringVar(&opts.Filter.IDSiteOrganizationType, "organization-type", "", "only accounts of this organization type `ID`")
	cmd.Flags().Bool("disabled", false, "only disabled accounts (--disabled=false: only enabled ones)")
	opts.Page.add(cmd, "accounts", "dt_refresh,desc")
	cmdutil.AddTotalsFlag(cmd, &opts.Totals)
	cmdutil.SetFields(cmd, output.ColumnNames(accountColumns())...)
	return cmd
}

func accountsListRun(ctx context.Context, opts *AccountsListOptions) error {
	if err := opts.Page.check(); err != nil {
		return err
	}
	c, user, err := opts.connect(ctx, opts.User)
	if err != nil {
		return err
	}
	filter := opts.Filter
	filter.ListParams = opts.Page.params()
	if filter.Fields, err = opts.fieldsParam(accountFields); err != nil {
		return err
	}
	return printList(ctx, opts.deps, opts.Page.every(), accountColumns(), accountRaw, listing[syncapi.Account]{
		page:   func(ctx context.Context) ([]syncapi.Account, error) { return c.Accounts(ctx, user, filter) },
		all:    func(ctx context.Context) iter.Seq2[syncapi.Account, error] { return c.AllAccounts(ctx, user, filter) },
		noun:   opts.IO.Text("accounts"),
		totals: cmdutil.TotalsIf(opts.Totals, output.Totals{Amount: "balance", Currency: "currency"}),
	})
}
