package sync

import (
	"context"
	"encoding/json"
	"fmt"
	"iter"
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
	cmd.AddCommand(NewCmdTransactionsList(f, nil), NewCmdTransactionsCount(f, nil))
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

// transactionFields: every column is the member of its name.
var transactionFields = syncFields{always: []string{"id_transaction"}}

// TransactionFilters are the filters of transactions list and count, as
// given: the dates are parsed when the command runs.
type TransactionFilters struct {
	User   string
	Filter syncapi.TransactionFilter // ids and flags; no dates, no paging
	// From, To, RefreshedFrom, RefreshedTo are dates (YYYY-MM-DD) or RFC 3339 times.
	From, To, RefreshedFrom, RefreshedTo string
	common                               commonFlags
}

func (o *TransactionFilters) add(cmd *cobra.Command) {
	addUserFlag(cmd, &o.User)
	o.common.add(cmd)
	cmd.Flags().StringVar(&o.Filter.IDTransaction, "transaction", "", "only this transaction `ID`")
	cmd.Flags().StringVar(&o.Filter.IDSite, "site", "", "only transactions of this site `ID`")
	cmd.Flags().StringVar(&o.Filter.IDSiteOrganization, "organization", "", "only transactions of this site organization `ID`")
	cmd.Flags().StringVar(&o.Filter.IDSiteOrganizationType, "organization-type", "", "only transactions of this organization type `ID`")
	cmd.Flags().Bool("has-attachment", false, "only transactions with attachments (--has-attachment=false: only without)")
	cmd.Flags().Bool("disabled", false, "only disabled transactions (--disabled=false: only enabled ones)")
	cmd.Flags().StringVar(&o.From, "from", "", "only transactions on or after `DATE` (YYYY-MM-DD or RFC 3339)")
	cmd.Flags().StringVar(&o.To, "to", "", "only transactions on or before `DATE` (a date includes the whole day)")
	cmd.Flags().StringVar(&o.RefreshedFrom, "refreshed-from", "", "only transactions synced on or after `DATE`")
	cmd.Flags().StringVar(&o.RefreshedTo, "refreshed-to", "", "only transactions synced on or before `DATE`")
}

// parsed reads the flags cobra cannot hold in the options directly.
func (o *TransactionFilters) parsed(cmd *cobra.Command) {
	o.Filter.Common = o.common.common()
	o.Filter.HasAttachment = boolFlag(cmd.Flags(), "has-attachment")
	o.Filter.IsDisable = boolFlag(cmd.Flags(), "disabled")
}

// filter is the whole filter, dates included.
func (o *TransactionFilters) filter() (syncapi.TransactionFilter, error) {
	f := o.Filter
	var err error
	if f.DTTransactionFrom, f.DTTransactionTo, err = dateRange("from", o.From, "to", o.To); err != nil {
		return f, err
	}
	f.DTRefreshFrom, f.DTRefreshTo, err = dateRange("refreshed-from", o.RefreshedFrom, "refreshed-to", o.RefreshedTo)
	return f, err
}

// TransactionsListOptions are the inputs of `sync transactions list`.
type TransactionsListOptions struct {
	deps
	TransactionFilters
	Page   pageFlags
	Totals bool
}

// NewCmdTransactionsList builds `sync transactions list`.
func NewCmdTransactionsList(f *cmdutil.Factory, runF func(*TransactionsListOptions) error) *cobra.Command {
	opts := &TransactionsListOptions{deps: newDeps(f)}
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
			opts.parsed(cmd)
			if runF != nil {
				return runF(opts)
			}
			return explain(transactionsListRun(cmd.Context(), opts))
		},
	}
	opts.add(cmd)
	opts.Page.add(cmd, "transactions", "dt_transaction,desc")
	cmdutil.AddTotalsFlag(cmd, &opts.Totals)
	cmdutil.SetFields(cmd, output.ColumnNames(transactionColumns())...)
	return cmd
}

func transactionsListRun(ctx context.Context, opts *TransactionsListOptions) error {
	if err := opts.Page.check(); err != nil {
		return err
	}
	filter, err := opts.filter()
	if err != nil {
		return err
	}
	c, user, err := opts.connect(ctx, opts.User)
	if err != nil {
		return err
	}
	filter.ListParams = opts.Page.params()
	if filter.Fields, err = opts.fieldsParam(transactionFields); err != nil {
		return err
	}
	return printList(ctx, opts.deps, opts.Page.every(), transactionColumns(), transactionRaw, listing[syncapi.Transaction]{
		page: func(ctx context.Context) ([]syncapi.Transaction, error) { return c.Transactions(ctx, user, filter) },
		all: func(ctx context.Context) iter.Seq2[syncapi.Transaction, error] {
			return c.AllTransactions(ctx, user, filter)
		},
		count:  func(ctx context.Context) (int, error) { return c.CountTransactions(ctx, user, filter) },
		noun:   opts.IO.Text("transactions"),
		totals: cmdutil.TotalsIf(opts.Totals, output.Totals{Amount: "amount", Currency: "currency"}),
	})
}

// TransactionsCountOptions are the inputs of `sync transactions count`.
type TransactionsCountOptions struct {
	deps
	TransactionFilters
}

// NewCmdTransactionsCount builds `sync transactions count`.
func NewCmdTransactionsCount(f *cmdutil.Factory, runF func(*TransactionsCountOptions) error) *cobra.Command {
	opts := &TransactionsCountOptions{deps: newDeps(f)}
	cmd := &cobra.Command{
		Use:   "count",
		Short: "Count a user's transactions matching the filters",
		Example: `  mxpay sync transactions count --user 5df7e5f40437a90a8d5037a0
  mxpay sync transactions count --from 2026-01-01 --to 2026-03-31 --has-attachment -o json`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts.parsed(cmd)
			if runF != nil {
				return runF(opts)
			}
			return explain(transactionsCountRun(cmd.Context(), opts))
		},
	}
	opts.add(cmd)
	cmdutil.SetFields(cmd, "count")
	return cmd
}

func transactionsCountRun(ctx context.Context, opts *TransactionsCountOptions) error {
	filter, err := opts.filter()
	if err != nil {
		return err
	}
	c, user, err := opts.connect(ctx, opts.User)
	if err != nil {
		return err
	}
	n, err := c.CountTransactions(ctx, user, filter)
	if err != nil {
		return err
	}
	return printCount(opts.deps, n)
}

type countResult struct {
	Count int `json:"count"`
}

func countColumns() []output.Column[countResult] {
	return []output.Column[countResult]{
		{Name: "count", Header: "COUNT", Value: func(c countResult) string { return fmt.Sprint(c.Count) }},
	}
}

// printCount prints {"count": N}; the table form is the bare number, for
// shell scripts.
func printCount(d deps, n int) error {
	o, err := d.output()
	if err != nil {
		return err
	}
	if isTable(o) && !o.Filtered() && len(o.Fields) == 0 {
		_, err := fmt.Fprintln(d.IO.Out, n)
		return err
	}
	return output.PrintObject(d.IO, o, countColumns(), nil, countResult{Count: n})
}
