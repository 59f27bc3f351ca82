package facti

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/errs"
	"github.com/mxpay/mxpay/internal/facti"
	"github.com/mxpay/mxpay/internal/ledger"
	"github.com/mxpay/mxpay/internal/settle"
)

// bulkRunner sends a bulk run's rows through the ledger. The ledger's
// two rules hold for every row: its intent is durable before it is sent,
// and its outcome is durable before it is reported. Neither costs a
// worker a commit:
//
//   - Intents are begun a chunk (two rows per worker) ahead of the
//     workers, all of a chunk at once, so they share one commit and no
//     worker waits for it. A row begun but never sent (a crash) is looked up by the next
//     run and sent again only once absent for a whole verify window, as
//     any row whose outcome was not recorded. A row a worker picks up more
//     than sendSlack after its entry was begun is begun again first, so an
//     entry's time always bounds when its row left.
//   - Outcomes are finished off the worker's path: the worker moves on to
//     its next row while the outcome commits, and the row's result is
//     reported once it has. Outcomes wait up to finishLinger so that those
//     of one moment share a commit: with 16 workers a commit per outcome
//     was most of what the ledger cost (each commit writes its pages to
//     the WAL and syncs it).
type bulkRunner struct {
	c              *facti.Client
	l              ledger.Ledger
	s              *cmdutil.Settings
	survey         *facti.Survey
	redact         *cmdutil.Redactor
	cancel         context.CancelFunc
	allowDuplicate bool
	results        chan bulkResult
	durable        sync.WaitGroup // outcomes being recorded
}

// begunRow is a row whose intent is durable.
type begunRow struct {
	row   bulkRow
	entry ledger.Entry
}

// begunChunk is what beginning a chunk gave: rows to send, results for
// rows another run holds, or the ledger's failure.
type begunChunk struct {
	rows []begunRow
	held []bulkResult
	err  error
}

// start emits the settled rows, feeds the rows to send to n workers, and
// returns the stream of results.
func (b *bulkRunner) start(ctx context.Context, plan *bulkPlan, n int) <-chan bulkResult {
	work := make(chan begunRow)
	b.results = make(chan bulkResult, n)
	var wg sync.WaitGroup
	for range n {
		wg.Go(func() {
			for br := range work {
				b.process(ctx, br)
			}
		})
	}
	begun := b.beginAhead(ctx, plan.send, n)
	go func() {
		defer func() { close(work); wg.Wait(); b.durable.Wait(); close(b.results) }()
		defer func() {
			for c := range begun { // stopped early: what was begun was not sent
				b.notSent(c.rows)
			}
		}()
		for _, r := range plan.settled {
			b.results <- r
		}
		for c := range begun {
			for _, r := range c.held {
				b.results <- r
			}
			if c.err != nil {
				b.cancel()
				b.notSent(c.rows)
				b.results <- bulkResult{Status: stateFailed, Error: c.err.Error(), fatal: c.err}
				return
			}
			for i, br := range c.rows {
				select {
				case work <- br:
				case <-ctx.Done():
					b.notSent(c.rows[i:])
					return
				}
			}
		}
	}()
	return b.results
}

// beginAhead begins rows 2n at a time, handing each chunk on once its
// intents are durable and beginning the next one meanwhile; it stops at a
// failure or when ctx ends.
func (b *bulkRunner) beginAhead(ctx context.Context, rows []bulkRow, n int) <-chan begunChunk {
	out := make(chan begunChunk, 1)
	go func() {
		defer close(out)
		for len(rows) > 0 && ctx.Err() == nil {
			k := min(2*n, len(rows))
			c := b.beginChunk(ctx, rows[:k])
			out <- c
			if c.err != nil {
				return
			}
			rows = rows[k:]
		}
	}()
	return out
}

// beginChunk begins every row of a chunk at once: the ledger commits them
// together.
func (b *bulkRunner) beginChunk(ctx context.Context, rows []bulkRow) begunChunk {
	type got struct {
		entry *ledger.Entry
		held  *bulkResult
		err   error
	}
	gots := make([]got, len(rows))
	var wg sync.WaitGroup
	for i, row := range rows {
		wg.Go(func() { gots[i].entry, gots[i].held, gots[i].err = b.begin(ctx, row) })
	}
	wg.Wait()
	var c begunChunk
	for i, g := range gots {
		switch {
		case g.entry != nil:
			c.rows = append(c.rows, begunRow{row: rows[i], entry: *g.entry})
		case g.held != nil:
			c.held = append(c.held, *g.held)
		case g.err != nil && ctx.Err() == nil && c.err == nil:
			c.err = g.err
		}
	}
	return c
}

// begin records a row in flight. A key another run holds gives the row's
// result instead (it is not sent); an ended ctx gives nothing (not sent,
// not reported).
func (b *bulkRunner) begin(ctx context.Context, row bulkRow) (*ledger.Entry, *bulkResult, error) {
	in := requestIntent(b.s, row.req, b.survey.CompanyID, b.survey.Since())
	e, err := b.l.Begin(ctx, in)
	dup, held := cmdutil.AsHeldKey(err)
	if held && b.allowDuplicate {
		in.Duplicate = true
		e, err = b.l.Begin(ctx, in)
		dup, held = cmdutil.AsHeldKey(err)
	}
	switch {
	case err == nil:
		return &e, nil, nil
	case held && (dup.Existing.Status == settle.Created || dup.Existing.Status == settle.Found):
		r := rowResult(row, "already-created", dup.Existing.ProviderID, "")
		return nil, &r, nil
	case held:
		r := rowResult(row, stateUnknown, "", fmt.Sprintf("ledger entry %d (%s, by %s@%s) holds it: another run is sending it, or left it unsettled; it is looked up before it is sent again",
			dup.Existing.ID, dup.Existing.Status, dup.Existing.Who, dup.Existing.Host))
		return nil, &r, nil
	case errors.Is(err, context.Canceled) || ctx.Err() != nil:
		return nil, nil, nil
	}
	return nil, nil, err
}

// process sends one row through the safe-create rule (the duplicate guard
// ran for all rows when planning), and records its outcome.
func (b *bulkRunner) process(ctx context.Context, br begunRow) {
	if time.Now().After(br.entry.Created.Add(sendSlack)) {
		// Picked up late (the workers were busy looking up lost replies):
		// begin again, so the entry's time bounds when the row left.
		if _, err := cmdutil.FinishLedger(ctx, b.l, br.entry.ID, ledger.Outcome{Status: settle.Failed, Message: "not sent: picked up late, recorded again"}); err != nil {
			b.cancel()
			b.emit(rowResult(br.row, stateUnknown, "", err.Error()), err)
			return
		}
		e, held, err := b.begin(ctx, br.row)
		switch {
		case held != nil:
			b.emit(*held, nil)
			return
		case e == nil:
			if err != nil {
				b.cancel()
				b.emit(rowResult(br.row, stateFailed, "", err.Error()), err)
			}
			return
		}
		br.entry = *e
	}
	res, err := b.c.CreateOrFind(ctx, br.row.req, facti.CreateOptions{CompanyID: b.survey.CompanyID, Survey: b.survey})
	out := createOutcome(res, err, b.redact)
	r := rowResult(br.row, string(out.Status), out.ProviderID, out.Message)
	var fatal error
	if errs.Is(err, errs.Auth) {
		b.cancel()
		fatal = err
	}
	b.finish(ctx, br.entry.ID, out, r, fatal)
}

// notSent records rows that were begun but never handed to a worker (the
// run was stopped): they provably did not leave.
func (b *bulkRunner) notSent(rows []begunRow) {
	for _, br := range rows {
		out := ledger.Outcome{Status: settle.Failed, Message: "not sent: the run was stopped first"}
		b.finish(context.Background(), br.entry.ID, out, rowResult(br.row, stateFailed, "", out.Message), nil)
	}
}

// finishLinger is how long an outcome may wait for others to share its
// commit. It delays only the report of a row, never a worker.
const finishLinger = 50 * time.Millisecond

// finish records an outcome off the caller's path and emits the row's
// result once it is durable. Outcomes wait for the next multiple of
// finishLinger, so those of one moment reach the ledger together.
func (b *bulkRunner) finish(ctx context.Context, id int64, out ledger.Outcome, r bulkResult, fatal error) {
	b.durable.Add(1)
	go func() {
		defer b.durable.Done()
		now := time.Now()
		time.Sleep(now.Truncate(finishLinger).Add(finishLinger).Sub(now))
		if _, err := cmdutil.FinishLedger(ctx, b.l, id, out); err != nil {
			b.cancel()
			// Not recorded: the entry stays in flight, and the next run
			// looks the row up before sending it.
			r.Status, r.Error, fatal = stateUnknown, err.Error(), err
		}
		b.emit(r, fatal)
	}()
}

func (b *bulkRunner) emit(r bulkResult, fatal error) {
	r.fatal = fatal
	b.results <- r
}
