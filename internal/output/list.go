package output

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"errors"
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
	sink   sink
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
	l := &List[T]{cols: cols}
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

	out := bufio.NewWriter(ios.Out)
	pretty := ios.IsStdoutTTY()
	switch {
	case opts.Filtered():
		if l.sink, err = newFilterSink(ios, opts, format, out); err != nil {
			return nil, err
		}
	case format == FormatJSON:
		l.sink = &jsonArraySink{out: bufio.NewWriter(colorJSON(ios, ios.Out)), pretty: pretty}
	case format == FormatJSONL:
		l.sink = &jsonLinesSink{out: out}
	case format == FormatCSV:
		l.sink = &csvSink{w: csv.NewWriter(ios.Out), header: columnNames(l.cols)}
	default:
		l.sink = newTableOutput(ios, opts, out, columnNames(l.cols), columnHeaders(l.cols))
	}
	return l, nil
}

var errClosed = errors.New("output: item added to a list that was already closed")

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
