// Package auth implements `mxpay auth`: storing, showing and removing the
// provider secrets of a profile.
package auth

import (
	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/secrets"
	"github.com/spf13/cobra"
)

// NewCmdAuth groups login, status and logout. validators maps a provider
// name to the check `auth login` runs before storing; a provider without
// one is stored unchecked (with a note).
func NewCmdAuth(f *cmdutil.Factory, validators map[string]cmdutil.CredentialValidator) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "auth <command>",
		Short: "Store, show and remove provider credentials",
		Long: `Credentials are kept per provider and profile. They are looked up in this order:
environment variables (MXPAY_FACTI_CLIENT_ID, MXPAY_FACTI_API_KEY, MXPAY_FACTI_IPN_PASSWORD,
MXPAY_PAGOFACIL_SUCURSAL, MXPAY_PAGOFACIL_USUARIO, MXPAY_SYNC_API_KEY), the OS keyring,
then a fallback file with mode 0600 beside the config file.

They are never accepted as flags: flags end up in shell history and in ps.`,
		Args: cmdutil.NoArgs,
	}
	cmd.AddCommand(newCmdLogin(f, validators), newCmdStatus(f), newCmdLogout(f))
	return cmd
}

func completeProviders(cmd *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
	if len(args) > 0 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	return secrets.ProviderNames(), cobra.ShellCompDirectiveNoFileComp
}

// providerArg validates an optional PROVIDER argument.
func providerArg(args []string) (secrets.Provider, bool, error) {
	if len(args) == 0 {
		return secrets.Provider{}, false, nil
	}
	p, ok := secrets.LookupProvider(args[0])
	if !ok {
		return p, false, cmdutil.UsageErrorf("unknown provider %q; choose one of %s", args[0], joinNames())
	}
	return p, true, nil
}

func joinNames() string {
	names := secrets.ProviderNames()
	out := ""
	for i, n := range names {
		if i > 0 {
			out += ", "
		}
		out += n
	}
	return out
}
