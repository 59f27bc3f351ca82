package output

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"strings"

	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/olekukonko/tablewriter/pkg/twwidth"
)

// PrintObject prints a single result. In table format it prints one
// "Header: value" line per column (after --fields), aligned, on a terminal,
// and "name<TAB>value" lines (the stable column names) when piped; json
// prints the raw object (indented and colored on a terminal, one compact
// line otherwise); jsonl prints it compact; csv prints a header row and one
// record; --jq and --template run on the object.
func PrintObject[T any](ios *IOStreams, opts Options, cols []Column[T], raw func(T) json.RawMessage, item T) error {
	if err := opts.Validate(); err != nil {
		return err
	}
	format := opts.format()
	var chosen []Column[T]
	var rawItem json.RawMessage
	var err error
	if format == FormatTable || format == FormatCSV {
		if chosen, err = selectColumns(cols, opts.fieldNames()); err != nil {
			return err
		}
	} else if rawItem, err = newJSONForm(cols, raw, opts.fieldNames()).of(item); err != nil {
		return err
	}
	ios.StartPager()
	defer ios.StopPager()

	switch {
	case format == FormatCSV:
		w := csv.NewWriter(ios.Out)
		_ = w.Write(columnNames(chosen)) // write errors are sticky: Error reports them
		_ = w.Write(cellsOf(chosen, item, nil))
		w.Flush()
		if err := w.Error(); err != nil {
			return i18n.Errorf("writing csv: %w", err)
		}
		return nil
	case format == FormatTable:
		return printFieldLines(ios, columnNames(chosen), columnHeaders(chosen), cellsOf(chosen, item, nil), columnWords(chosen))
	case opts.Filtered():
		out := &rowWriter{Writer: bufio.NewWriter(ios.Out)}
		s, err := newFilterSink(ios, opts, FormatJSONL, out)
		if err != nil {
			return err
		}
		if err := s.add(record{raw: rawItem}); err != nil {
			return err
		}
		return s.close()
	}
	out := bufio.NewWriter(ios.Out)
	pretty := ios.IsStdoutTTY() && format == FormatJSON
	var w io.Writer = out
	if pretty {
		w = colorJSON(ios, out)
	}
	if err := writeJSON(w, &bytes.Buffer{}, rawItem, pretty, ""); err != nil {
		return err
	}
	if c, ok := w.(*jsonColorWriter); ok {
		if err := c.end(); err != nil {
			return err
		}
	}
	out.WriteByte('\n')
	return out.Flush()
}

// printFieldLines prints "Header: value" lines with the values aligned on a
// terminal (labels bold, outcomes colored), and "name<TAB>value" lines when
// piped, so a script can pick a field with awk -F'\t' whatever the language.
//
// On a terminal the labels (catalog ids) and the values of words columns
// are in the reader's language; the piped lines never change.
func printFieldLines(ios *IOStreams, names, headers, values []string, words []bool) error {
	out := bufio.NewWriter(ios.Out)
	if !ios.IsStdoutTTY() {
		for i, name := range names {
			out.WriteString(sanitizeCell(name))
			out.WriteByte('\t')
			out.WriteString(sanitizeCell(values[i]))
			out.WriteByte('\n')
		}
		return out.Flush()
	}
	cs := ios.ColorScheme()
	p := ios.Printer()
	local := make([]string, len(headers))
	width := 0
	for i, h := range headers {
		local[i] = sanitizeCell(p.Text(h))
		width = max(width, twwidth.Width(local[i]))
	}
	for i, h := range local {
		label := cs.Bold(h+":") + strings.Repeat(" ", width-twwidth.Width(h))
		word := sanitizeCell(values[i])
		value := word
		if i < len(words) && words[i] {
			value = sanitizeCell(p.Text(values[i]))
		}
		line := strings.TrimRight(label+" "+statusColorOf(cs, names[i], word, value), " ")
		out.WriteString(line)
		out.WriteByte('\n')
	}
	return out.Flush()
}
