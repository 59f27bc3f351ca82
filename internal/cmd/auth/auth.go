// Package auth implements `mxpay auth`: storing, showing and removing the
// provider secrets of a profile.
package auth

import (
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/secrets"
	"github.com/spf13/cobra"
)

// NewCmdAuth groups login, status and logout.
func NewCmdAuth(f *cmdutil.Factory) *cobra.Command {
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
	cmd.AddCommand(NewCmdLogin(f, nil), NewCmdStatus(f, nil), NewCmdLogout(f, nil))
	return cmd
}

func completeProviders(cmd *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
	if len(args) > 0 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	return secrets.ProviderNames(), cobra.ShellCompDirectiveNoFileComp
}

// providerArg validates an optional PROVIDER argument ("" for none).
func providerArg(name string) (secrets.Provider, bool, error) {
	if name == "" {
		return secrets.Provider{}, false, nil
	}
	p, ok := secrets.LookupProvider(name)
	if !ok {
		return p, false, cmdutil.UsageErrorf("unknown provider %q; choose one of %s", name, strings.Join(secrets.ProviderNames(), ", "))
	}
	return p, true, nil
}

// firstArg is the optional PROVIDER argument, or "".
func firstArg(args []string) string {
	if len(args) == 0 {
		return ""
	}
	return args[0]
}
