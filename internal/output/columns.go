package output

import (
	"strings"
)

// Column is one field of a command's result as shown in table and csv
// output. Name is the stable identifier used by --fields and as the csv
// header; Header is the human heading of the table.
//
// Name columns after the provider's top-level JSON key where there is one,
// so that --fields means the same thing in every format.
type Column[T any] struct {
	Name   string
	Header string // a catalog id: translated on a terminal, never in csv or a piped table
	Value  func(T) string
	// Words marks a column whose values are words of the catalog (paid,
	// pending, declined): translated on a terminal, never elsewhere.
	Words bool
}

// selectColumns returns the columns named by fields, in that order, or all
// columns when fields is empty. An unknown name is a usage error that lists
// the valid names.
func selectColumns[T any](cols []Column[T], fields []string) ([]Column[T], error) {
	if len(fields) == 0 {
		return cols, nil
	}
	chosen := make([]Column[T], 0, len(fields))
	for _, name := range fields {
		i := columnIndex(cols, name)
		if i < 0 {
			return nil, usageErrorf("unknown field %q in --fields: valid fields are %s", name, strings.Join(columnNames(cols), ", "))
		}
		chosen = append(chosen, cols[i])
	}
	return chosen, nil
}

func columnIndex[T any](cols []Column[T], name string) int {
	for i, c := range cols {
		if c.Name == name {
			return i
		}
	}
	return -1
}

// ColumnNames returns the names --fields accepts for cols, e.g. for shell
// completion.
func ColumnNames[T any](cols []Column[T]) []string { return columnNames(cols) }

func columnNames[T any](cols []Column[T]) []string {
	names := make([]string, len(cols))
	for i, c := range cols {
		names[i] = c.Name
	}
	return names
}

func columnHeaders[T any](cols []Column[T]) []string {
	headers := make([]string, len(cols))
	for i, c := range cols {
		headers[i] = c.Header
		if headers[i] == "" {
			headers[i] = c.Name
		}
	}
	return headers
}

// cellsOf renders item through cols into dst, reusing its storage.
func cellsOf[T any](cols []Column[T], item T, dst []string) []string {
	dst = dst[:0]
	for _, c := range cols {
		dst = append(dst, c.Value(item))
	}
	return dst
}

// columnWords says which of cols hold catalog words (Column.Words).
func columnWords[T any](cols []Column[T]) []bool {
	words := make([]bool, len(cols))
	for i, c := range cols {
		words[i] = c.Words
	}
	return words
}
