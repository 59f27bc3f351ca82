package sync

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/output"
	syncapi "github.com/mxpay/mxpay/internal/sync"
	"github.com/spf13/cobra"
)

// AttachmentsGetOptions are the inputs of `sync attachments get`.
type AttachmentsGetOptions struct {
	deps
	AttachmentFilters
	ID          string // one attachment, or "" with All
	Out         string
	Dir         string
	Force       bool
	All         bool
	Concurrency int
}

// NewCmdAttachmentsGet builds `sync attachments get`.
func NewCmdAttachmentsGet(f *cmdutil.Factory, runF func(*AttachmentsGetOptions) error) *cobra.Command {
	opts := &AttachmentsGetOptions{deps: newDeps(f)}
	cmd := &cobra.Command{
		Use:   "get [<attachment-id>]",
		Short: "Download attachments: one by id, or every one matching filters with --all",
		Long: `Download the raw file of an attachment (the CFDI XML or PDF as Sync stores it).

The file is named after the attachment's file name, in the current directory,
unless -O names a file, a directory, or - for stdout. Downloads go to a temporary
file that is renamed only when complete, so a failed download leaves nothing
half-written; an existing file is never overwritten without --force.

With --all, every attachment matching the filters is downloaded into --dir,
--concurrency at a time. Files already there are skipped (they are complete, since
only complete downloads are renamed into place), so an interrupted run can simply
be repeated. Failures are listed at the end and make the exit code 1.`,
		Example: `  mxpay sync attachments get 5db073b4caaf236a6a4c2eb5
  mxpay sync attachments get 5db073b4caaf236a6a4c2eb5 -O factura.xml --force
  mxpay sync attachments get 5db073b4caaf236a6a4c2eb5 -O - | xmllint --format -
  mxpay sync attachments get --all --keywords emitidas --dir cfdi/ --concurrency 16`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.All == (len(args) == 1) {
				return cmdutil.UsageErrorf("give an attachment ID, or --all with filters")
			}
			if len(args) == 1 {
				opts.ID = args[0]
			}
			opts.parsed(cmd)
			if runF != nil {
				return runF(opts)
			}
			if opts.All {
				return explain(attachmentsGetAllRun(cmd.Context(), opts))
			}
			return explain(attachmentsGetRun(cmd.Context(), opts))
		},
	}
	opts.add(cmd)
	cmd.Flags().StringVarP(&opts.Out, "output-file", "O", "", "write to `FILE`, into DIR, or - for stdout (default: the attachment's file name)")
	cmd.Flags().BoolVar(&opts.Force, "force", false, "overwrite an existing file")
	cmd.Flags().BoolVar(&opts.All, "all", false, "download every attachment matching the filters")
	cmd.Flags().StringVar(&opts.Dir, "dir", ".", "with --all, the `DIR` to download into (created if missing)")
	cmd.Flags().IntVar(&opts.Concurrency, "concurrency", 4, "with --all, download `N` files at a time")
	cmd.MarkFlagsMutuallyExclusive("all", "output-file")
	cmdutil.SetFields(cmd, output.ColumnNames(resultColumns())...)
	return cmd
}

func attachmentsGetRun(ctx context.Context, opts *AttachmentsGetOptions) error {
	c, user, err := opts.connect(ctx, opts.User)
	if err != nil {
		return err
	}
	target := opts.Out
	if target == "-" {
		d, err := c.OpenAttachment(ctx, user, opts.ID)
		if err != nil {
			return err
		}
		defer d.Body.Close()
		return copyExact(opts.IO.Out, d)
	}
	if target == "" || isDir(target) {
		name, err := attachmentName(ctx, c, user, opts.ID)
		if err != nil {
			return err
		}
		target = filepath.Join(target, name)
	}
	if !opts.Force {
		if _, err := os.Lstat(target); err == nil {
			return exists(target)
		}
	}
	n, err := download(ctx, c, user, opts.ID, target, opts.Force)
	if err != nil {
		return err
	}
	fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("Saved %s (%d bytes).", target, n))
	return nil
}

func exists(path string) error {
	return cmdutil.WithHintf(i18n.Errorf("%s already exists", path), "pass --force to overwrite it, or -O to choose another name")
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir() || strings.HasSuffix(p, string(os.PathSeparator))
}

// attachmentName asks Sync for the attachment's file name (the extra
// endpoint carries it); the id is the fallback.
func attachmentName(ctx context.Context, c *syncapi.Client, user, id string) (string, error) {
	raw, err := c.AttachmentExtra(ctx, user, id)
	if err != nil {
		if syncapi.IsNotFound(err) || cmdutil.ExitCodeOf(err) == cmdutil.ExitAuth {
			return "", err
		}
		return safeName(id, id), nil
	}
	var meta struct {
		File string `json:"file"`
	}
	json.Unmarshal(raw, &meta)
	return safeName(meta.File, id), nil
}

// safeName keeps only the last element of a server-given name, so a
// hostile file name cannot write outside the chosen directory.
func safeName(name, fallback string) string {
	name = filepath.Base(filepath.FromSlash(strings.ReplaceAll(name, `\`, "/")))
	if name == "." || name == ".." || name == "/" || name == "" {
		return fallback
	}
	return name
}

// download streams an attachment into target through a temporary file in
// the same directory, renamed into place only when complete. Without force
// the final step is a hard link, which fails rather than replace a file
// created meanwhile.
func download(ctx context.Context, c *syncapi.Client, user, id, target string, force bool) (int64, error) {
	d, err := c.OpenAttachment(ctx, user, id)
	if err != nil {
		return 0, err
	}
	defer d.Body.Close()
	dir := filepath.Dir(target)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, err
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(target)+".*.part")
	if err != nil {
		return 0, err
	}
	defer os.Remove(tmp.Name())
	n, err := io.Copy(tmp, d.Body)
	if err == nil && d.Size >= 0 && n != d.Size {
		err = i18n.Errorf("the download of attachment %s stopped after %d of %d bytes", id, n, d.Size)
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return 0, i18n.Errorf("downloading attachment %s: %w", id, err)
	}
	if force {
		return n, os.Rename(tmp.Name(), target)
	}
	if err := os.Link(tmp.Name(), target); err != nil {
		if errors.Is(err, os.ErrExist) {
			return 0, exists(target)
		}
		return 0, err
	}
	return n, nil
}

// copyExact streams to w, failing on a short body.
func copyExact(w io.Writer, d *syncapi.Download) error {
	n, err := io.Copy(w, d.Body)
	if err == nil && d.Size >= 0 && n != d.Size {
		err = i18n.Errorf("the download stopped after %d of %d bytes", n, d.Size)
	}
	return err
}
