package output

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"

	"github.com/itchyny/gojq"
	"github.com/mxpay/mxpay/internal/i18n"
)

// compileJQ parses and compiles a --jq expression; either failure is the
// user's to fix, so it is a usage error.
func compileJQ(expr string) (*gojq.Code, error) {
	query, err := gojq.Parse(expr)
	if err != nil {
		return nil, usageErrorf("invalid --jq expression %q: %v", expr, err)
	}
	code, err := gojq.Compile(query)
	if err != nil {
		return nil, usageErrorf("invalid --jq expression %q: %v", expr, err)
	}
	return code, nil
}

// decodeForJQ decodes raw JSON for gojq, keeping numbers as json.Number so
// that values jq only passes through (ids, amounts like 1234.50, integers
// beyond 2^53) come out as they went in.
func decodeForJQ(raw json.RawMessage) (any, error) {
	if len(raw) == 0 {
		return nil, errNoJSON
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, i18n.Errorf("the result is not valid JSON: %w", err)
	}
	return v, nil
}

// jqFilter runs a compiled --jq expression and prints its results one per
// line: strings raw (like jq -r, as gh does), everything else as JSON,
// indented when pretty. It runs under ctx, so a filter that never ends
// (`def f: f; f`) stops on Ctrl-C or SIGTERM instead of hanging.
type jqFilter struct {
	ctx     context.Context
	code    *gojq.Code
	pretty  bool
	color   bool // color JSON results (a terminal with color on)
	scratch bytes.Buffer
}

func (f *jqFilter) run(w io.Writer, input any) error {
	iter := f.code.RunWithContext(f.ctx, input)
	for {
		v, ok := iter.Next()
		if !ok {
			return nil
		}
		if err, isErr := v.(error); isErr {
			if ctxErr := f.ctx.Err(); ctxErr != nil {
				// Keep the context's error in the chain: it is what makes
				// the run an interruption (exit 130), not a jq failure.
				return i18n.Errorf("jq stopped: %w", ctxErr)
			}
			var halt *gojq.HaltError
			if errors.As(err, &halt) && halt.Value() == nil {
				return nil // `halt` stops the output without an error
			}
			// %v rather than %w: gojq's halt errors carry their own exit
			// codes, and a failing filter must exit 1, not whatever jq chose.
			return i18n.Errorf("jq: %v", err)
		}
		if err := f.write(w, v); err != nil {
			return err
		}
	}
}

func (f *jqFilter) write(w io.Writer, v any) error {
	if s, ok := v.(string); ok {
		_, err := io.WriteString(w, s+"\n")
		return err
	}
	encoded, err := gojq.Marshal(v)
	if err != nil {
		return i18n.Errorf("jq: encoding a result: %w", err)
	}
	if f.color {
		c := &jsonColorWriter{w: w}
		if err := writeJSON(c, &f.scratch, encoded, f.pretty, ""); err != nil {
			return err
		}
		if err := c.end(); err != nil {
			return err
		}
	} else if err := writeJSON(w, &f.scratch, encoded, f.pretty, ""); err != nil {
		return err
	}
	_, err = io.WriteString(w, "\n")
	return err
}
