package auth

import (
	"fmt"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/secrets"
	"github.com/spf13/cobra"
)

func newCmdLogout(f *cmdutil.Factory) *cobra.Command {
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
			return runLogout(f, args)
		},
	}
}

func runLogout(f *cmdutil.Factory, args []string) error {
	p, given, err := providerArg(args)
	if err != nil {
		return err
	}
	s, err := f.Settings()
	if err != nil {
		return err
	}
	providers := []secrets.Provider{p}
	if !given {
		providers = secrets.Providers()
		if err := f.Confirm(fmt.Sprintf("Remove the credentials of every provider in profile %q?", s.Profile)); err != nil {
			return err
		}
	}
	resolver, err := f.Secrets()
	if err != nil {
		return err
	}
	for _, prov := range providers {
		for _, k := range prov.Keys {
			if err := resolver.Remove(s.Profile, prov.Name, k.Name); err != nil {
				return fmt.Errorf("removing %s %s: %w", prov.Label, k.Label, err)
			}
			if f.Getenv(k.Env) != "" {
				fmt.Fprintf(f.IOStreams.ErrOut, "Note: %s is still set in the environment.\n", k.Env)
			}
		}
		fmt.Fprintf(f.IOStreams.ErrOut, "Removed %s credentials of profile %q.\n", prov.Label, s.Profile)
	}
	return nil
}
