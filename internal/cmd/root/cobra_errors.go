package root

import (
	"errors"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/spf13/pflag"
)

// cobra and pflag write their errors in English with fmt. Their shapes
// are fixed, so each is recognized here and built again as a catalog
// message with the same words (English reads exactly as cobra's) that root
// shows in the reader's language. The exit code stays 2. The expressions
// are compiled on the first error, not at start-up.
var cobraShapes = sync.OnceValue(func() []cobraShape {
	return []cobraShape{
		{regexp.MustCompile(`^unknown flag: (\S.*)$`), "unknown flag: %s", nil},
		{regexp.MustCompile(`^unknown shorthand flag: ('.+') in (-\S*)$`), "unknown shorthand flag: %s in %s", nil},
		{regexp.MustCompile(`^flag needs an argument: ('.+') in (-\S*)$`), "flag needs an argument: %s in %s", nil},
		{regexp.MustCompile(`^flag needs an argument: (\S.*)$`), "flag needs an argument: %s", nil},
		{regexp.MustCompile(`^bad flag syntax: (.*)$`), "bad flag syntax: %s", nil},
		{regexp.MustCompile(`^requires at least (\d+) arg\(s\), only received (\d+)$`), "requires at least %d arg(s), only received %d", []int{1, 2}},
		{regexp.MustCompile(`^accepts at most (\d+) arg\(s\), received (\d+)$`), "accepts at most %d arg(s), received %d", []int{1, 2}},
		{regexp.MustCompile(`^accepts (\d+) arg\(s\), received (\d+)$`), "accepts %d arg(s), received %d", []int{1, 2}},
		{regexp.MustCompile(`^accepts between (\d+) and (\d+) arg\(s\), received (\d+)$`), "accepts between %d and %d arg(s), received %d", []int{1, 2, 3}},
		{regexp.MustCompile(`^required flag\(s\) (.*) not set$`), "required flag(s) %s not set", nil},
		{regexp.MustCompile(`^if any flags in the group \[(.*)\] are set they must all be set; missing \[(.*)\]$`), "if any flags in the group [%s] are set they must all be set; missing [%s]", nil},
		{regexp.MustCompile(`^at least one of the flags in the group \[(.*)\] is required$`), "at least one of the flags in the group [%s] is required", nil},
		{regexp.MustCompile(`^if any flags in the group \[(.*)\] are set none of the others can be; \[(.*)\] were all set$`), "if any flags in the group [%s] are set none of the others can be; [%s] were all set", nil},
	}
})

type cobraShape struct {
	re  *regexp.Regexp
	key string
	// ints lists the groups that are counts (passed as numbers, so plural
	// forms are chosen by them); the others are passed as strings.
	ints []int
}

// suggestionsRe is cobra's "Did you mean this?" tail after an unknown
// command or an invalid argument.
var (
	unknownCommandRe = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?s)^unknown command ("(?:[^"\\]|\\.)*") for ("(?:[^"\\]|\\.)*")(.*)$`)
	})
	invalidArgRe = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?s)^invalid argument ("(?:[^"\\]|\\.)*") for ("(?:[^"\\]|\\.)*")(.*)$`)
	})
)

// cobraUsageError rebuilds err as a translatable usage error when it is one
// of cobra's or pflag's own; any other error is returned as it is.
func cobraUsageError(err error) error {
	if err == nil {
		return nil
	}
	var invalid *pflag.InvalidValueError
	if errors.As(err, &invalid) {
		fl := invalid.GetFlag()
		name := "--" + fl.Name
		if fl.Shorthand != "" && fl.ShorthandDeprecated == "" {
			name = "-" + fl.Shorthand + ", " + name
		}
		// The cause may be a value's own catalog message: passed as an
		// error, it is translated too.
		return cmdutil.UsageErrorf("invalid argument %q for %q flag: %w", invalid.GetValue(), name, errors.Unwrap(invalid))
	}
	var keyed i18n.Keyed
	if errors.As(err, &keyed) {
		return err // already ours
	}
	msg := err.Error()
	for _, pat := range []*regexp.Regexp{unknownCommandRe(), invalidArgRe()} {
		m := pat.FindStringSubmatch(msg)
		if m == nil {
			continue
		}
		word, _ := strconv.Unquote(m[1])
		path, _ := strconv.Unquote(m[2])
		key := "unknown command %q for %q"
		if pat == invalidArgRe() {
			key = "invalid argument %q for %q"
		}
		if s := suggestionsIn(m[3]); len(s) > 0 {
			return cmdutil.UsageErrorf(key+"\n\nDid you mean this?\n\t%s\n", word, path, strings.Join(s, "\n\t"))
		}
		if m[3] == "" {
			return cmdutil.UsageErrorf(key, word, path)
		}
		return err
	}
	for _, shape := range cobraShapes() {
		m := shape.re.FindStringSubmatch(msg)
		if m == nil {
			continue
		}
		args := make([]any, len(m)-1)
		for i, g := range m[1:] {
			args[i] = g
		}
		for _, i := range shape.ints {
			n, convErr := strconv.Atoi(m[i])
			if convErr != nil {
				return err
			}
			args[i-1] = n
		}
		return cmdutil.UsageErrorf(shape.key, args...)
	}
	return err
}

// suggestionsIn reads cobra's "\n\nDid you mean this?\n\tx\n\ty\n".
func suggestionsIn(tail string) []string {
	const head = "\n\nDid you mean this?\n"
	if !strings.HasPrefix(tail, head) {
		return nil
	}
	var out []string
	for _, line := range strings.Split(strings.TrimPrefix(tail, head), "\n") {
		if s := strings.TrimPrefix(line, "\t"); s != "" {
			out = append(out, s)
		}
	}
	return out
}
