package facti

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/facti"
	"github.com/spf13/cobra"
)

// SendOptions are `facti ipn send`'s dependencies and flags.
type SendOptions struct {
	clients
	IPNPassword func() (string, error)
	Redactor    *cmdutil.Redactor
	// HTTPClient posts to the webhook: the run's policy, never retried,
	// like Facti's own delivery.
	HTTPClient func() (*http.Client, error)

	To, Payment string
	JSON        bool
}

// NewCmdSend builds `facti ipn send`; runF replaces the run in tests.
func NewCmdSend(f *cmdutil.Factory, runF func(*SendOptions) error) *cobra.Command {
	opts := &SendOptions{clients: clientsOf(f), IPNPassword: ipnPasswordOf(f), Redactor: f.Redactor(), HTTPClient: f.HTTPClient}
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
			if runF != nil {
				return runF(opts)
			}
			return sendRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.To, "to", "", "webhook URL to send the IPN to (required)")
	cmd.Flags().StringVar(&opts.Payment, "payment", "", "id of the payment the IPN is about (required)")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "send a JSON body instead of a form")
	return cmd
}

func sendRun(ctx context.Context, opts *SendOptions) error {
	if u, err := url.Parse(opts.To); opts.To == "" || err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return cmdutil.UsageErrorf("--to %q must be an http(s) URL", opts.To)
	}
	if err := facti.CheckID("--payment", opts.Payment); err != nil {
		return cmdutil.UsageErrorf("%v", err)
	}
	password, err := opts.IPNPassword()
	if err != nil {
		return err
	}
	_, _, p, err := opts.readPayment(ctx, opts.Payment)
	if err != nil {
		return err
	}
	ctype, body := facti.IPNBody(password, facti.IPNData(p), opts.JSON)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, opts.To, bytes.NewReader(body))
	if err != nil {
		return cmdutil.UsageErrorf("--to: %v", err)
	}
	req.Header.Set("Content-Type", ctype)
	hc, err := opts.HTTPClient()
	if err != nil {
		return err
	}
	resp, err := hc.Do(req)
	if err != nil {
		return cmdutil.ReportError(err)
	}
	defer resp.Body.Close()
	reply, _ := io.ReadAll(io.LimitReader(resp.Body, 4<<10))
	fmt.Fprintf(opts.IO.ErrOut, "Sent IPN for payment %s to %s: %s\n", opts.Payment, opts.To, resp.Status)
	if len(reply) > 0 {
		fmt.Fprintf(opts.IO.Out, "%s\n", opts.Redactor.Body(resp.Header.Get("Content-Type"), string(bytes.TrimSpace(reply))))
	}
	if resp.StatusCode/100 != 2 {
		return cmdutil.RejectedError(fmt.Errorf("the webhook answered %s", resp.Status), "")
	}
	return nil
}
