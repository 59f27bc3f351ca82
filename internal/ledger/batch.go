package ledger

import (
	"context"
	"database/sql"
	"errors"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/mxpay/mxpay/internal/i18n"
)

// call is one Begin or Finish waiting for the committer.
type call struct {
	ctx context.Context
	// order sorts the calls of a batch: every process takes the rows and
	// keys of its batches in the same order, so two machines' batches
	// cannot deadlock on each other in PostgreSQL.
	order string
	// run does the call's work inside the batch's transaction. A returned
	// error is a database failure that spoils the transaction; the call's
	// own answer (a duplicate, a missing entry) goes into answer instead.
	run    func(ctx context.Context, tx *sql.Tx) error
	answer error
	done   chan struct{}
}

// committer runs calls in shared transactions: it takes every call
// waiting when it is free, runs them in one transaction, commits once and
// answers them all. No call is answered before its transaction committed.
type committer struct {
	db       *sql.DB
	d        *dialect
	maxBatch int
	calls    chan *call
	quit     chan struct{}
	stopped  chan struct{}
	once     sync.Once
	commits  atomic.Int64 // transactions committed, for the benchmark
}

func newCommitter(db *sql.DB, d *dialect, maxBatch int) *committer {
	c := &committer{db: db, d: d, maxBatch: maxBatch,
		calls: make(chan *call), quit: make(chan struct{}), stopped: make(chan struct{})}
	go c.loop()
	return c
}

// do hands cl to the committer and waits for its answer. Once handed over
// the call is waited for even if ctx ends, so that the answer is the truth:
// a Begin that returned an error was not recorded.
func (c *committer) do(cl *call) error {
	cl.done = make(chan struct{})
	select {
	case c.calls <- cl:
	case <-cl.ctx.Done():
		return cl.ctx.Err()
	case <-c.quit:
		return ErrClosed
	}
	<-cl.done
	return cl.answer
}

func (c *committer) loop() {
	defer close(c.stopped)
	batch := make([]*call, 0, c.maxBatch)
	for {
		select {
		case cl := <-c.calls:
			batch = append(batch[:0], cl)
		case <-c.quit:
			return
		}
	gather:
		for len(batch) < c.maxBatch {
			select {
			case cl := <-c.calls:
				batch = append(batch, cl)
			default:
				break gather
			}
		}
		c.runBatch(batch)
		clear(batch)
	}
}

func (c *committer) close() {
	c.once.Do(func() { close(c.quit) })
	<-c.stopped
}

// errCommit marks a failed COMMIT: whether it took effect is unknown, so
// the calls are not run again.
type errCommit struct{ err error }

func (e *errCommit) Error() string { return "ledger commit: " + e.err.Error() }
func (e *errCommit) Unwrap() error { return e.err }

func (c *committer) runBatch(batch []*call) {
	live := batch[:0:0]
	for _, cl := range batch {
		if err := cl.ctx.Err(); err != nil {
			cl.answer = err // not started: nothing recorded
			close(cl.done)
			continue
		}
		live = append(live, cl)
	}
	if len(live) == 0 {
		return
	}
	slices.SortStableFunc(live, func(a, b *call) int { return strings.Compare(a.order, b.order) })
	err := c.transact(live)
	var commitErr *errCommit
	if err != nil && len(live) > 1 && !errors.As(err, &commitErr) {
		// One call spoiled the transaction before COMMIT; nothing of it was
		// written. Run each alone so the others still succeed.
		for _, cl := range live {
			cl.answer = nil
			if err := c.transact([]*call{cl}); err != nil {
				cl.answer = err
			}
			close(cl.done)
		}
		return
	}
	for _, cl := range live {
		if err != nil {
			cl.answer = err
		}
		close(cl.done)
	}
}

// transact runs calls in one transaction, again from the start while the
// database says it may (a deadlock between two machines' batches, a file
// busy beyond the busy timeout).
func (c *committer) transact(calls []*call) error {
	const attempts = 5
	var err error
	for attempt := range attempts {
		if attempt > 0 {
			time.Sleep(time.Duration(attempt*attempt) * 10 * time.Millisecond)
		}
		if err = c.transactOnce(calls); err == nil || !c.d.retryable(err) {
			return err
		}
	}
	return err
}

func (c *committer) transactOnce(calls []*call) error {
	// The calls' contexts are not used for the transaction: a caller that
	// gives up must not abort the batch of the others.
	ctx := context.Background()
	tx, err := c.db.BeginTx(ctx, nil)
	if err != nil {
		return i18n.Errorf("ledger: %w", err)
	}
	for _, cl := range calls {
		cl.answer = nil
		if err := cl.run(ctx, tx); err != nil {
			tx.Rollback() //nolint:errcheck // the run error is the one to report
			return i18n.Errorf("ledger: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		if c.d.retryable(err) {
			return err // refused at COMMIT, so not applied: may run again
		}
		return &errCommit{err: err}
	}
	c.commits.Add(1)
	return nil
}
