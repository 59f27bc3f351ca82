package facti

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/mxpay/mxpay/internal/cmdutil"
)

// Journal states, the last one per row wins. "sending" and "unknown" rows
// may have been created: a resume looks them up before anything is sent,
// and never sends one it cannot decide. "created" and "found" rows exist
// and are skipped. "failed" rows were refused by Facti or provably not
// sent, and are sent again (through the duplicate guard).
const (
	stateSending = "sending"
	stateCreated = "created"
	stateFound   = "found"
	stateFailed  = "failed"
	stateUnknown = "unknown"
)

// sendSlack is how long after being journaled as sending a row may still
// be sent; a worker that picks it up later journals it again first, so
// SentBy bounds when it left.
const sendSlack = time.Second

type journalEntry struct {
	Key       string `json:"key"`
	Line      int    `json:"line"`
	State     string `json:"state"`
	RequestID string `json:"request_id,omitempty"`
	Total     string `json:"total_amount,omitempty"`
	Error     string `json:"error,omitempty"`
	// SentBy (sending, unknown) is the latest moment the row can have
	// been sent, and SinceID the first id a payment it created can have.
	SentBy  time.Time `json:"sent_by,omitzero"`
	SinceID uint64    `json:"since_id,omitempty"`
}

// settled reports a row that exists at Facti.
func (e journalEntry) settled() bool { return e.State == stateCreated || e.State == stateFound }

// undecided reports a row that may have been created.
func (e journalEntry) undecided() bool { return e.State == stateSending || e.State == stateUnknown }

// journal is an append-only JSONL file. Records are written by one
// goroutine that fsyncs once per batch (group commit): each caller returns
// only after its record is on disk, and concurrent callers share an fsync.
// Every error text passes the run's redactor before it is written.
type journal struct {
	fh     *os.File
	redact *cmdutil.Redactor
	reqs   chan journalReq
	done   chan struct{}
}

type journalReq struct {
	e    journalEntry
	ack  chan error  // record: the caller waits
	then func(error) // recordThen: called once durable
}

// openJournal reads what an earlier run recorded and opens the file for
// appending.
func openJournal(path string, redact *cmdutil.Redactor) (*journal, map[string]journalEntry, error) {
	fh, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR|os.O_APPEND, 0o600)
	if err != nil {
		return nil, nil, cmdutil.UsageErrorf("--journal: %v", err)
	}
	data, err := io.ReadAll(fh)
	if err != nil {
		fh.Close()
		return nil, nil, fmt.Errorf("reading the journal %s: %w", path, err)
	}
	prior := loadJournal(data)
	if len(data) > 0 && data[len(data)-1] != '\n' {
		// Finish the torn line so the next record starts on its own.
		if _, err := fh.Write([]byte("\n")); err != nil {
			fh.Close()
			return nil, nil, err
		}
	}
	j := &journal{fh: fh, redact: redact, reqs: make(chan journalReq, 64), done: make(chan struct{})}
	go j.loop()
	return j, prior, nil
}

// loadJournal returns the last state of each row. Lines it cannot read (a
// torn last line after a crash, anything else) are ignored: a row it
// loses is simply not known, and goes through the duplicate guard.
func loadJournal(data []byte) map[string]journalEntry {
	prior := map[string]journalEntry{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		var e journalEntry
		if json.Unmarshal(sc.Bytes(), &e) == nil && e.Key != "" {
			prior[e.Key] = e
		}
	}
	return prior
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
			r.e.Error = j.redact.Text(r.e.Error)
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

// recordSending journals rows as "sending" and returns once all are on
// disk (they share one fsync); each row's sentBy is set.
func (j *journal) recordSending(rows []bulkRow, sinceID uint64) error {
	acks := make([]chan error, len(rows))
	sentBy := time.Now().Add(sendSlack)
	for i := range rows {
		rows[i].sentBy = sentBy
		acks[i] = make(chan error, 1)
		j.reqs <- journalReq{e: journalEntry{Key: rows[i].key, Line: rows[i].line, State: stateSending, SentBy: sentBy, SinceID: sinceID}, ack: acks[i]}
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
