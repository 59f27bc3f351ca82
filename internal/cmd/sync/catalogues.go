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

func newCmdCatalogues(f *cmdutil.Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "catalogues <command>",
		Short: "Read Sync's catalogues: account and attachment types, countries, banks and their sites",
		Long: `Read the catalogues that name the ids found elsewhere: id_account_type on
accounts and transactions, id_attachment_type on attachments, id_country
and id_site_organization (the bank, or the SAT) on sites and credentials.

Catalogues are read as a user, like everything but users and webhooks:
pass --user or set sync.user. Each is read whole unless --limit or --skip
asks for one page. The site catalogue itself is ` + "`mxpay sync sites list`" + `.`,
		Args: cmdutil.NoArgs,
	}
	cmd.AddCommand(NewCmdAccountTypes(f, nil), NewCmdAttachmentTypes(f, nil), NewCmdCountries(f, nil), NewCmdOrganizations(f, nil))
	return cmd
}

// CatalogueOptions are the inputs of the catalogue lists without filters:
// account-types, attachment-types and countries.
type CatalogueOptions struct {
	deps
	User string
	Page pageFlags
}

// catalogue is how one filterless catalogue command reads and prints.
type catalogue[T any] struct {
	use, short, noun, example, order string
	columns                          []output.Column[T]
	fields                           syncFields
	raw                              func(T) json.RawMessage
	page                             func(c *syncapi.Client) func(ctx context.Context, user string, p syncapi.ListParams) ([]T, error)
	all                              func(c *syncapi.Client) func(ctx context.Context, user string, p syncapi.ListParams) iter.Seq2[T, error]
}

func (k catalogue[T]) command(f *cmdutil.Factory, runF func(*CatalogueOptions) error) *cobra.Command {
	opts := &CatalogueOptions{deps: newDeps(f)}
	cmd := &cobra.Command{
		Use:     k.use,
		Short:   k.short,
		Example: k.example,
		Args:    cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if runF != nil {
				return runF(opts)
			}
			return explain(k.run(cmd.Context(), opts))
		},
	}
	addUserFlag(cmd, &opts.User)
	opts.Page.addWhole(cmd, k.noun, k.order)
	cmdutil.SetFields(cmd, output.ColumnNames(k.columns)...)
	return cmd
}

func (k catalogue[T]) run(ctx context.Context, opts *CatalogueOptions) error {
	if err := opts.Page.check(); err != nil {
		return err
	}
	c, user, err := opts.connect(ctx, opts.User)
	if err != nil {
		return err
	}
	p := opts.Page.params()
	if p.Fields, err = opts.fieldsParam(k.fields); err != nil {
		return err
	}
	return printList(ctx, opts.deps, opts.Page.every(), k.columns, k.raw, listing[T]{
		page: func(ctx context.Context) ([]T, error) { return k.page(c)(ctx, user, p) },
		all:  func(ctx context.Context) iter.Seq2[T, error] { return k.all(c)(ctx, user, p) },
		noun: k.noun,
	})
}

// NewCmdAccountTypes builds `sync catalogues account-types`.
func NewCmdAccountTypes(f *cmdutil.Factory, runF func(*CatalogueOptions) error) *cobra.Command {
	return catalogue[syncapi.AccountType]{
		use: "account-types", short: "List the account types (what id_account_type names)", noun: "account types", order: "name",
		example: `  mxpay sync catalogues account-types
  mxpay sync catalogues account-types -o json --jq '.[] | select(.name | test("crédito"; "i")) | .id_account_type'`,
		columns: []output.Column[syncapi.AccountType]{
			{Name: "id_account_type", Header: "ID", Value: func(a syncapi.AccountType) string { return a.IDAccountType }},
			{Name: "name", Header: "NAME", Value: func(a syncapi.AccountType) string { return a.Name }},
		},
		fields: syncFields{always: []string{"id_account_type"}},
		raw:    func(a syncapi.AccountType) json.RawMessage { return a.Raw },
		page: func(c *syncapi.Client) func(context.Context, string, syncapi.ListParams) ([]syncapi.AccountType, error) {
			return c.AccountTypes
		},
		all: func(c *syncapi.Client) func(context.Context, string, syncapi.ListParams) iter.Seq2[syncapi.AccountType, error] {
			return c.AllAccountTypes
		},
	}.command(f, runF)
}

// NewCmdAttachmentTypes builds `sync catalogues attachment-types`.
func NewCmdAttachmentTypes(f *cmdutil.Factory, runF func(*CatalogueOptions) error) *cobra.Command {
	return catalogue[syncapi.AttachmentType]{
		use: "attachment-types", short: "List the attachment types (what id_attachment_type names)", noun: "attachment types", order: "name",
		example: `  mxpay sync catalogues attachment-types
  mxpay sync catalogues attachment-types --fields id_attachment_type,name -o csv`,
		columns: []output.Column[syncapi.AttachmentType]{
			{Name: "id_attachment_type", Header: "ID", Value: syncapi.AttachmentType.ID},
			{Name: "name", Header: "NAME", Value: func(a syncapi.AttachmentType) string { return a.Name }},
		},
		fields: syncFields{always: []string{"id_attachment_type"}},
		raw:    func(a syncapi.AttachmentType) json.RawMessage { return a.Raw },
		page: func(c *syncapi.Client) func(context.Context, string, syncapi.ListParams) ([]syncapi.AttachmentType, error) {
			return c.AttachmentTypes
		},
		all: func(c *syncapi.Client) func(context.Context, string, syncapi.ListParams) iter.Seq2[syncapi.AttachmentType, error] {
			return c.AllAttachmentTypes
		},
	}.command(f, runF)
}

// NewCmdCountries builds `sync catalogues countries`.
func NewCmdCountries(f *cmdutil.Factory, runF func(*CatalogueOptions) error) *cobra.Command {
	return catalogue[syncapi.Country]{
		use: "countries", short: "List the countries Sync has sites in (what id_country names)", noun: "countries", order: "code",
		example: `  mxpay sync catalogues countries
  mxpay sync catalogues countries -o json --jq '.[] | select(.code == "MX") | .id_country'`,
		columns: []output.Column[syncapi.Country]{
			{Name: "id_country", Header: "ID", Value: func(c syncapi.Country) string { return c.IDCountry }},
			{Name: "code", Header: "CODE", Value: func(c syncapi.Country) string { return c.Code }},
			{Name: "name", Header: "NAME", Value: func(c syncapi.Country) string { return c.Name }},
		},
		fields: syncFields{always: []string{"id_country"}},
		raw:    func(c syncapi.Country) json.RawMessage { return c.Raw },
		page: func(c *syncapi.Client) func(context.Context, string, syncapi.ListParams) ([]syncapi.Country, error) {
			return c.Countries
		},
		all: func(c *syncapi.Client) func(context.Context, string, syncapi.ListParams) iter.Seq2[syncapi.Country, error] {
			return c.AllCountries
		},
	}.command(f, runF)
}
