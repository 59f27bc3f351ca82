package sync

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	gosync "sync"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/output"
	syncapi "github.com/mxpay/mxpay/internal/sync"
	"github.com/spf13/cobra"
)

// result is the outcome of one file of `attachments get --all`.
type result struct {
	IDAttachment string `json:"id_attachment"`
	File         string `json:"file"`
	Status       string `json:"status"` // downloaded, skipped, failed
	Bytes        int64  `json:"bytes"`
	Error        string `json:"error,omitempty"`
}

func resultColumns() []output.Column[result] {
	return []output.Column[result]{
		{Name: "id_attachment", Header: "ID", Value: func(r result) string { return r.IDAttachment }},
		{Name: "file", Header: "FILE", Value: func(r result) string { return r.File }},
		{Name: "status", Header: "STATUS", Value: func(r result) string { return r.Status }},
		{Name: "bytes", Header: "BYTES", Value: func(r result) string { return fmt.Sprint(r.Bytes) }},
		{Name: "error", Header: "ERROR", Value: func(r result) string { return r.Error }},
	}
}

// runGetAll lists the matching attachments page by page and downloads
// them with a pool of workers while listing continues; each outcome is a
// row of the output.
func runGetAll(cmd *cobra.Command, f *cmdutil.Factory, opts *attachmentsGetOptions) error {
	if opts.concurrency < 1 || opts.concurrency > 64 {
		return cmdutil.UsageErrorf("--concurrency must be between 1 and 64")
	}
	filter, err := opts.filter(cmd)
	if err != nil {
		return err
	}
	s, user, err := connectUser(cmd, f, opts.user)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(opts.dir, 0o755); err != nil {
		return err
	}
	settings, err := f.Settings()
	if err != nil {
		return err
	}
	list, err := output.NewList(f.IOStreams, settings.Output, resultColumns(), nil)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithCancel(cmd.Context())
	defer cancel()
	var total int64
	if f.IOStreams.IsStderrTTY() {
		if n, err := s.client.CountAttachments(ctx, user, filter); err == nil {
			total = int64(n)
		}
	}
	bar := output.NewProgress(f.IOStreams, total, "attachments")
	jobs := make(chan syncapi.Attachment)
	var mu gosync.Mutex
	var failed []result
	counts := map[string]int{}
	var outErr error
	var wg gosync.WaitGroup
	for range opts.concurrency {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for a := range jobs {
				r := fetchOne(ctx, s.client, user, a, opts.dir, opts.force)
				mu.Lock()
				bar.Add(1)
				counts[r.Status]++
				if r.Status == "failed" {
					failed = append(failed, r)
				}
				if err := list.Add(r); err != nil && outErr == nil {
					outErr = err
					cancel()
				}
				mu.Unlock()
			}
		}()
	}
	fetch := func(ctx context.Context, skip, limit int) ([]syncapi.Attachment, error) {
		req := filter // a copy: pages may be read concurrently
		req.Skip, req.Limit = skip, limit
		return s.client.Attachments(ctx, user, req)
	}
	listErr := eachPage(ctx, allPageSize, fetch, func(a syncapi.Attachment) string { return a.IDAttachment }, func(a syncapi.Attachment) error {
		select {
		case jobs <- a:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	})
	close(jobs)
	wg.Wait()
	bar.Finish()
	if outErr != nil {
		return outErr
	}
	if listErr != nil {
		return listErr
	}
	if err := list.Close(); err != nil {
		return err
	}
	fmt.Fprintf(f.IOStreams.ErrOut, "%d downloaded, %d already there, %d failed (in %s).\n",
		counts["downloaded"], counts["skipped"], counts["failed"], opts.dir)
	if len(failed) > 0 {
		lines := make([]string, len(failed))
		for i, r := range failed {
			lines[i] = fmt.Sprintf("  %s (%s): %s", r.IDAttachment, r.File, r.Error)
		}
		return cmdutil.WithHint(fmt.Errorf("%d attachment(s) failed to download:\n%s", len(failed), strings.Join(lines, "\n")),
			"run the same command again: complete files are skipped")
	}
	return nil
}

// fetchOne downloads one attachment unless its file is already there.
func fetchOne(ctx context.Context, c *syncapi.Client, user string, a syncapi.Attachment, dir string, force bool) result {
	name := safeName(a.File, a.IDAttachment)
	r := result{IDAttachment: a.IDAttachment, File: name}
	target := filepath.Join(dir, name)
	if st, err := os.Stat(target); err == nil && !force {
		r.Status, r.Bytes = "skipped", st.Size()
		return r
	}
	n, err := download(ctx, c, user, a.IDAttachment, target, force)
	if err != nil {
		r.Status, r.Error = "failed", err.Error()
		return r
	}
	r.Status, r.Bytes = "downloaded", n
	return r
}
