package output

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"runtime/debug"

	"github.com/mxpay/mxpay/internal/idle"
)

// List prints a list of results in the chosen format as they are added:
// table, csv, json and jsonl rows reach stdout without the list being held
// in memory (a table holds only its first batch, to size its columns). The
// one exception is -o json --jq, whose input is the whole array.
//
// Call Close once every item has been added. After an error, do not call
// Close: a json array is then left without its closing bracket, so a reader
// cannot mistake the partial output for a complete result.
type List[T any] struct {
	cols   []Column[T] // the columns shown by table and csv, after --fields
	form   *jsonForm[T]
	cells  []string // reused for each row
	out    *rowWriter
	csv    *csv.Writer // set for -o csv: it may buffer on its own
	sink   sink
	tty    bool
	extras *listExtras[T] // pager and --totals (totals.go)
	closed bool
}

// NewList validates opts against the command's columns and returns a list
// printer writing to ios.Out. raw returns the provider's JSON for an item;
// when raw is nil the item itself is marshalled.
func NewList[T any](ios *IOStreams, opts Options, cols []Column[T], raw func(T) json.RawMessage) (*List[T], error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	format := opts.format()
	fields := opts.fieldNames()
	l := &List[T]{cols: cols, tty: ios.IsStdoutTTY()}
	if format == FormatTable || format == FormatCSV {
		chosen, err := selectColumns(cols, fields)
		if err != nil {
			return nil, err
		}
		l.cols = chosen
	} else {
		l.form = newJSONForm(cols, raw, fields)
	}

	var err error
	if l.extras, err = newListExtras(ios, opts, cols); err != nil {
		return nil, err
	}
	w := ios.Out
	if format == FormatJSON && !opts.Filtered() {
		w = colorJSON(ios, w) // on a terminal with color only
	}
	l.out = &rowWriter{Writer: bufio.NewWriterSize(w, outBufferSize)}
	out := l.out
	pretty := ios.IsStdoutTTY()
	switch {
	case opts.Filtered():
		if l.sink, err = newFilterSink(ios, opts, format, out); err != nil {
			return nil, err
		}
	case format == FormatJSON:
		l.sink = &jsonArraySink{out: out, pretty: pretty}
	case format == FormatJSONL:
		l.sink = &jsonLinesSink{out: out}
	case format == FormatCSV:
		l.csv = csv.NewWriter(out.Writer) // which it then uses as its own buffer
		l.sink = &csvSink{out: out, w: l.csv, header: columnNames(l.cols)}
	default:
		l.sink = newTableOutput(ios, opts, out.Writer, columnNames(l.cols), columnHeaders(l.cols), columnWords(l.cols))
	}
	return l, nil
}

var errClosed = errors.New("output: item added to a list that was already closed")

// Stream makes the list write rows out in large writes, for a long list
// read page by page: the returned context carries the hint (package idle)
// its pager gives before it waits for the next page, when the rows held
// are written out, as they are at the latest streamFlushEvery after the
// last write. Rows on a terminal are still written out one by one. A
// caller that stops on an error calls Flush instead of Close.
func (l *List[T]) Stream(ctx context.Context) context.Context {
	l.out.streamed = !l.tty
	// A long export's live heap is a few pages, but it allocates its rows
	// page after page: collecting every few megabytes cost a third of its
	// CPU. Collect at three times the live heap instead (tens of MB, flat).
	if prev := debug.SetGCPercent(streamGCPercent); prev > streamGCPercent || prev < 0 {
		debug.SetGCPercent(prev) // a higher GOGC, or off, was the user's choice
	}
	return idle.With(ctx, func() { l.Flush() })
}

// streamGCPercent is the GOGC of a streamed export (see Stream).
const streamGCPercent = 200

// Flush writes out the rows held so far, without closing the list: for an
// error that ends a streamed list before Close (whose output is then left
// unfinished, as Close's comment says). Its error is the output's.
func (l *List[T]) Flush() error {
	if l.csv != nil {
		l.csv.Flush()
		if err := l.csv.Error(); err != nil {
			return err
		}
	}
	return l.out.Flush()
}

// Add prints one item (or, for a table's first batch, holds it).
func (l *List[T]) Add(item T) error {
	if l.closed {
		return errClosed
	}
	l.extras.add(item)
	if l.form == nil {
		l.cells = cellsOf(l.cols, item, l.cells)
		return l.sink.add(record{cells: l.cells})
	}
	raw, err := l.form.of(item)
	if err != nil {
		return err
	}
	return l.sink.add(record{raw: raw})
}

// Close finishes the output: the closing bracket of a json array, the rows a
// short table was holding, the result of --jq over a json array. Closing
// twice is harmless.
func (l *List[T]) Close() error {
	if l.closed {
		return nil
	}
	l.closed = true
	return l.extras.close(l.sink.close())
}
