// Package pagofacil implements `mxpay pagofacil`: commands over the PagoFácil API.
package pagofacil

import (
	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/spf13/cobra"
)

// NewCmdPagoFacil groups the PagoFácil commands.
func NewCmdPagoFacil(f *cmdutil.Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "pagofacil <command>",
		Short: "Charge cards and verify charges",
		Args:  cmdutil.NoArgs,
	}
	return cmd
}

// Validator checks PagoFácil credentials before `mxpay auth login pagofacil` stores
// them; nil until the client exists.
func Validator() cmdutil.CredentialValidator { return nil }
