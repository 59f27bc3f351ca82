package facti

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/url"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/facti"
	"github.com/mxpay/mxpay/internal/httpx"
	"github.com/spf13/cobra"
)

func newCmdSend(f *cmdutil.Factory) *cobra.Command {
	var to, payment string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "send",
		Short: "Send a correctly signed test IPN to your webhook",
		Long: `Send your webhook the notification Facti would send for a payment: the
payment is read from Facti (or the emulator), signed with the md5 of the
profile's IPN password and posted as a form (or JSON with --json). Nothing
changes at Facti.`,
		Example: `  $ mxpay facti ipn send --to http://localhost:3000/webhooks/facti --payment 38
  $ mxpay --env emulator facti ipn send --to http://127.0.0.1:8090/ipn --payment 1 --json`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if u, err := url.Parse(to); to == "" || err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				return cmdutil.UsageErrorf("--to %q must be an http(s) URL", to)
			}
			if err := facti.CheckID("--payment", payment); err != nil {
				return cmdutil.UsageErrorf("%v", err)
			}
			password, err := ipnPassword(f)
			if err != nil {
				return err
			}
			c, _, err := newClient(f)
			if err != nil {
				return err
			}
			p, err := c.GetPayment(cmd.Context(), payment)
			if err != nil {
				return err
			}
			ctype, body := facti.IPNBody(password, facti.IPNData(p), asJSON)
			req, err := http.NewRequestWithContext(cmd.Context(), http.MethodPost, to, bytes.NewReader(body))
			if err != nil {
				return cmdutil.UsageErrorf("--to: %v", err)
			}
			req.Header.Set("Content-Type", ctype)
			// A plain client: the webhook is the user's, not Facti; it is
			// never retried, like Facti's own delivery.
			hc := httpx.NewClient(httpx.Options{UserAgent: "mxpay/" + f.Version, MaxRetries: -1, Redactor: f.Redactor()})
			resp, err := hc.Do(req)
			if err != nil {
				return httpx.UnwrapURLError(err)
			}
			defer resp.Body.Close()
			reply, _ := io.ReadAll(io.LimitReader(resp.Body, 4<<10))
			fmt.Fprintf(f.IOStreams.ErrOut, "Sent IPN for payment %s to %s: %s\n", payment, to, resp.Status)
			if len(reply) > 0 {
				fmt.Fprintf(f.IOStreams.Out, "%s\n", bytes.TrimSpace(reply))
			}
			if resp.StatusCode/100 != 2 {
				return exitError(fmt.Errorf("the webhook answered %s", resp.Status), "")
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&to, "to", "", "webhook URL to send the IPN to (required)")
	cmd.Flags().StringVar(&payment, "payment", "", "id of the payment the IPN is about (required)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "send a JSON body instead of a form")
	return cmd
}
