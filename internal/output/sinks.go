package output

import (
	"bytes"
	"encoding/csv"
	"encoding/json"

	"github.com/mxpay/mxpay/internal/i18n"
)

// A sink receives a list's rows one at a time and writes them out. Rows are
// flushed as they are added so that output appears while a long list is
// still being fetched. Nothing is written before the first row or close, so
// a command that fails before its first row prints nothing on stdout.
type sink interface {
	add(r record) error
	close() error
}

// record is one row in the form its sink needs: cells for table and csv, the
// JSON form for json, jsonl and --jq.
type record struct {
	cells []string
	raw   json.RawMessage
}

// jsonArraySink prints a JSON array element by element, never holding more
// than one. On a terminal each element is indented; otherwise each element is
// one compact line between "[" and "]".
type jsonArraySink struct {
	out     *rowWriter
	pretty  bool
	count   int
	scratch bytes.Buffer
}

func (s *jsonArraySink) add(r record) error {
	sep := ",\n"
	if s.count == 0 {
		sep = "[\n"
	}
	s.out.WriteString(sep)
	prefix := ""
	if s.pretty {
		prefix = "  "
		s.out.WriteString(prefix)
	}
	if err := writeJSON(s.out, &s.scratch, r.raw, s.pretty, prefix); err != nil {
		return err
	}
	s.count++
	return s.out.rowDone()
}

func (s *jsonArraySink) close() error {
	if s.count == 0 {
		s.out.WriteString("[]\n")
	} else {
		s.out.WriteString("\n]\n")
	}
	return s.out.Flush()
}

// jsonLinesSink prints one compact JSON object per line.
type jsonLinesSink struct {
	out     *rowWriter
	scratch bytes.Buffer
}

func (s *jsonLinesSink) add(r record) error {
	if err := writeJSON(s.out, &s.scratch, r.raw, false, ""); err != nil {
		return err
	}
	s.out.WriteByte('\n')
	return s.out.rowDone()
}

func (s *jsonLinesSink) close() error { return s.out.Flush() }

// jqEachSink runs --jq on every object as it arrives (-o jsonl --jq), so
// memory stays flat.
type jqEachSink struct {
	out    *rowWriter
	filter *jqFilter
}

func (s *jqEachSink) add(r record) error {
	v, err := decodeForJQ(r.raw)
	if err != nil {
		return err
	}
	if err := s.filter.run(s.out, v); err != nil {
		return err
	}
	return s.out.rowDone()
}

func (s *jqEachSink) close() error { return s.out.Flush() }

// jqArraySink runs --jq once on the whole array (-o json --jq). The JSON form
// of a list is the array, so every element is held until close: memory grows
// with the list here, and only here. Use -o jsonl --jq to filter per object.
type jqArraySink struct {
	out    *rowWriter
	filter *jqFilter
	items  []any
}

func (s *jqArraySink) add(r record) error {
	v, err := decodeForJQ(r.raw)
	if err != nil {
		return err
	}
	s.items = append(s.items, v)
	return nil
}

func (s *jqArraySink) close() error {
	items := s.items
	if items == nil {
		items = []any{} // an empty list is still an array to jq
	}
	s.items = nil
	if err := s.filter.run(s.out, items); err != nil {
		return err
	}
	return s.out.Flush()
}

// csvSink prints a header row of column names, then one RFC 4180 record per
// row (fields with commas, quotes or newlines are quoted; lines end in \n).
// An empty list prints the header alone.
type csvSink struct {
	out     *rowWriter
	w       *csv.Writer // over out
	header  []string
	started bool
}

func (s *csvSink) add(r record) error {
	if err := s.writeHeader(); err != nil {
		return err
	}
	if err := s.w.Write(r.cells); err != nil {
		return i18n.Errorf("writing csv: %w", err)
	}
	if !s.out.due() {
		return nil
	}
	return s.flush()
}

func (s *csvSink) close() error {
	if err := s.writeHeader(); err != nil {
		return err
	}
	return s.flush()
}

func (s *csvSink) writeHeader() error {
	if s.started {
		return nil
	}
	s.started = true
	if err := s.w.Write(s.header); err != nil {
		return i18n.Errorf("writing csv: %w", err)
	}
	return nil
}

func (s *csvSink) flush() error {
	s.w.Flush()
	if err := s.w.Error(); err != nil {
		return i18n.Errorf("writing csv: %w", err)
	}
	if err := s.out.Flush(); err != nil {
		return i18n.Errorf("writing csv: %w", err)
	}
	return nil
}
