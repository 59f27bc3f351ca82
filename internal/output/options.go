package output

import (
	"context"
	"slices"
	"strings"
)

// The output formats, in the order shown in help text.
const (
	FormatTable = "table"
	FormatJSON  = "json"
	FormatJSONL = "jsonl"
	FormatCSV   = "csv"
)

// Options say how a command prints its result: the global -o, --jq,
// --template and --fields flags after precedence has been applied.
type Options struct {
	Format   string   // "table" (default when empty) | "json" | "jsonl" | "csv"
	JQ       string   // --jq expression, applied to the JSON form
	Template string   // --template: a Go template over the JSON form
	Fields   []string // --fields: columns for table/csv, top-level keys for json/jsonl
	// Totals, when set, adds exact per-currency sums of a list (--totals).
	Totals *Totals
	// Context bounds work the printers do themselves (a --jq filter that
	// never ends): when it is cancelled they stop with its error. nil means
	// no bound. The Factory sets it to the command's context.
	Context context.Context
}

// Formats lists the values -o accepts, for flag help and completion.
func Formats() []string {
	return []string{FormatTable, FormatJSON, FormatJSONL, FormatCSV}
}

// Validate checks what can be checked before a command runs: the format is
// known and the jq expression or the template compiles. Field names depend
// on the command's columns and are checked by NewList and PrintObject.
func (o Options) Validate() error {
	format := o.format()
	if !slices.Contains(Formats(), format) {
		return usageErrorf("unknown output format %q: use one of %s", o.Format, strings.Join(Formats(), ", "))
	}
	if o.JQ != "" && o.Template != "" {
		return usageErrorf("--jq and --template both shape the JSON form: use one of them")
	}
	if !o.Filtered() {
		return nil
	}
	if format == FormatCSV {
		return usageErrorf("%s works on the JSON form of the result and cannot be combined with -o csv: use -o json or -o jsonl", o.filterFlag())
	}
	if o.Template != "" {
		_, err := parseTemplate(o.Template, nil)
		return err
	}
	_, err := compileJQ(o.JQ)
	return err
}

// Filtered reports whether --jq or --template reshapes the JSON form: the
// result is then printed through it, whatever -o says (table becomes json).
func (o Options) Filtered() bool { return o.JQ != "" || o.Template != "" }

func (o Options) filterFlag() string {
	if o.Template != "" {
		return "--template"
	}
	return "--jq"
}

// format is the format to print in. --jq and --template work on the JSON
// form, so with either the default table becomes json.
func (o Options) format() string {
	f := strings.ToLower(strings.TrimSpace(o.Format))
	if f == "" {
		f = FormatTable
	}
	if f == FormatTable && o.Filtered() {
		return FormatJSON
	}
	return f
}

// JSONForm reports whether the result prints in its JSON form: -o json,
// -o jsonl, --jq or --template. Commands that print something other than a
// list or object in table form ask it.
func (o Options) JSONForm() bool {
	f := o.format()
	return f == FormatJSON || f == FormatJSONL
}

// context is the Context to run --jq under.
func (o Options) context() context.Context {
	if o.Context == nil {
		return context.Background()
	}
	return o.Context
}

// fieldNames returns --fields without blanks and repeats, in the order given.
func (o Options) fieldNames() []string {
	var names []string
	for _, f := range o.Fields {
		f = strings.TrimSpace(f)
		if f != "" && !slices.Contains(names, f) {
			names = append(names, f)
		}
	}
	return names
}
