// Package config implements `mxpay config`: non-secret settings per profile.
package config

import (
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/config"
	"github.com/spf13/cobra"
)

// NewCmdConfig groups the config subcommands.
func NewCmdConfig(f *cmdutil.Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "config <command>",
		Short: "Read and change settings of a profile",
		Long: `Settings live in a YAML file (mode 0600) under profiles; pick one with --profile.
Secrets are not settings: use ` + "`mxpay auth login`" + ` for them.

Valid keys: ` + strings.Join(config.KeyNames(), ", "),
		Args: cmdutil.NoArgs,
	}
	cmd.AddCommand(NewCmdGet(f, nil), NewCmdSet(f, nil), NewCmdUnset(f, nil), NewCmdList(f, nil), NewCmdProfiles(f, nil))
	return cmd
}

func completeKeys(cmd *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
	if len(args) > 0 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	return config.KeyNames(), cobra.ShellCompDirectiveNoFileComp
}
