package facti

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/facti"
	"github.com/mxpay/mxpay/internal/httpx"
	"github.com/mxpay/mxpay/internal/output"
)

// bulkResult is one row's outcome, streamed as it completes.
type bulkResult struct {
	Line      int    `json:"line"`
	Serie     string `json:"serie"`
	Folio     string `json:"folio"`
	RequestID string `json:"request_id"`
	Total     string `json:"total_amount"`
	Status    string `json:"status"` // created, already-created, failed, unknown
	Error     string `json:"error"`
	fatal     error  // stops the run (rejected credentials, journal failure)
}

func bulkColumns() []output.Column[bulkResult] {
	return []output.Column[bulkResult]{
		{Name: "line", Header: "LINE", Value: func(r bulkResult) string { return fmt.Sprint(r.Line) }},
		{Name: "serie", Header: "SERIE", Value: func(r bulkResult) string { return r.Serie }},
		{Name: "folio", Header: "FOLIO", Value: func(r bulkResult) string { return r.Folio }},
		{Name: "request_id", Header: "REQUEST ID", Value: func(r bulkResult) string { return r.RequestID }},
		{Name: "total_amount", Header: "TOTAL", Value: func(r bulkResult) string { return r.Total }},
		{Name: "status", Header: "STATUS", Value: func(r bulkResult) string { return r.Status }},
		{Name: "error", Header: "ERROR", Value: func(r bulkResult) string { return r.Error }},
	}
}

type bulkRunner struct {
	c       *facti.Client
	j       *journal
	company string
	cancel  context.CancelFunc
	results chan bulkResult
	durable sync.WaitGroup // outcomes written but not yet on disk
}

func runBulk(ctx context.Context, f *cmdutil.Factory, o *newOptions) error {
	if o.concurrency < 1 || o.concurrency > 64 {
		return cmdutil.UsageErrorf("--concurrency %d: use 1 to 64", o.concurrency)
	}
	defaults := *o
	var err error
	if defaults.fromRFC, err = fromRFC(f, o.fromRFC); err != nil {
		return err
	}
	rows, err := readBulk(o.fromCSV, defaults)
	if err != nil {
		return err
	}
	if o.dryRun {
		fmt.Fprintf(f.IOStreams.ErrOut, "Dry run: %d valid row(s) in %s; nothing was sent.\n", len(rows), o.fromCSV)
		return nil
	}
	s, err := f.Settings()
	if err != nil {
		return err
	}
	company, err := setting(f, o.company, "facti.company_id", emulatorCompany)
	if err != nil {
		return err
	}
	path := o.journal
	if path == "" {
		path = o.fromCSV + ".journal"
	}
	j, prior, err := openJournal(path)
	if err != nil {
		return err
	}
	defer j.close()
	c, _, err := newClient(f)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	b := &bulkRunner{c: c, j: j, company: company, cancel: cancel}
	if err := b.resolvePrior(ctx, f, rows, prior); err != nil {
		return err
	}
	list, err := output.NewList(f.IOStreams, s.Output, bulkColumns(), nil)
	if err != nil {
		return err
	}
	progress := output.NewProgress(f.IOStreams, int64(len(rows)), "Payment requests")
	results := b.start(ctx, rows, prior, o.concurrency)
	counts := map[string]int{}
	var fatal error
	for r := range results {
		counts[r.Status]++
		if r.fatal != nil && fatal == nil {
			fatal = r.fatal
		}
		progress.Add(1)
		if err := list.Add(r); err != nil {
			cancel()
			fatal = err
		}
	}
	progress.Finish()
	if err := list.Close(); err != nil && fatal == nil {
		fatal = err
	}
	fmt.Fprintf(f.IOStreams.ErrOut, "%d row(s): %d created, %d already created, %d failed, %d unknown (journal %s).\n",
		len(rows), counts["created"], counts["already-created"], counts["failed"], counts["unknown"], path)
	switch {
	case fatal != nil:
		return fatal
	case ctx.Err() != nil:
		return ctx.Err()
	case counts["unknown"] > 0:
		return cmdutil.UnknownOutcomeError(fmt.Errorf("%d row(s) were sent but their outcome could not be confirmed", counts["unknown"]),
			"run the same command again: it looks them up in company_payments and never creates a row twice")
	case counts["failed"] > 0:
		return exitError(fmt.Errorf("%d row(s) failed; see the error column", counts["failed"]), "fix them and run the same command again: created rows are skipped")
	}
	return nil
}

// start feeds rows to workers and returns the stream of results.
func (b *bulkRunner) start(ctx context.Context, rows []bulkRow, prior map[string]journalEntry, n int) <-chan bulkResult {
	work := make(chan bulkRow)
	b.results = make(chan bulkResult, n)
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for row := range work {
				b.process(ctx, row)
			}
		}()
	}
	go func() {
		defer func() { close(work); wg.Wait(); b.durable.Wait(); close(b.results) }()
		// Rows are journaled as "sending" a chunk at a time, ahead of the
		// workers, so no worker waits for an fsync before it sends. A row
		// journaled but never sent (a crash) is looked up and then sent by
		// the next run, so the order is still safe.
		var chunk []bulkRow
		flush := func() bool {
			if err := b.j.recordAll(chunk); err != nil {
				b.cancel()
				r := rowResult(chunk[0], "failed", "", err.Error())
				r.fatal = err
				b.results <- r
				return false
			}
			for _, row := range chunk {
				select {
				case work <- row:
				case <-ctx.Done():
					return false
				}
			}
			chunk = chunk[:0]
			return true
		}
		for _, row := range rows {
			if e, ok := prior[row.key]; ok && e.State == stateCreated {
				b.results <- rowResult(row, "already-created", e.RequestID, "")
				continue
			}
			if chunk = append(chunk, row); len(chunk) == n && !flush() {
				return
			}
		}
		if len(chunk) > 0 {
			flush()
		}
	}()
	return b.results
}

func rowResult(row bulkRow, status, id, msg string) bulkResult {
	r := bulkResult{Line: row.line, Serie: row.req.Serie, Folio: row.req.Folio, RequestID: id, Total: row.req.TotalAmount.String(), Status: status, Error: msg}
	if len(row.req.Group) > 0 {
		r.Folio = "1"
	}
	return r
}

// process sends one row (already journaled as "sending" by start), then
// journals the outcome. An ambiguous failure is resolved by a search,
// never by sending again. The outcome's result is emitted once it is on
// disk, while the worker moves on to its next row.
func (b *bulkRunner) process(ctx context.Context, row bulkRow) {
	created, err := b.c.CreatePayment(ctx, row.req)
	if err == nil {
		b.finish(row, stateCreated, string(created.RequestID), "", nil)
		return
	}
	if !httpx.IsAmbiguous(err) {
		var fatal error
		if cmdutil.ExitCodeOf(err) == cmdutil.ExitAuth {
			b.cancel()
			fatal = err
		}
		b.finish(row, stateFailed, "", err.Error(), fatal)
		return
	}
	if ctx.Err() != nil {
		b.results <- rowResult(row, "unknown", "", "interrupted after sending; the next run resolves it")
		return
	}
	found, serr := b.find(ctx, []bulkRow{row})
	switch p, ok := found[row.key]; {
	case serr != nil:
		b.results <- rowResult(row, "unknown", "", fmt.Sprintf("%v; searching for it failed: %v", err, serr))
	case ok:
		b.finish(row, stateCreated, string(p.ID), "", nil)
	default:
		b.finish(row, stateFailed, "", fmt.Sprintf("%v (not created: no such payment request exists)", err), nil)
	}
}

// finish journals the outcome and emits the row's result once it is durable.
func (b *bulkRunner) finish(row bulkRow, state, id, msg string, fatal error) {
	b.durable.Add(1)
	b.j.recordThen(journalEntry{Key: row.key, Line: row.line, State: state, RequestID: id, Total: row.req.TotalAmount.String(), Error: msg}, func(err error) {
		defer b.durable.Done()
		r := rowResult(row, state, id, msg)
		r.fatal = fatal
		if err != nil {
			b.cancel()
			r.Status, r.Error, r.fatal = "unknown", err.Error(), err
		}
		b.results <- r
	})
}

// resolvePrior settles rows an earlier run left as "sending" with one scan
// of company_payments, before anything is sent.
func (b *bulkRunner) resolvePrior(ctx context.Context, f *cmdutil.Factory, rows []bulkRow, prior map[string]journalEntry) error {
	var pending []bulkRow
	for _, row := range rows {
		if e, ok := prior[row.key]; ok && e.State == stateSending {
			pending = append(pending, row)
		}
	}
	if len(pending) == 0 {
		return nil
	}
	if b.company == "" {
		return cmdutil.UsageErrorf("%d row(s) of an earlier run may have been created; pass --company (or set facti.company_id) so mxpay can look them up", len(pending))
	}
	fmt.Fprintf(f.IOStreams.ErrOut, "Looking up %d row(s) an earlier run sent without recording the outcome…\n", len(pending))
	found, err := b.find(ctx, pending)
	if err != nil {
		return cmdutil.UnknownOutcomeError(fmt.Errorf("could not look up %d row(s) of an earlier run: %w; nothing was sent", len(pending), err), "run the same command again when Facti is reachable")
	}
	for _, row := range pending {
		e := journalEntry{Key: row.key, Line: row.line, State: stateFailed, Error: "not created by the earlier run"}
		if p, ok := found[row.key]; ok {
			e.State, e.RequestID, e.Error = stateCreated, string(p.ID), ""
		}
		if err := b.j.record(e); err != nil {
			return err
		}
		prior[row.key] = e
	}
	return nil
}

// find scans the company's payments once for the given rows, matching
// serie, folio, amount and e-mail; the newest match per row wins.
func (b *bulkRunner) find(ctx context.Context, rows []bulkRow) (map[string]*facti.Payment, error) {
	want := map[string][]bulkRow{}
	for _, r := range rows {
		k := searchKey(r.req)
		want[k] = append(want[k], r)
	}
	found := map[string]*facti.Payment{}
	err := b.c.EachPayment(ctx, facti.ListFilter{CompanyID: b.company}, func(p *facti.Payment) error {
		for _, r := range want[string(p.Serie)+"/"+string(p.Folio)] {
			if p.TotalAmount.Equal(r.req.TotalAmount) && string(p.ToEmail) == strings.Join(r.req.ToEmails, ";") {
				cp := *p
				found[r.key] = &cp
			}
		}
		return nil
	})
	return found, err
}

// searchKey is how a request shows up in company_payments; grouped
// requests carry folio 1 and no serie.
func searchKey(r *facti.NewRequest) string {
	if len(r.Group) > 0 {
		return "/1"
	}
	return r.Serie + "/" + r.Folio
}
