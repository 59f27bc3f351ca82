package facti

import (
	"errors"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/facti"
	"github.com/mxpay/mxpay/internal/secrets"
	"github.com/spf13/cobra"
)

func newCmdIPN(f *cmdutil.Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "ipn <command>",
		Short: "Receive and test Facti's payment notifications (IPN)",
		Long: `Facti posts a notification (IPN) to your webhook each time a payment is
conciliated, signed with the md5 of your company's IPN password. Store that
password with ` + "`mxpay auth login facti`" + ` (or MXPAY_FACTI_IPN_PASSWORD).`,
		Example: `  $ mxpay facti ipn listen --forward-to http://localhost:3000/webhooks/facti
  $ mxpay facti ipn send --to http://localhost:3000/webhooks/facti --payment 38`,
		Args: cmdutil.NoArgs,
	}
	cmd.AddCommand(NewCmdListen(f, nil), NewCmdSend(f, nil))
	return cmd
}

// ipnPasswordOf finds the profile's IPN password; under --env emulator with
// none stored, the emulator company's. The password and the md5 that
// travels in every IPN are added to the run's redactor as soon as read.
func ipnPasswordOf(f *cmdutil.Factory) func() (string, error) {
	return func() (string, error) {
		s, err := f.Settings()
		if err != nil {
			return "", err
		}
		store, err := f.Secrets()
		if err != nil {
			return "", err
		}
		v, _, err := store.Lookup(s.Profile, "facti", "ipn_password")
		switch {
		case err == nil:
		case !errors.Is(err, secrets.ErrNotFound):
			return "", err
		case s.Env == cmdutil.EnvEmulator:
			v = cmdutil.DemoCredentials("facti")["ipn_password"]
		default:
			return "", cmdutil.AuthErrorf("facti", "no Facti IPN password found for profile %q (set MXPAY_FACTI_IPN_PASSWORD or store it)", s.Profile)
		}
		f.Redactor().Add(v, facti.IPNPasswordHash(v))
		return v, nil
	}
}
