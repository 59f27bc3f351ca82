package facti

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/mxpay/mxpay/internal/cmdutil"
)

// Journal states. A row whose last state is "sending" was (maybe) sent and
// its outcome never recorded: it is resolved by a search before anything
// is sent again.
const (
	stateSending = "sending"
	stateCreated = "created"
	stateFailed  = "failed" // Facti refused it or it provably was not created
)

type journalEntry struct {
	Key       string `json:"key"`
	Line      int    `json:"line"`
	State     string `json:"state"`
	RequestID string `json:"request_id,omitempty"`
	Total     string `json:"total_amount,omitempty"`
	Error     string `json:"error,omitempty"`
}

// journal is an append-only JSONL file. Records are written by one
// goroutine that fsyncs once per batch (group commit): each caller returns
// only after its record is on disk, and concurrent callers share an fsync.
type journal struct {
	fh   *os.File
	reqs chan journalReq
	done chan struct{}
}

type journalReq struct {
	e    journalEntry
	ack  chan error  // record: the caller waits
	then func(error) // recordThen: called once durable
}

// openJournal reads what an earlier run recorded (last state per key) and
// opens the file for appending. A torn last line (a crash mid-write) is ignored.
func openJournal(path string) (*journal, map[string]journalEntry, error) {
	fh, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR|os.O_APPEND, 0o600)
	if err != nil {
		return nil, nil, cmdutil.UsageErrorf("--journal: %v", err)
	}
	prior := map[string]journalEntry{}
	data, err := io.ReadAll(fh)
	if err != nil {
		fh.Close()
		return nil, nil, fmt.Errorf("reading the journal %s: %w", path, err)
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		var e journalEntry
		if json.Unmarshal(sc.Bytes(), &e) == nil && e.Key != "" {
			prior[e.Key] = e
		}
	}
	if len(data) > 0 && data[len(data)-1] != '\n' {
		// Finish the torn line so the next record starts on its own.
		if _, err := fh.Write([]byte("\n")); err != nil {
			fh.Close()
			return nil, nil, err
		}
	}
	j := &journal{fh: fh, reqs: make(chan journalReq, 64), done: make(chan struct{})}
	go j.loop()
	return j, prior, nil
}

func (j *journal) loop() {
	defer close(j.done)
	var buf bytes.Buffer
	for first := range j.reqs {
		batch := []journalReq{first}
	more:
		for {
			select {
			case r, ok := <-j.reqs:
				if !ok {
					break more
				}
				batch = append(batch, r)
			default:
				break more
			}
		}
		buf.Reset()
		for _, r := range batch {
			line, _ := json.Marshal(r.e) // plain fields: cannot fail
			buf.Write(line)
			buf.WriteByte('\n')
		}
		_, err := j.fh.Write(buf.Bytes())
		if err == nil {
			err = j.fh.Sync()
		}
		for _, r := range batch {
			if r.then != nil {
				r.then(err)
			} else {
				r.ack <- err
			}
		}
	}
}

// record appends e and returns once it is on disk.
func (j *journal) record(e journalEntry) error {
	ack := make(chan error, 1)
	j.reqs <- journalReq{e: e, ack: ack}
	if err := <-ack; err != nil {
		return fmt.Errorf("writing the journal: %w", err)
	}
	return nil
}

// recordAll journals rows as "sending" and returns once all are on disk
// (they share one fsync).
func (j *journal) recordAll(rows []bulkRow) error {
	acks := make([]chan error, len(rows))
	for i, row := range rows {
		acks[i] = make(chan error, 1)
		j.reqs <- journalReq{e: journalEntry{Key: row.key, Line: row.line, State: stateSending}, ack: acks[i]}
	}
	var first error
	for _, ack := range acks {
		if err := <-ack; err != nil && first == nil {
			first = fmt.Errorf("writing the journal: %w", err)
		}
	}
	return first
}

// recordThen appends e without waiting; then runs (on the journal's
// goroutine) once e is on disk or the write failed.
func (j *journal) recordThen(e journalEntry, then func(error)) {
	j.reqs <- journalReq{e: e, then: then}
}

func (j *journal) close() error {
	close(j.reqs)
	<-j.done
	return j.fh.Close()
}
