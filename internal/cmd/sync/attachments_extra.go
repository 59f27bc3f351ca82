package sync

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/spf13/cobra"
)

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

// AttachmentsExtraOptions are the inputs of `sync attachments extra`.
type AttachmentsExtraOptions struct {
	deps
	User, ID string
}

// NewCmdAttachmentsExtra builds `sync attachments extra`.
func NewCmdAttachmentsExtra(f *cmdutil.Factory, runF func(*AttachmentsExtraOptions) error) *cobra.Command {
	opts := &AttachmentsExtraOptions{deps: newDeps(f)}
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
			opts.ID = args[0]
			if runF != nil {
				return runF(opts)
			}
			return explain(attachmentsExtraRun(cmd.Context(), opts))
		},
	}
	addUserFlag(cmd, &opts.User)
	cmdutil.SetFields(cmd, output.ColumnNames(extraColumns())...)
	return cmd
}

func attachmentsExtraRun(ctx context.Context, opts *AttachmentsExtraOptions) error {
	c, user, err := opts.connect(ctx, opts.User)
	if err != nil {
		return err
	}
	raw, err := c.AttachmentExtra(ctx, user, opts.ID)
	if err != nil {
		return err
	}
	var x extraReply
	if err := json.Unmarshal(raw, &x); err != nil {
		return i18n.Errorf("decoding Sync's extracted data: %w", err)
	}
	x.raw = raw
	o, err := opts.output()
	if err != nil {
		return err
	}
	if (o.Format == "" || o.Format == output.FormatTable) && !o.Filtered() && len(o.Fields) == 0 {
		return printTree(opts.IO.Out, x.Extra, 0)
	}
	return output.PrintObject(opts.IO, o, extraColumns(), func(e extraReply) json.RawMessage { return e.raw }, x)
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
