package receiver

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
)

// File is where a Journal writes: an *os.File, or a double in tests.
type File interface {
	io.Writer
	Sync() error
}

// Journal is an append-only JSON Lines file of received events. Record
// makes an event durable (written and fsync'd) before the caller answers
// the sender, so an event the sender was told arrived is never lost, and
// it knows the key of every event already in the file (read back when
// the journal is opened), so an event sent again, even to a later run, is
// recognised and not recorded twice. Safe for concurrent use.
type Journal struct {
	mu   sync.Mutex
	w    File
	size int64 // bytes known good; a failed append is cut back to it
	// torn is set when a failed append could not be cut back: the next
	// one starts with a newline, so it is not glued to the torn part.
	torn bool
	seen map[string]bool
	n    int
}

// truncater is what a File needs to cut a failed append back (*os.File).
type truncater interface{ Truncate(size int64) error }

// Opened says what OpenJournal found in the file.
type Opened struct {
	Events int // lines with a key
	// Torn is the length of an incomplete last line, dropped: a run killed
	// while writing it. That event was never acknowledged, so its sender
	// sends it again.
	Torn int64
}

// OpenJournal opens (or creates, mode 0600: events carry customer data)
// the journal at path. keyOf returns an event's key from its line, "" for
// lines that carry none (they are kept, and remembered by nothing).
func OpenJournal(path string, keyOf func(line []byte) string) (*Journal, Opened, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		return nil, Opened{}, err
	}
	j, opened, err := load(f, keyOf)
	if err != nil {
		f.Close()
		return nil, Opened{}, fmt.Errorf("reading %s: %w", path, err)
	}
	if opened.Torn > 0 {
		if err := f.Truncate(j.size); err != nil {
			f.Close()
			return nil, Opened{}, fmt.Errorf("dropping the incomplete last line of %s: %w", path, err)
		}
	}
	return j, opened, nil
}

// NewJournal is a journal over w that already holds the events of seen.
func NewJournal(w File, seen []string) *Journal {
	j := &Journal{w: w, seen: map[string]bool{}}
	for _, k := range seen {
		j.seen[k] = true
	}
	return j
}

func load(f *os.File, keyOf func([]byte) string) (*Journal, Opened, error) {
	j := &Journal{w: f, seen: map[string]bool{}}
	var opened Opened
	rd := bufio.NewReaderSize(f, 64<<10)
	for {
		line, err := rd.ReadBytes('\n')
		if errors.Is(err, io.EOF) {
			opened.Torn = int64(len(line))
			return j, opened, nil
		}
		if err != nil {
			return nil, Opened{}, err
		}
		j.size += int64(len(line))
		if k := keyOf(bytes.TrimSuffix(line, []byte("\n"))); k != "" {
			j.seen[k] = true
			opened.Events++
		}
	}
}

// Record appends line (one JSON value, no newline) unless an event with
// key is already recorded; fresh is false for such a duplicate. The line
// is on disk (fsync'd) before Record returns; if writing or syncing fails
// the append is cut back and the event is not remembered, so the sender
// must be told to send it again. then, if not nil, runs after a fresh
// record while the journal is still locked, so whatever it prints comes
// in the journal's order.
func (j *Journal) Record(key string, line []byte, then func()) (fresh bool, err error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if key != "" && j.seen[key] {
		return false, nil
	}
	buf := make([]byte, 0, len(line)+2)
	if j.torn {
		buf = append(buf, '\n')
	}
	buf = append(append(buf, line...), '\n')
	_, err = j.w.Write(buf)
	if err == nil {
		err = j.w.Sync()
	}
	if err != nil {
		t, ok := j.w.(truncater)
		j.torn = !ok || t.Truncate(j.size) != nil
		return false, err
	}
	j.torn = false
	j.size += int64(len(buf))
	if key != "" {
		j.seen[key] = true
	}
	j.n++
	if then != nil {
		then()
	}
	return true, nil
}

// Seen reports whether an event with key is recorded.
func (j *Journal) Seen(key string) bool {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.seen[key]
}

// Recorded is how many fresh events this journal recorded.
func (j *Journal) Recorded() int {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.n
}

// Close closes the file.
func (j *Journal) Close() error {
	if c, ok := j.w.(io.Closer); ok {
		return c.Close()
	}
	return nil
}
