package sync

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/prompt"
	syncapi "github.com/mxpay/mxpay/internal/sync"
)

// Credential and two-factor values are secrets: each is added to the run's
// redactor the moment it is read (from --set, --stdin or a prompt), and
// none is ever repeated in a message.

// parseSets reads repeated --set FIELD=VALUE flags, checking each field is
// one of the form's. A password given this way works, with a warning: the
// command line lands in shell history and is visible to `ps`.
func (d deps) parseSets(sets []string, form []syncapi.FormField) (map[string]string, error) {
	values := map[string]string{}
	for _, kv := range sets {
		name, value, ok := strings.Cut(kv, "=")
		d.Redactor.Add(value)
		if !ok || name == "" {
			d.Redactor.Add(kv) // no '=': the whole argument may be a value
			return nil, cmdutil.UsageErrorf("--set wants FIELD=VALUE, got a value without a field name or '='")
		}
		field, known := fieldNamed(form, name)
		if !known {
			return nil, cmdutil.UsageErrorf("unknown field %q in --set: this form has %s", name, fieldNames(form))
		}
		if field.IsSecret() {
			fmt.Fprintln(d.IO.ErrOut, d.IO.T("warning: the %s field is a password, and --set puts it on the command line, where shell history and `ps` can show it; "+
				"leave it out to be asked, or pass it with --stdin", name))
		}
		values[name] = value
	}
	return values, nil
}

func fieldNamed(form []syncapi.FormField, name string) (syncapi.FormField, bool) {
	i := slices.IndexFunc(form, func(f syncapi.FormField) bool { return f.Name == name })
	if i < 0 {
		return syncapi.FormField{}, false
	}
	return form[i], true
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

// fillFields asks for each missing field on a terminal (without echo for
// password fields); without one it is a usage error naming the fields
// (what says which: a catalog message), with hint (a catalog message
// formatted with hintArgs; "" for none) saying how else to give them.
// The labels asked are the site's own words, shown as Sync sends them.
func (d deps) fillFields(what error, missing []syncapi.FormField, values map[string]string, hint string, hintArgs ...any) error {
	if len(missing) == 0 {
		return nil
	}
	if !d.IO.CanPrompt() {
		err := cmdutil.UsageErrorf("missing %s: %s", what, fieldNames(missing))
		if hint == "" {
			return err
		}
		return cmdutil.WithHintf(err, hint, hintArgs...)
	}
	p := d.Prompter()
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
			v, err = p.Input(label, "", requiredIf(field.Required))
		}
		d.Redactor.Add(v, strings.TrimSpace(v))
		if err != nil {
			return err
		}
		values[field.Name] = strings.TrimSpace(v)
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

// requiredIf refuses an empty answer for a field the site requires, so it
// is asked again rather than failing after the form is sent.
func requiredIf(required bool) prompt.Validator {
	if !required {
		return nil
	}
	return prompt.Required
}
