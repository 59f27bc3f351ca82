package sync

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	syncapi "github.com/mxpay/mxpay/internal/sync"
)

// parseSets reads repeated --set FIELD=VALUE flags, checking each field is
// one of the form's. Values are never echoed in errors.
func parseSets(sets []string, form []syncapi.FormField) (map[string]string, error) {
	values := map[string]string{}
	for _, kv := range sets {
		name, value, ok := strings.Cut(kv, "=")
		if !ok || name == "" {
			return nil, cmdutil.UsageErrorf("--set wants FIELD=VALUE, got a value without a field name or '='")
		}
		if !slices.ContainsFunc(form, func(f syncapi.FormField) bool { return f.Name == name }) {
			return nil, cmdutil.UsageErrorf("unknown field %q in --set: this form has %s", name, fieldNames(form))
		}
		values[name] = value
	}
	return values, nil
}

func fieldNames(form []syncapi.FormField) string {
	names := make([]string, len(form))
	for i, f := range form {
		names[i] = f.Name
	}
	return strings.Join(names, ", ")
}

// missingFields are the fields of form without a value yet (all of them
// for two-factor forms, the required ones for credential forms).
func missingFields(form []syncapi.FormField, values map[string]string, requiredOnly bool) []syncapi.FormField {
	var out []syncapi.FormField
	for _, f := range form {
		if values[f.Name] == "" && (f.Required || !requiredOnly) {
			out = append(out, f)
		}
	}
	return out
}

// fillFields asks for each missing field on a terminal (masked for
// password fields); without one it is a usage error naming the fields.
func fillFields(f *cmdutil.Factory, what string, missing []syncapi.FormField, values map[string]string) error {
	if len(missing) == 0 {
		return nil
	}
	if !f.IOStreams.CanPrompt() {
		names := fieldNames(missing)
		return cmdutil.WithHint(cmdutil.UsageErrorf("missing %s: %s", what, names),
			"pass --set FIELD=VALUE for each (for example --set "+missing[0].Name+"=…), or run in a terminal to be asked")
	}
	p := f.Prompter()
	for _, field := range missing {
		label := field.Label
		if label == "" {
			label = field.Name
		}
		var v string
		var err error
		if field.IsSecret() {
			v, err = p.Password(label)
		} else {
			v, err = p.Input(label, "")
		}
		if err != nil {
			return err
		}
		values[field.Name] = strings.TrimSpace(v)
	}
	return nil
}

// readStdinValues reads one value per line for each missing field, in order.
func readStdinValues(in io.Reader, missing []syncapi.FormField, values map[string]string) error {
	sc := bufio.NewScanner(in)
	for _, field := range missing {
		if !sc.Scan() {
			return cmdutil.UsageErrorf("--stdin: no line for two-factor field %s (one value per line, in the order %s)", field.Name, fieldNames(missing))
		}
		values[field.Name] = strings.TrimSpace(sc.Text())
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading stdin: %w", err)
	}
	return nil
}

// validate checks values against the form's validation patterns before
// anything is sent. The value itself is never repeated in the error.
func validate(form []syncapi.FormField, values map[string]string) error {
	for _, f := range form {
		v, ok := values[f.Name]
		if !ok || f.Validation == nil || *f.Validation == "" {
			continue
		}
		re, err := regexp.Compile(*f.Validation)
		if err != nil {
			continue // a pattern Go cannot read is the server's to apply
		}
		if !re.MatchString(v) {
			label := f.Label
			if label == "" {
				label = f.Name
			}
			return cmdutil.UsageErrorf("the value given for %s (%s) does not have the format the site expects (%s)", label, f.Name, *f.Validation)
		}
	}
	return nil
}
