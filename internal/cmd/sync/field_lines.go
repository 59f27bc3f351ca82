package sync

import (
	"bufio"
	"errors"
	"io"
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/i18n"
	syncapi "github.com/mxpay/mxpay/internal/sync"
)

// maxLine bounds one line of --stdin.
const maxLine = 64 << 10

// lines scans r line by line, without the line ending (\n or \r\n).
func lines(r io.Reader) *bufio.Scanner {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxLine)
	return sc
}

// scanError explains why reading --stdin stopped early.
func scanError(sc *bufio.Scanner, line int) error {
	if errors.Is(sc.Err(), bufio.ErrTooLong) {
		return cmdutil.UsageErrorf("--stdin: line %d is longer than %d KB", line, maxLine>>10)
	}
	return i18n.Errorf("reading stdin: %w", sc.Err())
}

// readFieldLines reads credential values from `credentials create --stdin`:
// one FIELD=VALUE per line, the value verbatim after the first '=' (only
// the line ending is removed: a password may have spaces); blank lines
// are skipped. add receives every value as soon as it is read, before any
// check, so that a value is masked even in a failing run. Errors name the
// line, never its text. Fields already in values (from --set) may not be
// given again.
func readFieldLines(r io.Reader, form []syncapi.FormField, values map[string]string, add func(...string)) error {
	sc := lines(r)
	fromStdin := map[string]bool{}
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSuffix(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		name, value, ok := strings.Cut(line, "=")
		add(value)
		name = strings.TrimSpace(name)
		if !ok || name == "" {
			add(line) // no '=': the whole line may be a value
			return cmdutil.UsageErrorf("--stdin line %d: want FIELD=VALUE (the fields are %s)", n, fieldNames(form))
		}
		if _, known := fieldNamed(form, name); !known {
			return cmdutil.UsageErrorf("--stdin line %d names a field this form does not have (it has %s)", n, fieldNames(form))
		}
		if fromStdin[name] {
			return cmdutil.UsageErrorf("--stdin line %d: field %s is given twice", n, name)
		}
		if _, set := values[name]; set {
			return cmdutil.UsageErrorf("--stdin line %d: field %s is given with --set too", n, name)
		}
		fromStdin[name] = true
		values[name] = value
	}
	if sc.Err() != nil {
		return scanError(sc, n+1)
	}
	return nil
}

// readValueLines reads `twofa --stdin`: one value per line for each
// missing field, in the form's order, so a script can pipe an SMS code.
// Values are trimmed (codes have no spaces) and given to add as read.
func readValueLines(r io.Reader, missing []syncapi.FormField, values map[string]string, add func(...string)) error {
	sc := lines(r)
	for i, field := range missing {
		if !sc.Scan() {
			if sc.Err() != nil {
				return scanError(sc, i+1)
			}
			return cmdutil.UsageErrorf("--stdin: no line for two-factor field %s (one value per line, in the order %s)", field.Name, fieldNames(missing))
		}
		add(sc.Text())
		v := strings.TrimSpace(sc.Text())
		add(v)
		values[field.Name] = v
	}
	return nil
}
