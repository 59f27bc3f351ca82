package facti

import (
	"sync"

	"github.com/mxpay/mxpay/internal/emulator/state"
	"go.etcd.io/bbolt"
)

// batcher is group commit for new_request: requests that arrive while a
// commit is in progress are applied together in the next transaction, so
// a bulk run's concurrent creates share fsyncs instead of queueing for one
// each. Unlike bbolt's Batch it never waits for company: a lone request
// commits at once.
type batcher struct {
	st      *state.Store
	mu      sync.Mutex
	pending []batchJob
	running bool
}

type batchJob struct {
	fn   func(tx *bbolt.Tx) error
	done chan error
}

// update runs fn in a read-write transaction, possibly shared with other
// calls. fn may run twice (alone, after a shared transaction failed), so it
// must only recompute its own results.
func (b *batcher) update(fn func(tx *bbolt.Tx) error) error {
	j := batchJob{fn: fn, done: make(chan error, 1)}
	b.mu.Lock()
	b.pending = append(b.pending, j)
	if !b.running {
		b.running = true
		go b.loop()
	}
	b.mu.Unlock()
	return <-j.done
}

func (b *batcher) loop() {
	for {
		b.mu.Lock()
		batch := b.pending
		b.pending = nil
		if len(batch) == 0 {
			b.running = false
			b.mu.Unlock()
			return
		}
		b.mu.Unlock()
		err := b.st.Update(func(tx *bbolt.Tx) error {
			for _, j := range batch {
				if err := j.fn(tx); err != nil {
					return err
				}
			}
			return nil
		})
		if err == nil || len(batch) == 1 {
			for _, j := range batch {
				j.done <- err
			}
			continue
		}
		// One of them failed the shared transaction: run each alone.
		for _, j := range batch {
			j.done <- b.st.Update(j.fn)
		}
	}
}
