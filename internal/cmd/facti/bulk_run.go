package facti

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/errs"
	"github.com/mxpay/mxpay/internal/facti"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/mxpay/mxpay/internal/settle"
)

// bulkResult is one row's outcome, streamed as it completes.
type bulkResult struct {
	Line      int    `json:"line"`
	Serie     string `json:"serie"`
	Folio     string `json:"folio"`
	RequestID string `json:"request_id"`
	Total     string `json:"total_amount"`
	Status    string `json:"status"` // created, found, already-created, failed, unknown
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

func rowResult(row bulkRow, status, id, msg string) bulkResult {
	r := bulkResult{Line: row.line, Serie: row.req.Serie, Folio: row.req.Folio, RequestID: id, Total: row.req.TotalAmount.String(), Status: status, Error: msg}
	if len(row.req.Group) > 0 {
		r.Folio = "1"
	}
	return r
}

func bulkRun(ctx context.Context, opts *NewOptions) error {
	if opts.Concurrency < 1 || opts.Concurrency > 64 {
		return cmdutil.UsageErrorf("--concurrency %d: use 1 to 64", opts.Concurrency)
	}
	defaults := opts.requestFlags
	var err error
	if defaults.FromRFC, err = setting(opts.Settings, defaults.FromRFC, "facti.from_rfc"); err != nil {
		return err
	}
	rows, err := readBulk(opts.FromCSV, defaults)
	if err != nil {
		return err
	}
	if opts.DryRun {
		fmt.Fprintf(opts.IO.ErrOut, "Dry run: %d valid row(s) in %s; nothing was sent.\n", len(rows), opts.FromCSV)
		return nil
	}
	company, err := resolveCompany(opts.Settings, opts.Prompt, opts.Company)
	if err != nil {
		return err
	}
	s, c, err := opts.settingsAndClient()
	if err != nil {
		return err
	}
	path := opts.Journal
	if path == "" {
		path = opts.FromCSV + ".journal"
	}
	j, prior, err := openJournal(path, opts.Redactor)
	if err != nil {
		return err
	}
	defer j.close()
	plan, err := planBulk(ctx, opts.IO, c, company, rows, prior, j, opts.AllowDuplicateFolio)
	if err != nil {
		return err
	}
	if len(plan.send) > 0 {
		if err := opts.Confirm(bulkAction(opts.FromCSV, company, plan)); err != nil {
			return err
		}
	}
	list, err := output.NewList(opts.IO, s.Output, bulkColumns(), nil)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	b := &bulkRunner{c: c, j: j, survey: plan.survey, redact: opts.Redactor, cancel: cancel}
	progress := output.NewProgress(opts.IO, int64(len(rows)), "Payment requests")
	counts := map[string]int{}
	var unknownLines []int
	var fatal error
	for r := range b.start(ctx, plan, opts.Concurrency) {
		counts[r.Status]++
		if r.Status == stateUnknown {
			unknownLines = append(unknownLines, r.Line)
		}
		if r.fatal != nil && fatal == nil {
			fatal = r.fatal
		}
		progress.Add(1)
		if err := list.Add(r); err != nil && fatal == nil {
			cancel()
			fatal = err
		}
	}
	progress.Finish()
	if err := list.Close(); err != nil && fatal == nil {
		fatal = err
	}
	fmt.Fprintf(opts.IO.ErrOut, "%d row(s): %d created, %d found after a lost reply, %d already created, %d failed, %d unknown (journal %s).\n",
		len(rows), counts[stateCreated], counts[stateFound], counts["already-created"], counts[stateFailed], counts[stateUnknown], path)
	switch {
	case fatal != nil:
		return fatal
	case ctx.Err() != nil:
		return ctx.Err()
	case len(unknownLines) > 0:
		slices.Sort(unknownLines)
		lines := make([]string, len(unknownLines))
		for i, l := range unknownLines {
			lines[i] = strconv.Itoa(l)
		}
		return cmdutil.UnknownOutcomeError(fmt.Errorf("%d row(s) were sent and their outcome is unknown (lines %s); none of them will be sent again until a lookup decides it", len(lines), strings.Join(firstLines(lines, 30), ", ")),
			"run the same command again later: it looks those rows up in company_payments before sending anything, and sends a row again only once it has been absent for a whole verify window")
	case counts[stateFailed] > 0:
		return cmdutil.RejectedError(fmt.Errorf("%d row(s) failed; see the error column", counts[stateFailed]), "fix them and run the same command again: created rows are skipped")
	}
	return nil
}

type bulkRunner struct {
	c       *facti.Client
	j       *journal
	survey  *facti.Survey
	redact  *cmdutil.Redactor
	cancel  context.CancelFunc
	results chan bulkResult
	durable sync.WaitGroup // outcomes written but not yet on disk
}

// start emits the settled rows, feeds the rows to send to n workers, and
// returns the stream of results.
func (b *bulkRunner) start(ctx context.Context, plan *bulkPlan, n int) <-chan bulkResult {
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
		for _, r := range plan.settled {
			b.results <- r
		}
		// Rows are journaled as "sending" a chunk at a time, one chunk
		// ahead of the workers, so no worker waits for an fsync before it
		// sends. A row journaled but never sent (a crash) is looked up by
		// the next run, and sent again only once it has been absent a
		// whole verify window.
		journaled := b.journalAhead(ctx, plan.send, n)
		defer func() {
			for c := range journaled { // stopped early: what was journaled was not sent
				if c.err == nil {
					b.notSent(c.rows)
				}
			}
		}()
		for c := range journaled {
			if c.err != nil {
				b.cancel()
				r := rowResult(c.rows[0], stateFailed, "", c.err.Error())
				r.fatal = c.err
				b.results <- r
				return
			}
			for i, row := range c.rows {
				select {
				case work <- row:
				case <-ctx.Done():
					b.notSent(c.rows[i:])
					return
				}
			}
		}
	}()
	return b.results
}

// journaledChunk is rows journaled as sending, or the journal's failure.
type journaledChunk struct {
	rows []bulkRow
	err  error
}

// journalAhead journals rows as sending, n at a time, handing each chunk
// on once it is on disk; it stops at a failure or when ctx ends.
func (b *bulkRunner) journalAhead(ctx context.Context, rows []bulkRow, n int) <-chan journaledChunk {
	out := make(chan journaledChunk, 1)
	go func() {
		defer close(out)
		for chunk := range chunks(rows, n) {
			if ctx.Err() != nil {
				return
			}
			err := b.j.recordSending(chunk, b.survey.Since())
			out <- journaledChunk{rows: chunk, err: err}
			if err != nil {
				return
			}
		}
	}()
	return out
}

// chunks yields rows n at a time.
func chunks(rows []bulkRow, n int) func(func([]bulkRow) bool) {
	return func(yield func([]bulkRow) bool) {
		for len(rows) > 0 {
			k := min(n, len(rows))
			if !yield(rows[:k:k]) {
				return
			}
			rows = rows[k:]
		}
	}
}

// notSent journals rows that were journaled as sending but never handed to
// a worker (the run was stopped): they provably did not leave.
func (b *bulkRunner) notSent(rows []bulkRow) {
	for _, row := range rows {
		b.finish(row, journalEntry{State: stateFailed, Error: "not sent: the run was stopped first"}, nil)
	}
}

// process sends one row through the safe-create rule (the duplicate guard
// ran for all rows in planBulk), then journals its outcome.
func (b *bulkRunner) process(ctx context.Context, row bulkRow) {
	since := b.survey.Since()
	if time.Now().After(row.sentBy) {
		// Picked up late (workers were busy looking up lost replies):
		// journal again, so the record bounds when the row left.
		if err := b.j.recordSending([]bulkRow{row}, since); err != nil {
			b.cancel()
			b.finish(row, journalEntry{State: stateFailed, Error: err.Error()}, err)
			return
		}
		row.sentBy = time.Now().Add(sendSlack)
	}
	res, err := b.c.CreateOrFind(ctx, row.req, facti.CreateOptions{CompanyID: b.survey.CompanyID, Survey: b.survey})
	switch {
	case err == nil && res.Outcome == settle.Found:
		b.finish(row, journalEntry{State: stateFound, RequestID: res.RequestID}, nil)
	case err == nil:
		b.finish(row, journalEntry{State: stateCreated, RequestID: res.RequestID}, nil)
	case errs.Is(err, errs.UnknownOutcome):
		b.finish(row, journalEntry{State: stateUnknown, Error: err.Error(), SentBy: row.sentBy, SinceID: since}, nil)
	case errs.Is(err, errs.Auth):
		b.cancel()
		b.finish(row, journalEntry{State: stateFailed, Error: err.Error()}, err)
	default:
		b.finish(row, journalEntry{State: stateFailed, Error: err.Error()}, nil)
	}
}

// finish journals the outcome and emits the row's result once it is durable.
func (b *bulkRunner) finish(row bulkRow, e journalEntry, fatal error) {
	e.Key, e.Line, e.Total = row.key, row.line, row.req.TotalAmount.String()
	e.Error = b.redact.Text(e.Error)
	b.durable.Add(1)
	b.j.recordThen(e, func(err error) {
		defer b.durable.Done()
		r := rowResult(row, e.State, e.RequestID, e.Error)
		r.fatal = fatal
		if err != nil {
			b.cancel()
			// Not on disk: a resume would see the row as sending, and
			// look it up.
			r.Status, r.Error, r.fatal = stateUnknown, err.Error(), err
		}
		b.results <- r
	})
}
