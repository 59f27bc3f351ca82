package auth

import (
	"fmt"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/mxpay/mxpay/internal/secrets"
	"github.com/spf13/cobra"
)

// LogoutOptions are `mxpay auth logout`'s dependencies and arguments.
type LogoutOptions struct {
	IO       *output.IOStreams
	Settings func() (*cmdutil.Settings, error)
	Secrets  func() (*secrets.Resolver, error)
	Confirm  func(question string) error
	Getenv   func(string) string
	Provider string // "" for every provider
}

// NewCmdLogout builds `mxpay auth logout`; runF replaces logoutRun in tests.
func NewCmdLogout(f *cmdutil.Factory, runF func(*LogoutOptions) error) *cobra.Command {
	opts := &LogoutOptions{IO: f.IOStreams, Settings: f.Settings, Secrets: f.Secrets, Confirm: f.Confirm, Getenv: f.Getenv}
	return &cobra.Command{
		Use:   "logout [facti|pagofacil|sync]",
		Short: "Remove stored credentials of the active profile",
		Long: `Removes a provider's secrets (or every provider's, after confirmation) from the OS
keyring and the fallback file. Environment variables cannot be removed by mxpay; you are
told when one is still set.`,
		Example:           "  $ mxpay auth logout facti\n  $ mxpay auth logout --yes --profile old",
		Args:              cmdutil.MaximumArgs(1, "PROVIDER"),
		ValidArgsFunction: completeProviders,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Provider = firstArg(args)
			if runF != nil {
				return runF(opts)
			}
			return logoutRun(opts)
		},
	}
}

func logoutRun(opts *LogoutOptions) error {
	p, given, err := providerArg(opts.Provider)
	if err != nil {
		return err
	}
	s, err := opts.Settings()
	if err != nil {
		return err
	}
	providers := []secrets.Provider{p}
	if !given {
		providers = secrets.Providers()
		if err := opts.Confirm(opts.IO.T("Remove the credentials of every provider in profile %q?", s.Profile)); err != nil {
			return err
		}
	}
	resolver, err := opts.Secrets()
	if err != nil {
		return err
	}
	for _, prov := range providers {
		for _, k := range prov.Keys {
			if err := resolver.Remove(s.Profile, prov.Name, k.Name); err != nil {
				return i18n.Errorf("removing %s %s: %w", prov.Label, opts.IO.Text(k.Label), err)
			}
			if opts.Getenv(k.Env) != "" {
				fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("Note: %s is still set in the environment.", k.Env))
			}
		}
		fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("Removed %s credentials of profile %q.", prov.Label, s.Profile))
	}
	return nil
}
