// Package sync implements `mxpay sync`: commands over the Paybook Sync API.
package sync

import (
	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/spf13/cobra"
)

// NewCmdSync groups the Paybook Sync commands.
func NewCmdSync(f *cmdutil.Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "sync <command>",
		Short: "Connect banks and the SAT, and read accounts and transactions",
		Args:  cmdutil.NoArgs,
	}
	return cmd
}

// Validator checks Paybook Sync credentials before `mxpay auth login sync` stores
// them; nil until the client exists.
func Validator() cmdutil.CredentialValidator { return nil }
