package sync

import (
	"crypto/rand"
	"encoding/binary"
	"encoding/json"
	gosync "sync"
	"time"

	"go.etcd.io/bbolt"
)

// Webhook calls with a delay wait in the state file, not in memory: the
// in-process emulator lives only as long as one mxpay command, so a call
// due after that command ends is made by the next request any command
// sends (every request flushes what is due), and `emulator serve` also
// sets a timer. A call is taken out of the outbox before it is posted, so
// it is made once.
const bucketOutbox = "sync_webhook_outbox"

// pendingCall is one webhook call waiting for its delay.
type pendingCall struct {
	IDWebhook string          `json:"id_webhook"`
	URL       string          `json:"url"`
	Body      json.RawMessage `json:"body"`
}

// outbox remembers when the next call is due, so that the requests made
// while nothing is due never touch the state file for it. Only one
// process holds the state file at a time, so the memory is authoritative
// once read.
type outbox struct {
	mu      gosync.Mutex
	loaded  bool
	nextDue int64 // unix nanoseconds on the server's clock; 0 when empty
}

// outboxKey orders calls by due time; the random half keeps two calls due
// at the same instant apart.
func outboxKey(due int64) []byte {
	k := make([]byte, 16)
	binary.BigEndian.PutUint64(k, uint64(due))
	rand.Read(k[8:])
	return k
}

func dueOf(key []byte) int64 { return int64(binary.BigEndian.Uint64(key[:8])) }

// queueCall stores c to be posted after delay.
func (s *server) queueCall(c pendingCall, delay time.Duration) {
	due := s.now().Add(delay).UnixNano()
	raw, _ := json.Marshal(c)
	// The lock spans the write so that a flush cannot miss this call when
	// it computes the next due time.
	s.outbox.mu.Lock()
	err := s.st.Update(func(tx *bbolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists([]byte(bucketOutbox))
		if err != nil {
			return err
		}
		return b.Put(outboxKey(due), raw)
	})
	if err == nil && s.outbox.loaded && (s.outbox.nextDue == 0 || due < s.outbox.nextDue) {
		s.outbox.nextDue = due
	}
	s.outbox.mu.Unlock()
	if err != nil {
		return
	}
	// A timer for a long-running server; after the store is closed its
	// flush fails harmlessly and the call waits for the next process.
	time.AfterFunc(delay, s.flushDue)
}

// flushDue posts every call whose delay has passed.
func (s *server) flushDue() {
	if s.st == nil {
		return // a handler without state answers only its envelopes
	}
	now := s.now().UnixNano()
	calls, ok := s.takeDue(now)
	if !ok {
		return
	}
	for _, c := range calls {
		s.call(c.IDWebhook, c.URL, c.Body)
	}
}

// takeDue removes and returns the calls due by now.
func (s *server) takeDue(now int64) ([]pendingCall, bool) {
	s.outbox.mu.Lock()
	defer s.outbox.mu.Unlock()
	if !s.outbox.loaded {
		s.outbox.nextDue, s.outbox.loaded = s.firstDue(), true
	}
	if s.outbox.nextDue == 0 || s.outbox.nextDue > now {
		return nil, false
	}
	var calls []pendingCall
	next := int64(0)
	err := s.st.Update(func(tx *bbolt.Tx) error {
		calls, next = nil, 0
		b := tx.Bucket([]byte(bucketOutbox))
		if b == nil {
			return nil
		}
		c := b.Cursor()
		for k, v := c.First(); k != nil; k, v = c.First() {
			if dueOf(k) > now {
				next = dueOf(k)
				break
			}
			var pc pendingCall
			if json.Unmarshal(v, &pc) == nil {
				calls = append(calls, pc)
			}
			if err := c.Delete(); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, false
	}
	s.outbox.nextDue = next
	return calls, true
}

// firstDue reads when the earliest stored call is due.
func (s *server) firstDue() int64 {
	var due int64
	s.st.View(func(tx *bbolt.Tx) error {
		if b := tx.Bucket([]byte(bucketOutbox)); b != nil {
			if k, _ := b.Cursor().First(); k != nil {
				due = dueOf(k)
			}
		}
		return nil
	})
	return due
}
