package receiver

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

func idOf(line []byte) string {
	var e struct{ ID string }
	if json.Unmarshal(line, &e) != nil {
		return ""
	}
	return e.ID
}

func TestJournalDeduplicatesAcrossReopens(t *testing.T) {
	path := filepath.Join(t.TempDir(), "events.jsonl")
	j, opened, err := OpenJournal(path, idOf)
	if err != nil || opened.Events != 0 {
		t.Fatal(opened, err)
	}
	var printed []string
	var wg sync.WaitGroup
	var mu sync.Mutex
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			id := []string{"a", "b", "c"}[i%3]
			j.Record(id, []byte(`{"id":"`+id+`"}`), func() { mu.Lock(); printed = append(printed, id); mu.Unlock() })
		}()
	}
	wg.Wait()
	if j.Recorded() != 3 || len(printed) != 3 {
		t.Fatalf("recorded %d, printed %v", j.Recorded(), printed)
	}
	j.Close()
	j, opened, err = OpenJournal(path, idOf)
	if err != nil || opened.Events != 3 || !j.Seen("b") {
		t.Fatal(opened, err)
	}
	if fresh, err := j.Record("b", []byte(`{"id":"b"}`), nil); fresh || err != nil {
		t.Errorf("a duplicate after reopening: fresh %v, %v", fresh, err)
	}
	if fresh, _ := j.Record("d", []byte(`{"id":"d"}`), nil); !fresh {
		t.Error("a new event after reopening was not recorded")
	}
	j.Close()
	b, _ := os.ReadFile(path)
	if strings.Count(string(b), "\n") != 4 {
		t.Errorf("file:\n%s", b)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v", fi.Mode())
	}
}

// A run killed while writing leaves a torn last line: it is dropped at
// the next open (that event was never acknowledged), so the next event
// starts on a line of its own instead of being glued to it.
func TestJournalDropsATornLastLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "events.jsonl")
	os.WriteFile(path, []byte(`{"id":"a"}`+"\n"+`{"id":"b","da`), 0o600)
	j, opened, err := OpenJournal(path, idOf)
	if err != nil || opened.Events != 1 || opened.Torn != int64(len(`{"id":"b","da`)) || j.Seen("b") {
		t.Fatal(opened, err)
	}
	j.Record("b", []byte(`{"id":"b"}`), nil)
	j.Close()
	if b, _ := os.ReadFile(path); string(b) != `{"id":"a"}`+"\n"+`{"id":"b"}`+"\n" {
		t.Errorf("file %q", b)
	}
}

// failing fails its writes after writing part of them, like a full disk.
type failing struct {
	f    *os.File
	fail bool
}

func (f *failing) Write(p []byte) (int, error) {
	if f.fail {
		n, _ := f.f.Write(p[:len(p)/2])
		return n, errors.New("no space left on device")
	}
	return f.f.Write(p)
}

func (f *failing) Sync() error { return f.f.Sync() }

// cuttable can also cut the file back, as *os.File can.
type cuttable struct{ *failing }

func (c cuttable) Truncate(n int64) error { return c.f.Truncate(n) }

// A failed append is not remembered, so the resend is recorded; whether
// or not the file can be cut back, the resend is a line of its own.
func TestJournalFailedAppendIsNotRemembered(t *testing.T) {
	for _, canCut := range []bool{true, false} {
		path := filepath.Join(t.TempDir(), "events.jsonl")
		f, _ := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_APPEND, 0o600)
		w := &failing{f: f}
		var file File = w
		if canCut {
			file = cuttable{w}
		}
		j := NewJournal(file, nil)
		j.Record("z", []byte(`{"id":"z"}`), nil)
		w.fail = true
		if fresh, err := j.Record("a", []byte(`{"id":"a"}`), nil); fresh || err == nil || j.Seen("a") {
			t.Fatalf("failed write: fresh %v, err %v", fresh, err)
		}
		w.fail = false
		if fresh, err := j.Record("a", []byte(`{"id":"a"}`), nil); !fresh || err != nil {
			t.Fatalf("the resend: %v %v", fresh, err)
		}
		f.Close()
		j2, opened, err := OpenJournal(path, idOf)
		if err != nil {
			t.Fatal(err)
		}
		j2.Close()
		b, _ := os.ReadFile(path)
		if !j2.Seen("a") || !j2.Seen("z") || (canCut && opened.Events != 2) || (canCut && strings.Count(string(b), "\n") != 2) {
			t.Errorf("can cut %v: %+v, file %q", canCut, opened, b)
		}
	}
}
