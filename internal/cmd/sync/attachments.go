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

func newCmdAttachments(f *cmdutil.Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "attachments <command>",
		Short: "List and download the documents attached to transactions (CFDI XML, PDF)",
		Args:  cmdutil.NoArgs,
	}
	cmd.AddCommand(NewCmdAttachmentsList(f, nil), NewCmdAttachmentsCount(f, nil), NewCmdAttachmentsGet(f, nil), NewCmdAttachmentsExtra(f, nil))
	return cmd
}

// attachmentColumns are the columns of attachments list; typeName names
// an attachment type id (nil: the id is shown). The last column, the
// type's name, is in tables; csv shows it only when --fields asks for it,
// so that csv consumers see the columns they always did.
func attachmentColumns(typeName func(id string) string) []output.Column[syncapi.Attachment] {
	if typeName == nil {
		typeName = func(id string) string { return id }
	}
	return []output.Column[syncapi.Attachment]{
		{Name: "id_attachment", Header: "ID", Value: func(a syncapi.Attachment) string { return a.IDAttachment }},
		{Name: "file", Header: "FILE", Value: func(a syncapi.Attachment) string { return a.File }},
		{Name: "id_transaction", Header: "TRANSACTION", Value: func(a syncapi.Attachment) string { return a.IDTransaction }},
		{Name: "id_account", Header: "ACCOUNT", Value: func(a syncapi.Attachment) string { return a.IDAccount }},
		{Name: "is_valid", Header: "VALID", Value: func(a syncapi.Attachment) string { return fmt.Sprint(a.IsValid) }},
		{Name: "keywords", Header: "KEYWORDS", Value: func(a syncapi.Attachment) string { return strings.Join(a.Keywords, " ") }},
		{Name: "dt_refresh", Header: "REFRESHED", Value: func(a syncapi.Attachment) string { return epoch(a.DTRefresh) }},
		{Name: "attachment_type", Header: "TYPE", Value: func(a syncapi.Attachment) string { return typeName(a.IDAttachmentType) }},
	}
}

// attachmentFields: the type column is made of id_attachment_type.
var attachmentFields = syncFields{always: []string{"id_attachment"}, members: map[string][]string{"attachment_type": {"id_attachment_type"}}}

func attachmentRaw(a syncapi.Attachment) json.RawMessage { return a.Raw }

// AttachmentFilters are the filters of attachments list, count and get
// --all, as given: the dates are parsed when the command runs.
type AttachmentFilters struct {
	User                       string
	Filter                     syncapi.AttachmentFilter // ids and flags; no dates, no paging
	RefreshedFrom, RefreshedTo string
	common                     commonFlags
}

func (o *AttachmentFilters) add(cmd *cobra.Command) {
	addUserFlag(cmd, &o.User)
	o.common.add(cmd)
	cmd.Flags().StringVar(&o.Filter.IDAttachmentType, "attachment-type", "", "only attachments of this type `ID`")
	cmd.Flags().StringVar(&o.Filter.IDTransaction, "transaction", "", "only attachments of this transaction `ID`")
	cmd.Flags().Bool("valid", false, "only valid documents (--valid=false: only invalid ones)")
	cmd.Flags().StringVar(&o.RefreshedFrom, "refreshed-from", "", "only attachments synced on or after `DATE` (YYYY-MM-DD or RFC 3339)")
	cmd.Flags().StringVar(&o.RefreshedTo, "refreshed-to", "", "only attachments synced on or before `DATE`")
}

// parsed reads the flags cobra cannot hold in the options directly.
func (o *AttachmentFilters) parsed(cmd *cobra.Command) {
	o.Filter.Common = o.common.common()
	o.Filter.IsValid = boolFlag(cmd.Flags(), "valid")
}

func (o *AttachmentFilters) filter() (syncapi.AttachmentFilter, error) {
	f := o.Filter
	var err error
	f.DTRefreshFrom, f.DTRefreshTo, err = dateRange("refreshed-from", o.RefreshedFrom, "refreshed-to", o.RefreshedTo)
	return f, err
}

// AttachmentsListOptions are the inputs of `sync attachments list`.
type AttachmentsListOptions struct {
	deps
	AttachmentFilters
	Page pageFlags
}

// NewCmdAttachmentsList builds `sync attachments list`.
func NewCmdAttachmentsList(f *cmdutil.Factory, runF func(*AttachmentsListOptions) error) *cobra.Command {
	opts := &AttachmentsListOptions{deps: newDeps(f)}
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List a user's attachments",
		Example: `  mxpay sync attachments list --user 5df7e5f40437a90a8d5037a0
  mxpay sync attachments list --keywords emitidas --refreshed-from 2026-01-01 -o csv
  mxpay sync attachments list --all -o jsonl | jq -r .file`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts.parsed(cmd)
			if runF != nil {
				return runF(opts)
			}
			return explain(attachmentsListRun(cmd.Context(), opts))
		},
	}
	opts.add(cmd)
	opts.Page.add(cmd, "attachments", "dt_refresh,desc")
	cmdutil.SetFields(cmd, output.ColumnNames(attachmentColumns(nil))...)
	return cmd
}

func attachmentsListRun(ctx context.Context, opts *AttachmentsListOptions) error {
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
	if filter.Fields, err = opts.fieldsParam(attachmentFields); err != nil {
		return err
	}
	o, err := opts.output()
	if err != nil {
		return err
	}
	cols := attachmentColumns(attachmentTypeNames(ctx, c, user))
	if len(o.Fields) == 0 && !isTable(o) {
		cols = cols[:len(cols)-1]
	}
	return printList(ctx, opts.deps, opts.Page.every(), cols, attachmentRaw, listing[syncapi.Attachment]{
		page: func(ctx context.Context) ([]syncapi.Attachment, error) { return c.Attachments(ctx, user, filter) },
		all: func(ctx context.Context) iter.Seq2[syncapi.Attachment, error] {
			return c.AllAttachments(ctx, user, filter)
		},
		count: func(ctx context.Context) (int, error) { return c.CountAttachments(ctx, user, filter) },
		noun:  opts.IO.Text("attachments"),
	})
}

// AttachmentsCountOptions are the inputs of `sync attachments count`.
type AttachmentsCountOptions struct {
	deps
	AttachmentFilters
}

// NewCmdAttachmentsCount builds `sync attachments count`.
func NewCmdAttachmentsCount(f *cmdutil.Factory, runF func(*AttachmentsCountOptions) error) *cobra.Command {
	opts := &AttachmentsCountOptions{deps: newDeps(f)}
	cmd := &cobra.Command{
		Use:   "count",
		Short: "Count a user's attachments matching the filters",
		Example: `  mxpay sync attachments count --user 5df7e5f40437a90a8d5037a0
  mxpay sync attachments count --keywords recibidas --valid -o json`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts.parsed(cmd)
			if runF != nil {
				return runF(opts)
			}
			return explain(attachmentsCountRun(cmd.Context(), opts))
		},
	}
	opts.add(cmd)
	cmdutil.SetFields(cmd, "count")
	return cmd
}

func attachmentsCountRun(ctx context.Context, opts *AttachmentsCountOptions) error {
	filter, err := opts.filter()
	if err != nil {
		return err
	}
	c, user, err := opts.connect(ctx, opts.User)
	if err != nil {
		return err
	}
	n, err := c.CountAttachments(ctx, user, filter)
	if err != nil {
		return err
	}
	return printCount(opts.deps, n)
}
