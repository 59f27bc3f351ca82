// Package facti implements `mxpay facti`: commands over the Facti API.
package facti

import (
	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/spf13/cobra"
)

// NewCmdFacti groups the Facti commands.
func NewCmdFacti(f *cmdutil.Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "facti <command>",
		Short: "Issue payment requests to customers and follow their payment",
		Args:  cmdutil.NoArgs,
	}
	return cmd
}

// Validator checks Facti credentials before `mxpay auth login facti` stores
// them; nil until the client exists.
func Validator() cmdutil.CredentialValidator { return nil }
