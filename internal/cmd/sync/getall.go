package sync

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	gosync "sync"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/output"
	syncapi "github.com/mxpay/mxpay/internal/sync"
)

// result is the outcome of one file of `attachments get --all`.
type result struct {
	IDAttachment string `json:"id_attachment"`
	File         string `json:"file"`
	Status       string `json:"status"` // downloaded, skipped, failed
	Bytes        int64  `json:"bytes"`
	Error        string `json:"error,omitempty"`
	cause        error  // Error's error, to tell a person in their language
}

func resultColumns() []output.Column[result] {
	return []output.Column[result]{
		{Name: "id_attachment", Header: "ID", Value: func(r result) string { return r.IDAttachment }},
		{Name: "file", Header: "FILE", Value: func(r result) string { return r.File }},
		{Name: "status", Header: "STATUS", Value: func(r result) string { return r.Status }, Words: true},
		{Name: "bytes", Header: "BYTES", Value: func(r result) string { return fmt.Sprint(r.Bytes) }},
		{Name: "error", Header: "ERROR", Value: func(r result) string { return r.Error }},
	}
}

// attachmentsGetAllRun lists the matching attachments page by page and
// downloads them with a pool of workers while listing continues; each
// outcome is a row of the output.
func attachmentsGetAllRun(ctx context.Context, opts *AttachmentsGetOptions) error {
	if opts.Concurrency < 1 || opts.Concurrency > 64 {
		return cmdutil.UsageErrorf("--concurrency must be between 1 and 64")
	}
	filter, err := opts.filter()
	if err != nil {
		return err
	}
	c, user, err := opts.connect(ctx, opts.User)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(opts.Dir, 0o755); err != nil {
		return err
	}
	o, err := opts.output()
	if err != nil {
		return err
	}
	list, err := output.NewList(opts.IO, o, resultColumns(), nil)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var total int64
	if opts.IO.IsStderrTTY() {
		if n, err := c.CountAttachments(ctx, user, filter); err == nil {
			total = int64(n)
		}
	}
	bar := output.NewProgress(opts.IO, total, opts.IO.Text("attachments"))
	jobs := make(chan syncapi.Attachment)
	var mu gosync.Mutex
	var failed []result
	counts := map[string]int{}
	var outErr error
	var wg gosync.WaitGroup
	for range opts.Concurrency {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for a := range jobs {
				r := fetchOne(ctx, c, user, a, opts.Dir, opts.Force)
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
	filter.Limit = allPageSize
	listErr := func() error {
		for a, err := range c.AllAttachments(ctx, user, filter) {
			if err != nil {
				return err
			}
			select {
			case jobs <- a:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		return nil
	}()
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
	fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("%d downloaded, %d already there, %d failed (in %s).",
		counts["downloaded"], counts["skipped"], counts["failed"], opts.Dir))
	if len(failed) > 0 {
		lines := make([]string, len(failed))
		for i, r := range failed {
			lines[i] = fmt.Sprintf("  %s (%s): %s", r.IDAttachment, r.File, i18n.Localize(r.cause, opts.IO.Printer()))
		}
		return cmdutil.WithHintf(i18n.Errorf("%d attachment(s) failed to download:\n%s", len(failed), strings.Join(lines, "\n")),
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
		r.Status, r.Error, r.cause = "failed", err.Error(), err
		return r
	}
	r.Status, r.Bytes = "downloaded", n
	return r
}
