package sync

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/output"
	syncapi "github.com/mxpay/mxpay/internal/sync"
	"github.com/spf13/cobra"
)

func newCmdTransactions(f *cmdutil.Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "transactions <command>",
		Short: "Read and count a user's transactions",
		Args:  cmdutil.NoArgs,
	}
	cmd.AddCommand(newCmdTransactionsList(f), newCmdTransactionsCount(f))
	return cmd
}

func ref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func transactionColumns() []output.Column[syncapi.Transaction] {
	return []output.Column[syncapi.Transaction]{
		{Name: "id_transaction", Header: "ID", Value: func(t syncapi.Transaction) string { return t.IDTransaction }},
		{Name: "dt_transaction", Header: "DATE", Value: func(t syncapi.Transaction) string { return dateCol(t.DTTransaction) }},
		{Name: "description", Header: "DESCRIPTION", Value: func(t syncapi.Transaction) string { return t.Description }},
		{Name: "amount", Header: "AMOUNT", Value: func(t syncapi.Transaction) string { return amount(t.Amount) }},
		{Name: "currency", Header: "CURRENCY", Value: func(t syncapi.Transaction) string { return t.Currency }},
		{Name: "id_account", Header: "ACCOUNT", Value: func(t syncapi.Transaction) string { return t.IDAccount }},
		{Name: "reference", Header: "REFERENCE", Value: func(t syncapi.Transaction) string { return ref(t.Reference) }},
		{Name: "attachments", Header: "ATTACHMENTS", Value: func(t syncapi.Transaction) string { return strconv.Itoa(len(t.Attachments)) }},
		{Name: "dt_refresh", Header: "REFRESHED", Value: func(t syncapi.Transaction) string { return epoch(t.DTRefresh) }},
	}
}

func transactionRaw(t syncapi.Transaction) json.RawMessage { return t.Raw }

// transactionFlags are the filters of transactions list and count.
type transactionFlags struct {
	user                                 string
	common                               commonFlags
	id, site, organization, orgType      string
	from, to, refreshedFrom, refreshedTo string
}

func (o *transactionFlags) add(cmd *cobra.Command) {
	addUserFlag(cmd, &o.user)
	o.common.add(cmd)
	cmd.Flags().StringVar(&o.id, "transaction", "", "only this transaction `ID`")
	cmd.Flags().StringVar(&o.site, "site", "", "only transactions of this site `ID`")
	cmd.Flags().StringVar(&o.organization, "organization", "", "only transactions of this site organization `ID`")
	cmd.Flags().StringVar(&o.orgType, "organization-type", "", "only transactions of this organization type `ID`")
	cmd.Flags().Bool("has-attachment", false, "only transactions with attachments (--has-attachment=false: only without)")
	cmd.Flags().Bool("disabled", false, "only disabled transactions (--disabled=false: only enabled ones)")
	cmd.Flags().StringVar(&o.from, "from", "", "only transactions on or after `DATE` (YYYY-MM-DD or RFC 3339)")
	cmd.Flags().StringVar(&o.to, "to", "", "only transactions on or before `DATE` (a date includes the whole day)")
	cmd.Flags().StringVar(&o.refreshedFrom, "refreshed-from", "", "only transactions synced on or after `DATE`")
	cmd.Flags().StringVar(&o.refreshedTo, "refreshed-to", "", "only transactions synced on or before `DATE`")
}

func (o *transactionFlags) filter(cmd *cobra.Command) (syncapi.TransactionFilter, error) {
	f := syncapi.TransactionFilter{
		Common: o.common.common(), IDTransaction: o.id, IDSite: o.site, IDSiteOrganization: o.organization,
		IDSiteOrganizationType: o.orgType, HasAttachment: boolFlag(cmd.Flags(), "has-attachment"),
		IsDisable: boolFlag(cmd.Flags(), "disabled"),
	}
	var err error
	if f.DTTransactionFrom, f.DTTransactionTo, err = dateRange("from", o.from, "to", o.to); err != nil {
		return f, err
	}
	f.DTRefreshFrom, f.DTRefreshTo, err = dateRange("refreshed-from", o.refreshedFrom, "refreshed-to", o.refreshedTo)
	return f, err
}

type transactionsListOptions struct {
	transactionFlags
	page pageFlags
}

func newCmdTransactionsList(f *cmdutil.Factory) *cobra.Command {
	opts := &transactionsListOptions{}
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List a user's transactions, one page or all of them",
		Long: `List a user's transactions. Amounts are exact (negative for charges).

With --all every page is read and each row printed as it arrives, so a
million transactions go to a CSV file with flat memory; on a terminal a
progress bar on stderr counts the rows fetched out of the total.`,
		Example: `  mxpay sync transactions list --user 5df7e5f40437a90a8d5037a0 --limit 20
  mxpay sync transactions list --account 5703f88223428348328b45db --from 2026-01-01 --to 2026-01-31
  mxpay sync transactions list --all -o csv > transactions.csv
  mxpay sync transactions list --all --has-attachment --order dt_transaction,desc -o jsonl`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return explain(runTransactionsList(cmd, f, opts))
		},
	}
	opts.add(cmd)
	opts.page.add(cmd, "transactions", "dt_transaction,desc")
	cmdutil.SetFields(cmd, output.ColumnNames(transactionColumns())...)
	return cmd
}

func runTransactionsList(cmd *cobra.Command, f *cmdutil.Factory, opts *transactionsListOptions) error {
	if err := opts.page.check(); err != nil {
		return err
	}
	filter, err := opts.filter(cmd)
	if err != nil {
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
	filter.ListParams = opts.page.params()
	fetch := func(ctx context.Context, skip, limit int) ([]syncapi.Transaction, error) {
		req := filter // a copy: pages may be read concurrently
		req.Skip, req.Limit = skip, limit
		return s.client.Transactions(ctx, user, req)
	}
	count := func(ctx context.Context) (int, error) { return s.client.CountTransactions(ctx, user, filter) }
	return printList(cmd, f, &opts.page, transactionColumns(), transactionRaw, fetch,
		func(t syncapi.Transaction) string { return t.IDTransaction }, count, "transactions")
}

func newCmdTransactionsCount(f *cmdutil.Factory) *cobra.Command {
	opts := &transactionFlags{}
	cmd := &cobra.Command{
		Use:   "count",
		Short: "Count a user's transactions matching the filters",
		Example: `  mxpay sync transactions count --user 5df7e5f40437a90a8d5037a0
  mxpay sync transactions count --from 2026-01-01 --to 2026-03-31 --has-attachment -o json`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			filter, err := opts.filter(cmd)
			if err != nil {
				return err
			}
			return explain(printCount(cmd, f, opts.user, func(ctx context.Context, s *session, user string) (int, error) {
				return s.client.CountTransactions(ctx, user, filter)
			}))
		},
	}
	opts.add(cmd)
	cmdutil.SetFields(cmd, "count")
	return cmd
}

type countResult struct {
	Count int `json:"count"`
}

func countColumns() []output.Column[countResult] {
	return []output.Column[countResult]{
		{Name: "count", Header: "COUNT", Value: func(c countResult) string { return fmt.Sprint(c.Count) }},
	}
}

// printCount resolves the user, counts and prints {"count": N}; the table
// form is the bare number, for shell scripts.
func printCount(cmd *cobra.Command, f *cmdutil.Factory, userFlag string, count func(context.Context, *session, string) (int, error)) error {
	s, err := connect(f)
	if err != nil {
		return err
	}
	user, err := s.user(cmd.Context(), userFlag)
	if err != nil {
		return err
	}
	n, err := count(cmd.Context(), s, user)
	if err != nil {
		return err
	}
	settings, err := f.Settings()
	if err != nil {
		return err
	}
	if settings.Output.Format == "" || settings.Output.Format == output.FormatTable {
		if settings.Output.JQ == "" && len(settings.Output.Fields) == 0 {
			_, err := fmt.Fprintln(f.IOStreams.Out, n)
			return err
		}
	}
	return output.PrintObject(f.IOStreams, settings.Output, countColumns(), nil, countResult{Count: n})
}
