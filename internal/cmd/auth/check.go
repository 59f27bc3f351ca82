package auth

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/pagofacil"
	syncapi "github.com/mxpay/mxpay/internal/sync"
)

// checkWith returns the check `auth login` runs before storing: one
// harmless call per provider, over the run's endpoint with the typed
// credentials (not yet stored).
func checkWith(f *cmdutil.Factory) func(ctx context.Context, provider string, creds map[string]string) error {
	return func(ctx context.Context, provider string, creds map[string]string) error {
		ep, err := f.EndpointWith(provider, creds, "login")
		if err != nil {
			return err
		}
		switch provider {
		case "facti":
			c, err := cmdutil.FactiClientFor(f, ep)
			if err != nil {
				return err
			}
			return c.Authenticate(ctx)
		case "pagofacil":
			c, err := cmdutil.PagoFacilClientFor(f, ep)
			if err != nil {
				return err
			}
			// An order that cannot exist: "not found" proves the
			// credentials were accepted.
			_, err = c.Verify(ctx, "mxpay-login-check-"+randomHex(8))
			var notFound *pagofacil.NotFoundError
			if errors.As(err, &notFound) {
				return nil
			}
			return err
		case "sync":
			c, err := cmdutil.SyncClientFor(f, ep)
			if err != nil {
				return err
			}
			_, err = c.ListUsers(ctx, syncapi.UserFilter{ListParams: syncapi.ListParams{Limit: 1}})
			return err
		}
		return nil
	}
}

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b) // never fails (crypto/rand)
	return hex.EncodeToString(b)
}
