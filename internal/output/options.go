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

// Options say how a command prints its result: the global -o, --jq and
// --fields flags after precedence has been applied.
type Options struct {
	Format string   // "table" (default when empty) | "json" | "jsonl" | "csv"
	JQ     string   // --jq expression, applied to the JSON form
	Fields []string // --fields: columns for table/csv, top-level keys for json/jsonl
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
// known and the jq expression compiles. Field names depend on the command's
// columns and are checked by NewList and PrintObject.
func (o Options) Validate() error {
	format := o.format()
	if !slices.Contains(Formats(), format) {
		return usageErrorf("unknown output format %q: use one of %s", o.Format, strings.Join(Formats(), ", "))
	}
	if o.JQ == "" {
		return nil
	}
	if format == FormatCSV {
		return usageErrorf("--jq filters the JSON form of the result and cannot be combined with -o csv: use -o json or -o jsonl")
	}
	_, err := compileJQ(o.JQ)
	return err
}

// format is the format to print in. --jq works on the JSON form, so with
// --jq the default table becomes json.
func (o Options) format() string {
	f := strings.ToLower(strings.TrimSpace(o.Format))
	if f == "" {
		f = FormatTable
	}
	if f == FormatTable && o.JQ != "" {
		return FormatJSON
	}
	return f
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
