// Package pagofacil implements `mxpay pagofacil`: card charges and their
// verification over PagoFácil's Wsrtransaccion API.
package pagofacil

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"

	"github.com/google/uuid"
	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/pagofacil"
	"github.com/spf13/cobra"
)

// NewCmdPagoFacil groups the PagoFácil commands.
func NewCmdPagoFacil(f *cmdutil.Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "pagofacil <command>",
		Short: "Charge cards and verify charges",
		Long: `Charge credit and debit cards through PagoFácil (Mexico) and verify what
happened to a charge by its order id.

Card data is never accepted as flags: it is prompted for on a terminal or read
from --card-file. Credentials (idSucursal, idUsuario) come from
` + "`mxpay auth login pagofacil`" + ` or MXPAY_PAGOFACIL_SUCURSAL / MXPAY_PAGOFACIL_USUARIO.`,
		Example: `  mxpay auth login pagofacil
  mxpay pagofacil charge --amount 1599.00 --customer-file jon.yaml
  mxpay pagofacil verify ORD-1001
  mxpay pagofacil charges list --since today --totals`,
		Args: cmdutil.NoArgs,
	}
	cmd.AddCommand(NewCmdCharge(f, nil), NewCmdVerify(f, nil), newCmdCharges(f))
	return cmd
}

// Validator checks PagoFácil credentials before `mxpay auth login pagofacil`
// stores them. PagoFácil has no "who am I" call, and a charge would move
// money, so it runs `verificar` for a random order id nobody has used: a
// reply of "not found" (or, improbably, found) proves the idSucursal and
// idUsuario were accepted, while a rejection of those fields (or an HTTP
// 401/403) is reported as bad credentials. Nothing is created or charged.
func Validator() cmdutil.CredentialValidator {
	return func(ctx context.Context, ep *cmdutil.Endpoint) error {
		c := &pagofacil.Client{HTTP: ep.Client, BaseURL: ep.BaseURL, Sucursal: ep.Credentials["sucursal"], Usuario: ep.Credentials["usuario"]}
		_, err := c.Verify(ctx, "mxpay-login-check-"+randomHex(8))
		var notFound *pagofacil.NotFoundError
		if err == nil || errors.As(err, &notFound) {
			return nil
		}
		return err
	}
}

// newOrderID returns a random (version 4) UUID for idPedido.
func newOrderID() string { return uuid.NewString() }

func randomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b)
}
