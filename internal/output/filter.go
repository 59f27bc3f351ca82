package output

import (
	"github.com/itchyny/gojq"
)

// newFilterSink is the sink of a result shaped by --jq or --template. With
// -o jsonl the filter runs on each object as it arrives (memory stays flat);
// otherwise once, on the whole JSON form (a list's array is then held).
func newFilterSink(ios *IOStreams, opts Options, format string, out *rowWriter) (sink, error) {
	if opts.Template != "" {
		run, err := newTemplateRun(ios, opts.Template, out.Writer)
		if err != nil {
			return nil, err
		}
		if format == FormatJSONL {
			return &templateEachSink{run: run}, nil
		}
		return &templateArraySink{run: run}, nil
	}
	code, err := compileJQ(opts.JQ)
	if err != nil {
		return nil, err
	}
	filter := newJQFilter(ios, opts, code)
	if format == FormatJSONL {
		return &jqEachSink{out: out, filter: filter}, nil
	}
	return &jqArraySink{out: out, filter: filter}, nil
}

// newJQFilter runs code as --jq does: its JSON results indented, and
// colored, on a terminal.
func newJQFilter(ios *IOStreams, opts Options, code *gojq.Code) *jqFilter {
	pretty := ios.IsStdoutTTY()
	return &jqFilter{ctx: opts.context(), code: code, pretty: pretty, color: pretty && ios.ColorEnabled()}
}

// templateEachSink runs --template on every object as it arrives.
type templateEachSink struct{ run *templateRun }

func (s *templateEachSink) add(r record) error {
	v, err := decodeForJQ(r.raw)
	if err != nil {
		return err
	}
	return s.run.execute(v)
}

func (s *templateEachSink) close() error { return s.run.finish() }

// templateArraySink runs --template once on the whole array, as gh does:
// {{range .}}…{{end}} walks the list.
type templateArraySink struct {
	run   *templateRun
	items []any
}

func (s *templateArraySink) add(r record) error {
	v, err := decodeForJQ(r.raw)
	if err != nil {
		return err
	}
	s.items = append(s.items, v)
	return nil
}

func (s *templateArraySink) close() error {
	items := s.items
	if items == nil {
		items = []any{}
	}
	s.items = nil
	if err := s.run.execute(items); err != nil {
		return err
	}
	return s.run.finish()
}
