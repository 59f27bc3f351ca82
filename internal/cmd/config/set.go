package config

import (
	"fmt"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/config"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/spf13/cobra"
)

// SetOptions are `mxpay config set` and `unset`'s dependencies and
// arguments (Value is unused by unset).
type SetOptions struct {
	IO      *output.IOStreams
	Config  func() (*config.Config, error)
	Profile func() string
	Key     string
	Value   string
}

func newSetOptions(f *cmdutil.Factory) *SetOptions {
	return &SetOptions{IO: f.IOStreams, Config: f.Config, Profile: f.ProfileName}
}

// NewCmdSet builds `mxpay config set`; runF replaces setRun in tests.
func NewCmdSet(f *cmdutil.Factory, runF func(*SetOptions) error) *cobra.Command {
	opts := newSetOptions(f)
	return &cobra.Command{
		Use:               "set KEY VALUE",
		Short:             "Store a setting in the active profile",
		Example:           "  $ mxpay config set env production --profile live\n  $ mxpay config set facti.from_rfc ACM010101ABC",
		Args:              cmdutil.ExactArgs(2, "KEY VALUE"),
		ValidArgsFunction: completeKeys,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Key, opts.Value = args[0], args[1]
			if runF != nil {
				return runF(opts)
			}
			return setRun(opts)
		},
	}
}

func setRun(opts *SetOptions) error {
	cfg, err := opts.Config()
	if err != nil {
		return err
	}
	profile := opts.Profile()
	if err := cfg.Set(profile, opts.Key, opts.Value); err != nil {
		return localized(err)
	}
	if err := cfg.Save(); err != nil {
		return err
	}
	fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("Set %s in profile %q (%s).", opts.Key, profile, cfg.Path()))
	return nil
}

// NewCmdUnset builds `mxpay config unset`; runF replaces unsetRun in tests.
func NewCmdUnset(f *cmdutil.Factory, runF func(*SetOptions) error) *cobra.Command {
	opts := newSetOptions(f)
	return &cobra.Command{
		Use:               "unset KEY",
		Short:             "Remove a setting from the active profile",
		Example:           "  $ mxpay config unset sync.user",
		Args:              cmdutil.ExactArgs(1, "KEY"),
		ValidArgsFunction: completeKeys,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Key = args[0]
			if runF != nil {
				return runF(opts)
			}
			return unsetRun(opts)
		},
	}
}

func unsetRun(opts *SetOptions) error {
	cfg, err := opts.Config()
	if err != nil {
		return err
	}
	profile := opts.Profile()
	had, err := cfg.Unset(profile, opts.Key)
	if err != nil {
		return localized(err)
	}
	if !had {
		fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("%s was not set in profile %q.", opts.Key, profile))
		return nil
	}
	if err := cfg.Save(); err != nil {
		return err
	}
	fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("Removed %s from profile %q.", opts.Key, profile))
	return nil
}
