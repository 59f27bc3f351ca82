// Package version implements `mxpay version`.
package version

import (
	"fmt"

	"github.com/mxpay/mxpay/internal/build"
	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/spf13/cobra"
)

// VersionOptions are `mxpay version`'s dependencies.
type VersionOptions struct {
	IO   *output.IOStreams
	Info func() build.Info
}

// NewCmdVersion prints the version. It reads no config, keyring or network.
// runF replaces versionRun in tests.
func NewCmdVersion(f *cmdutil.Factory, runF func(*VersionOptions) error) *cobra.Command {
	opts := &VersionOptions{IO: f.IOStreams, Info: build.Current}
	return &cobra.Command{
		Use:         "version",
		Annotations: map[string]string{cmdutil.NoSignalsAnnotation: "true"},
		Short:       "Show the mxpay version, commit and build date",
		Args:        cmdutil.NoArgs,
		Example: `  $ mxpay version
  mxpay 1.2.0 (commit 3f2a9c1, built 2026-11-20T18:04:00Z)`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return versionRun(opts)
		},
	}
}

func versionRun(opts *VersionOptions) error {
	_, err := fmt.Fprintln(opts.IO.Out, Line(opts.Info()))
	return err
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
