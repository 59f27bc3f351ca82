package config

import (
	"fmt"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/spf13/cobra"
)

// GetOptions are `mxpay config get`'s dependencies and argument.
type GetOptions struct {
	IO       *output.IOStreams
	Settings func() (*cmdutil.Settings, error)
	Key      string
}

// NewCmdGet builds `mxpay config get`; runF replaces getRun in tests.
func NewCmdGet(f *cmdutil.Factory, runF func(*GetOptions) error) *cobra.Command {
	opts := &GetOptions{IO: f.IOStreams, Settings: f.Settings}
	return &cobra.Command{
		Use:               "get KEY",
		Short:             "Print the effective value of a setting",
		Long:              "Print the value in effect for the active profile: flag, then environment variable, then profile, then default.",
		Example:           "  $ mxpay config get env\n  $ mxpay config get facti.from_rfc --profile live",
		Args:              cmdutil.ExactArgs(1, "KEY"),
		ValidArgsFunction: completeKeys,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Key = args[0]
			if runF != nil {
				return runF(opts)
			}
			return getRun(opts)
		},
	}
}

func getRun(opts *GetOptions) error {
	s, err := opts.Settings()
	if err != nil {
		return err
	}
	v, err := s.Get(opts.Key)
	if err != nil {
		return localized(err)
	}
	fmt.Fprintln(opts.IO.Out, v.Value)
	return nil
}
