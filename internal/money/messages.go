package money

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
)

// MessageKey is the message as a catalog id and its arguments, so it reads
// in the person's language: the problem is a catalog message too.
func (e *ParseError) MessageKey() (string, []any) {
	input := e.Input
	if len(input) > maxInputLength {
		input = input[:maxInputLength] + "…"
	}
	return "invalid amount %q: %v", []any{input, problemMessage(e.Problem)}
}

// message is part of a message with its catalog id and arguments.
type message struct {
	key  string
	args []any
}

func (m message) Error() string               { return fmt.Sprintf(m.key, m.args...) }
func (m message) MessageKey() (string, []any) { return m.key, m.args }

// problemShapes are the problems plainProblem writes with values in them.
var problemShapes = sync.OnceValue(func() []struct {
	re  *regexp.Regexp
	key string
} {
	return []struct {
		re  *regexp.Regexp
		key string
	}{
		{regexp.MustCompile(`^write (\S+)$`), "write %s"},
		{regexp.MustCompile(`^it is too long \(at most (\d+) characters\)$`), "it is too long (at most %s characters)"},
		{regexp.MustCompile(`^unexpected character ('.*'); write digits with at most one dot, such as 1234\.50$`), "unexpected character %s; write digits with at most one dot, such as 1234.50"},
		{regexp.MustCompile(`^it has more than (\d+) digits before the dot$`), "it has more than %s digits before the dot"},
	}
})

// suggestionTail is suggestion's " (write X)".
var suggestionTail = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(.+) \(write (\S+)\)$`) })

// problemMessage is a problem as plainProblem wrote it, as a catalog
// message: the fixed words are ids, the values (what to write) arguments.
func problemMessage(problem string) message {
	if m := suggestionTail().FindStringSubmatch(problem); m != nil {
		return message{key: "%v (write %s)", args: []any{problemMessage(m[1]), m[2]}}
	}
	for _, shape := range problemShapes() {
		if m := shape.re.FindStringSubmatch(problem); m != nil {
			args := make([]any, len(m)-1)
			for i, g := range m[1:] {
				args[i] = g
			}
			return message{key: shape.key, args: args}
		}
	}
	return message{key: strings.ReplaceAll(problem, "%", "%%")}
}
