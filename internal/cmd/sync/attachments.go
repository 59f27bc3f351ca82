package sync

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"
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
	cmd.AddCommand(newCmdAttachmentsList(f), newCmdAttachmentsCount(f), newCmdAttachmentsGet(f), newCmdAttachmentsExtra(f))
	return cmd
}

func attachmentColumns() []output.Column[syncapi.Attachment] {
	return []output.Column[syncapi.Attachment]{
		{Name: "id_attachment", Header: "ID", Value: func(a syncapi.Attachment) string { return a.IDAttachment }},
		{Name: "file", Header: "FILE", Value: func(a syncapi.Attachment) string { return a.File }},
		{Name: "id_transaction", Header: "TRANSACTION", Value: func(a syncapi.Attachment) string { return a.IDTransaction }},
		{Name: "id_account", Header: "ACCOUNT", Value: func(a syncapi.Attachment) string { return a.IDAccount }},
		{Name: "is_valid", Header: "VALID", Value: func(a syncapi.Attachment) string { return fmt.Sprint(a.IsValid) }},
		{Name: "keywords", Header: "KEYWORDS", Value: func(a syncapi.Attachment) string { return strings.Join(a.Keywords, " ") }},
		{Name: "dt_refresh", Header: "REFRESHED", Value: func(a syncapi.Attachment) string { return epoch(a.DTRefresh) }},
	}
}

func attachmentRaw(a syncapi.Attachment) json.RawMessage { return a.Raw }

// attachmentFlags are the filters of attachments list, count and get --all.
type attachmentFlags struct {
	user                       string
	common                     commonFlags
	kind, transaction          string
	refreshedFrom, refreshedTo string
}

func (o *attachmentFlags) add(cmd *cobra.Command) {
	addUserFlag(cmd, &o.user)
	o.common.add(cmd)
	cmd.Flags().StringVar(&o.kind, "attachment-type", "", "only attachments of this type `ID`")
	cmd.Flags().StringVar(&o.transaction, "transaction", "", "only attachments of this transaction `ID`")
	cmd.Flags().Bool("valid", false, "only valid documents (--valid=false: only invalid ones)")
	cmd.Flags().StringVar(&o.refreshedFrom, "refreshed-from", "", "only attachments synced on or after `DATE` (YYYY-MM-DD or RFC 3339)")
	cmd.Flags().StringVar(&o.refreshedTo, "refreshed-to", "", "only attachments synced on or before `DATE`")
}

func (o *attachmentFlags) filter(cmd *cobra.Command) (syncapi.AttachmentFilter, error) {
	f := syncapi.AttachmentFilter{Common: o.common.common(), IDAttachmentType: o.kind, IDTransaction: o.transaction,
		IsValid: boolFlag(cmd.Flags(), "valid")}
	var err error
	f.DTRefreshFrom, f.DTRefreshTo, err = dateRange("refreshed-from", o.refreshedFrom, "refreshed-to", o.refreshedTo)
	return f, err
}

type attachmentsListOptions struct {
	attachmentFlags
	page pageFlags
}

func newCmdAttachmentsList(f *cmdutil.Factory) *cobra.Command {
	opts := &attachmentsListOptions{}
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List a user's attachments",
		Example: `  mxpay sync attachments list --user 5df7e5f40437a90a8d5037a0
  mxpay sync attachments list --keywords emitidas --refreshed-from 2026-01-01 -o csv
  mxpay sync attachments list --all -o jsonl | jq -r .file`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := opts.page.check(); err != nil {
				return err
			}
			filter, err := opts.filter(cmd)
			if err != nil {
				return err
			}
			s, user, err := connectUser(cmd, f, opts.user)
			if err != nil {
				return explain(err)
			}
			filter.ListParams = opts.page.params()
			fetch := func(ctx context.Context, skip, limit int) ([]syncapi.Attachment, error) {
				req := filter // a copy: pages may be read concurrently
				req.Skip, req.Limit = skip, limit
				return s.client.Attachments(ctx, user, req)
			}
			count := func(ctx context.Context) (int, error) { return s.client.CountAttachments(ctx, user, filter) }
			return explain(printList(cmd, f, &opts.page, attachmentColumns(), attachmentRaw, fetch,
				func(a syncapi.Attachment) string { return a.IDAttachment }, count, "attachments"))
		},
	}
	opts.add(cmd)
	opts.page.add(cmd, "attachments", "dt_refresh,desc")
	cmdutil.SetFields(cmd, output.ColumnNames(attachmentColumns())...)
	return cmd
}

func newCmdAttachmentsCount(f *cmdutil.Factory) *cobra.Command {
	opts := &attachmentFlags{}
	cmd := &cobra.Command{
		Use:   "count",
		Short: "Count a user's attachments matching the filters",
		Example: `  mxpay sync attachments count --user 5df7e5f40437a90a8d5037a0
  mxpay sync attachments count --keywords recibidas --valid -o json`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			filter, err := opts.filter(cmd)
			if err != nil {
				return err
			}
			return explain(printCount(cmd, f, opts.user, func(ctx context.Context, s *session, user string) (int, error) {
				return s.client.CountAttachments(ctx, user, filter)
			}))
		},
	}
	opts.add(cmd)
	cmdutil.SetFields(cmd, "count")
	return cmd
}

// connectUser connects and resolves the command's user.
func connectUser(cmd *cobra.Command, f *cmdutil.Factory, flag string) (*session, string, error) {
	s, err := connect(f)
	if err != nil {
		return nil, "", err
	}
	user, err := s.user(cmd.Context(), flag)
	return s, user, err
}

// extraNode is one element of Sync's extracted tree.
type extraNode struct {
	N string            `json:"n"`
	A map[string]string `json:"a"`
	C []extraNode       `json:"c"`
}

type extraReply struct {
	IDAttachment string      `json:"id_attachment"`
	File         string      `json:"file"`
	IsValid      any         `json:"is_valid"`
	Extra        []extraNode `json:"extra"`

	raw json.RawMessage
}

func extraColumns() []output.Column[extraReply] {
	return []output.Column[extraReply]{
		{Name: "id_attachment", Header: "ID", Value: func(e extraReply) string { return e.IDAttachment }},
		{Name: "file", Header: "FILE", Value: func(e extraReply) string { return e.File }},
		{Name: "is_valid", Header: "VALID", Value: func(e extraReply) string { return fmt.Sprint(e.IsValid) }},
	}
}

func newCmdAttachmentsExtra(f *cmdutil.Factory) *cobra.Command {
	var user string
	cmd := &cobra.Command{
		Use:   "extra <attachment-id>",
		Short: "Print the data Sync extracted from an attachment",
		Long: `Print the data Sync extracted from an attachment: the document as a tree of
elements (n: name, a: attributes, c: children). JSON output is Sync's reply as is;
the table form is the tree, indented.`,
		Example: `  mxpay sync attachments extra 5db073b4caaf236a6a4c2eb5
  mxpay sync attachments extra 5db073b4caaf236a6a4c2eb5 -o json | jq '.extra[0].c[0].a.RFC'`,
		Args: cmdutil.ExactArgs(1, "an attachment ID is required"),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, u, err := connectUser(cmd, f, user)
			if err != nil {
				return explain(err)
			}
			raw, err := s.client.AttachmentExtra(cmd.Context(), u, args[0])
			if err != nil {
				return explain(err)
			}
			var x extraReply
			if err := json.Unmarshal(raw, &x); err != nil {
				return fmt.Errorf("decoding Sync's extracted data: %w", err)
			}
			x.raw = raw
			settings, err := f.Settings()
			if err != nil {
				return err
			}
			o := settings.Output
			if (o.Format == "" || o.Format == output.FormatTable) && o.JQ == "" && len(o.Fields) == 0 {
				return printTree(f.IOStreams.Out, x.Extra, 0)
			}
			return output.PrintObject(f.IOStreams, o, extraColumns(), func(e extraReply) json.RawMessage { return e.raw }, x)
		},
	}
	addUserFlag(cmd, &user)
	cmdutil.SetFields(cmd, output.ColumnNames(extraColumns())...)
	return cmd
}

// printTree writes one line per element: its name, then its attributes
// (sorted) as NAME=value, children indented below.
func printTree(w io.Writer, nodes []extraNode, depth int) error {
	for _, n := range nodes {
		keys := make([]string, 0, len(n.A))
		for k := range n.A {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		line := strings.Repeat("  ", depth) + n.N
		for _, k := range keys {
			v := n.A[k]
			if strings.ContainsAny(v, " \t") || v == "" {
				v = fmt.Sprintf("%q", v)
			}
			line += " " + k + "=" + v
		}
		if _, err := fmt.Fprintln(w, line); err != nil {
			return err
		}
		if err := printTree(w, n.C, depth+1); err != nil {
			return err
		}
	}
	return nil
}
