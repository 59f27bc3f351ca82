// Package version implements `mxpay version` and `mxpay --version`.
package version

import (
	"encoding/json"
	"fmt"

	"github.com/mxpay/mxpay/internal/build"
	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/spf13/cobra"
)

// VersionOptions are `mxpay version`'s dependencies.
type VersionOptions struct {
	IO     *output.IOStreams
	Info   func() build.Info
	Output func() output.Options
}

// NewOptions returns the options of a version run on f: -o, --jq,
// --template and --fields from the flags and MXPAY_OUTPUT only, never the
// config file.
func NewOptions(f *cmdutil.Factory) *VersionOptions {
	return &VersionOptions{IO: f.IOStreams, Info: build.Current, Output: f.OutputOptions}
}

// NewCmdVersion prints the version. It reads no config, keyring or network.
// runF replaces Run in tests.
func NewCmdVersion(f *cmdutil.Factory, runF func(*VersionOptions) error) *cobra.Command {
	opts := NewOptions(f)
	return &cobra.Command{
		Use:         "version",
		Annotations: map[string]string{cmdutil.NoSignalsAnnotation: "true"},
		Short:       "Show the mxpay version, commit and build date",
		Long: `Show the mxpay version, commit and build date (also: mxpay --version).

With -o json (or jsonl, csv, --jq, --template) it prints the version, commit,
date and Go version as fields, for scripts and bug reports.`,
		Args: cmdutil.NoArgs,
		Example: `  $ mxpay version
  mxpay 1.2.0 (commit 3f2a9c1, built 2026-11-20T18:04:00Z)
  $ mxpay version -o json --jq .version
  1.2.0`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return Run(opts)
		},
	}
}

// Run prints the version: the human line in table format, the build info
// as an object otherwise.
func Run(opts *VersionOptions) error {
	info := opts.Info()
	o := output.Options{}
	if opts.Output != nil {
		o = opts.Output()
	}
	if !o.JSONForm() && len(o.Fields) == 0 && (o.Format == "" || o.Format == output.FormatTable) {
		_, err := fmt.Fprintln(opts.IO.Out, Line(info))
		return err
	}
	return output.PrintObject(opts.IO, o, columns(), func(i build.Info) json.RawMessage { return output.MarshalRaw(i) }, info)
}

func columns() []output.Column[build.Info] {
	return []output.Column[build.Info]{
		{Name: "version", Header: "Version", Value: func(i build.Info) string { return i.Version }},
		{Name: "commit", Header: "Commit", Value: func(i build.Info) string { return i.Commit }},
		{Name: "date", Header: "Built", Value: func(i build.Info) string { return i.Date }},
		{Name: "go", Header: "Go", Value: func(i build.Info) string { return i.Go }},
	}
}

// Line formats the version for humans.
func Line(i build.Info) string {
	s := "mxpay " + i.Version
	commit := i.Commit
	if len(commit) > 12 {
		commit = commit[:12]
	}
	switch {
	case commit != "" && i.Date != "":
		s += fmt.Sprintf(" (commit %s, built %s)", commit, i.Date)
	case commit != "":
		s += fmt.Sprintf(" (commit %s)", commit)
	}
	return s
}
