package output

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/olekukonko/tablewriter/pkg/twwidth"
)

// PrintObject prints a single result. In table format it prints one aligned
// "Header: value" line per column (after --fields); json prints the raw
// object (indented on a terminal, one compact line otherwise); jsonl prints it
// compact; csv prints a header row and one record; --jq runs on the object.
func PrintObject[T any](ios *IOStreams, opts Options, cols []Column[T], raw func(T) json.RawMessage, item T) error {
	if err := opts.Validate(); err != nil {
		return err
	}
	format := opts.format()
	if format == FormatTable || format == FormatCSV {
		chosen, err := selectColumns(cols, opts.fieldNames())
		if err != nil {
			return err
		}
		cells := cellsOf(chosen, item, nil)
		if format == FormatCSV {
			w := csv.NewWriter(ios.Out)
			_ = w.Write(columnNames(chosen)) // write errors are sticky: Error reports them
			_ = w.Write(cells)
			w.Flush()
			if err := w.Error(); err != nil {
				return fmt.Errorf("writing csv: %w", err)
			}
			return nil
		}
		return printFieldLines(ios, columnHeaders(chosen), cells)
	}

	rawItem, err := newJSONForm(cols, raw, opts.fieldNames()).of(item)
	if err != nil {
		return err
	}
	out := bufio.NewWriter(ios.Out)
	pretty := ios.IsStdoutTTY() && format == FormatJSON
	if opts.JQ != "" {
		code, err := compileJQ(opts.JQ)
		if err != nil {
			return err
		}
		v, err := decodeForJQ(rawItem)
		if err != nil {
			return err
		}
		if err := (&jqFilter{ctx: opts.context(), code: code, pretty: ios.IsStdoutTTY()}).run(out, v); err != nil {
			return err
		}
		return out.Flush()
	}
	if err := writeJSON(out, &bytes.Buffer{}, rawItem, pretty, ""); err != nil {
		return err
	}
	out.WriteByte('\n')
	return out.Flush()
}

// printFieldLines prints "Header: value" lines with the values aligned.
func printFieldLines(ios *IOStreams, headers, values []string) error {
	cs := ios.ColorScheme()
	width := 0
	for _, h := range headers {
		width = max(width, twwidth.Width(sanitizeCell(h)))
	}
	out := bufio.NewWriter(ios.Out)
	for i, h := range headers {
		h = sanitizeCell(h)
		label := cs.Bold(h+":") + strings.Repeat(" ", width-twwidth.Width(h))
		line := label + " " + sanitizeCell(values[i])
		out.WriteString(strings.TrimRight(line, " "))
		out.WriteByte('\n')
	}
	return out.Flush()
}
