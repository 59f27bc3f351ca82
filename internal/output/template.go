package output

import (
	"bufio"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"text/template"
	"time"

	"github.com/dustin/go-humanize"
	"github.com/mxpay/mxpay/internal/i18n"
)

// templateRun executes --template (Go text/template) over the JSON form of
// a result, with gh's helpers:
//
//	tablerow FIELD...       add a row to a table printed aligned on a terminal
//	                        (tab-separated when piped), at tablerender or the end
//	tablerender             print the rows added so far
//	timefmt LAYOUT TIME     format a time with a Go layout ("2006-01-02")
//	timeago TIME            "3 hours ago", "in 2 days"
//	pluck FIELD LIST        the FIELD of every object of LIST
//	join SEP LIST           the items of LIST joined with SEP
//	truncate WIDTH TEXT     TEXT cut to WIDTH display columns with "…"
//	color STYLE TEXT        TEXT in a color (bold, red, green, yellow, cyan, blue, gray)
//	autocolor STYLE TEXT    as color, only when stdout is a terminal with color on
//
// Numbers are kept as the provider wrote them ({{.amount}} prints 1234.50).
// A TIME is RFC 3339, "YYYY-MM-DD hh:mm:ss" or "YYYY-MM-DD" (local time), or
// Unix seconds, as Sync sends them.
type templateRun struct {
	ios  *IOStreams
	out  *bufio.Writer
	tmpl *template.Template
	rows sink
	now  func() time.Time
}

func newTemplateRun(ios *IOStreams, text string, out *bufio.Writer) (*templateRun, error) {
	r := &templateRun{ios: ios, out: out, now: time.Now}
	tmpl, err := parseTemplate(text, r)
	if err != nil {
		return nil, err
	}
	r.tmpl = tmpl
	return r, nil
}

// parseTemplate parses text with the helpers bound to r (nil only checks
// the syntax); a template that does not parse is a usage error.
func parseTemplate(text string, r *templateRun) (*template.Template, error) {
	if r == nil {
		r = &templateRun{now: time.Now}
	}
	tmpl, err := template.New("--template").Funcs(r.funcs()).Parse(text)
	if err != nil {
		return nil, usageErrorf("invalid --template: %v", err)
	}
	return tmpl, nil
}

// execute runs the template on one value (an object, or a list's array).
func (r *templateRun) execute(data any) error {
	if err := r.tmpl.Execute(r.out, data); err != nil {
		return i18n.Errorf("--template: %w", err)
	}
	return r.out.Flush()
}

// finish prints the rows tablerow added and tablerender did not print.
func (r *templateRun) finish() error {
	r.renderTable()
	return r.out.Flush()
}

func (r *templateRun) funcs() template.FuncMap {
	return template.FuncMap{
		"tablerow":    r.tableRow,
		"tablerender": func() string { r.renderTable(); return "" },
		"timefmt": func(layout string, v any) (string, error) {
			t, err := templateTime(v)
			if err != nil {
				return "", err
			}
			return t.Format(layout), nil
		},
		"timeago": func(v any) (string, error) {
			t, err := templateTime(v)
			if err != nil {
				return "", err
			}
			return humanize.RelTime(t, r.now(), "ago", "from now"), nil
		},
		"pluck": func(field string, list []any) []any {
			var out []any
			for _, item := range list {
				if m, ok := item.(map[string]any); ok {
					out = append(out, m[field])
				}
			}
			return out
		},
		"join": func(sep string, list []any) string {
			parts := make([]string, len(list))
			for i, v := range list {
				parts[i] = templateText(v)
			}
			return strings.Join(parts, sep)
		},
		"truncate": func(width int, v any) string { return truncateCell(templateText(v), width) },
		"color":    func(style string, v any) (string, error) { return colorStyle(NewColorScheme(true), style, v) },
		"autocolor": func(style string, v any) (string, error) {
			enabled := r.ios != nil && r.ios.IsStdoutTTY() && r.ios.ColorEnabled()
			return colorStyle(NewColorScheme(enabled), style, v)
		},
	}
}

// tableRow adds a row to the template's table, which prints as -o table
// does: aligned and fitted on a terminal, tab-separated when piped.
func (r *templateRun) tableRow(fields ...any) (string, error) {
	if r.rows == nil {
		// The template's own text already went to out; rows follow it.
		if err := r.out.Flush(); err != nil {
			return "", err
		}
		if r.ios != nil && r.ios.IsStdoutTTY() {
			r.rows = newTableSink(r.out, tableStyle{color: r.ios.ColorScheme(), termWidth: r.ios.TerminalWidth()}, nil)
		} else {
			r.rows = &tsvSink{out: r.out}
		}
	}
	cells := make([]string, len(fields))
	for i, f := range fields {
		cells[i] = templateText(f)
	}
	return "", r.rows.add(record{cells: cells})
}

func (r *templateRun) renderTable() {
	if r.rows != nil {
		_ = r.rows.close() // a write error shows again on the next flush
		r.rows = nil
	}
}

// templateText is how a value prints in a table cell or join: strings and
// numbers as they are, null as nothing, anything else as compact JSON.
func templateText(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case json.Number:
		return v.String()
	case bool, int, int64, float64:
		return fmt.Sprint(v)
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

var naiveLayouts = []string{"2006-01-02 15:04:05", "2006-01-02T15:04:05", "2006-01-02"}

// templateTime reads the times providers send.
func templateTime(v any) (time.Time, error) {
	s := strings.TrimSpace(templateText(v))
	if s == "" {
		return time.Time{}, i18n.Errorf("no time to format")
	}
	if secs, err := strconv.ParseInt(s, 10, 64); err == nil {
		return time.Unix(secs, 0).UTC(), nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	for _, layout := range naiveLayouts {
		if t, err := time.ParseInLocation(layout, s, time.Local); err == nil {
			return t, nil
		}
	}
	return time.Time{}, i18n.Errorf("%q is not a time (RFC 3339, YYYY-MM-DD hh:mm:ss, YYYY-MM-DD or Unix seconds)", s)
}

func colorStyle(cs *ColorScheme, style string, v any) (string, error) {
	text := templateText(v)
	paint := map[string]func(string) string{
		"bold": cs.Bold, "red": cs.Red, "green": cs.Green, "yellow": cs.Yellow,
		"cyan": cs.Cyan, "blue": cs.Blue, "gray": cs.Gray,
	}[strings.ToLower(style)]
	if paint == nil {
		return "", i18n.Errorf("unknown color %q: use bold, red, green, yellow, cyan, blue or gray", style)
	}
	return paint(text), nil
}
