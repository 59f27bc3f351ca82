package facti

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/facti"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/jsonobj"
	"github.com/spf13/cobra"
)

// SendOptions are `facti ipn send`'s dependencies and flags.
type SendOptions struct {
	clients
	Prompt      Prompt
	IPNPassword func() (string, error)
	Redactor    *cmdutil.Redactor
	// HTTPClient posts to the webhook: the run's policy, never retried,
	// like Facti's own delivery.
	HTTPClient func() (*http.Client, error)
	Now        func() time.Time

	To, Payment, Company, RFC string
	Sets, Unsets              []string
	JSON                      bool
}

// NewCmdSend builds `facti ipn send`; runF replaces the run in tests.
func NewCmdSend(f *cmdutil.Factory, runF func(*SendOptions) error) *cobra.Command {
	opts := &SendOptions{clients: clientsOf(f), Prompt: promptOf(f), IPNPassword: ipnPasswordOf(f), Redactor: f.Redactor(), HTTPClient: f.HTTPClient, Now: time.Now}
	cmd := &cobra.Command{
		Use:   "send",
		Short: "Send a correctly signed test IPN to your webhook",
		Long: `Send your webhook the notification Facti would send for a payment: signed
with the md5 of the profile's IPN password and posted as a form (or JSON with
--json). Nothing changes at Facti.

The data has every member Facti documents, in its order, with the values
company_payments shows for the payment (company_id as the listing names it).
A payment still pending is described as paid now, in full. The payment way
(payment_way_id, payment_way_alias) is the company's way of the payment's
confirmed_from, from company_payment_ways for --rfc (default facti.from_rfc).
No documented call returns company_razon_social or company_alias: they are
sent empty unless set with --set.

--set KEY=VALUE changes or adds any member, to test edge cases: a partial
payment (--set amount_received=50.00), an unknown payment way
(--set payment_way_id=99). A value that is JSON (a number, true, null, a
"quoted string") is sent as such, anything else as a string. --unset KEY
leaves a member out.`,
		Example: `  $ mxpay facti ipn send --to http://localhost:3000/webhooks/facti --payment 38
  $ mxpay facti ipn send --to http://localhost:3000/webhooks/facti --payment 38 --set amount_received=50.00
  $ mxpay --env emulator facti ipn send --to http://127.0.0.1:8090/ipn --payment 1 --json`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if runF != nil {
				return runF(opts)
			}
			return sendRun(cmd.Context(), opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&opts.To, "to", "", "webhook URL to send the IPN to (required)")
	fl.StringVar(&opts.Payment, "payment", "", "id of the payment the IPN is about (required)")
	fl.StringVar(&opts.Company, "company", "", "company whose payment it is (default: the profile's facti.company_id)")
	fl.StringVar(&opts.RFC, "rfc", "", "RFC of that company, to find its payment ways (default: the profile's facti.from_rfc)")
	fl.StringArrayVar(&opts.Sets, "set", nil, "set a member of the IPN's data: `KEY=VALUE` (repeatable)")
	fl.StringArrayVar(&opts.Unsets, "unset", nil, "leave a member of the IPN's data out: `KEY` (repeatable)")
	fl.BoolVar(&opts.JSON, "json", false, "send a JSON body instead of a form")
	return cmd
}

func sendRun(ctx context.Context, opts *SendOptions) error {
	to, err := cmdutil.HTTPURL("to", opts.To)
	if err != nil {
		return err
	}
	if err := facti.CheckID("--payment", opts.Payment); err != nil {
		return cmdutil.UsageErrorf("%v", err)
	}
	overrides, err := jsonobj.Assignments(opts.Sets)
	if err != nil {
		return cmdutil.UsageErrorf("--set: %v", err)
	}
	company, err := resolveCompany(opts.Settings, opts.Prompt, opts.Company)
	if err != nil {
		return err
	}
	password, err := opts.IPNPassword()
	if err != nil {
		return err
	}
	data, err := opts.ipnData(ctx, company, overrides)
	if err != nil {
		return err
	}
	data.Override(overrides, opts.Unsets)
	raw, _ := json.Marshal(data)
	ctype, body := facti.IPNBody(password, raw, opts.JSON)
	hc, err := opts.HTTPClient()
	if err != nil {
		return err
	}
	resp, reply, err := cmdutil.SendTestEvent(ctx, hc, to, ctype, body)
	if err != nil {
		return err
	}
	fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("Sent IPN for payment %s to %s: %s", opts.Payment, opts.Redactor.URL(opts.To), resp.Status))
	if len(reply) > 0 {
		fmt.Fprintf(opts.IO.Out, "%s\n", opts.Redactor.Body(resp.Header.Get("Content-Type"), string(reply)))
	}
	if resp.StatusCode/100 != 2 {
		return cmdutil.RejectedError(i18n.Errorf("the webhook answered %s", resp.Status), "")
	}
	return nil
}

// ipnData reads the payment from company_payments and the company's
// payment ways, and builds the data with the overrides applied. Members
// left unknown and not overridden are named on stderr.
func (opts *SendOptions) ipnData(ctx context.Context, company string, overrides *jsonobj.Object) (*jsonobj.Object, error) {
	_, c, err := opts.settingsAndClient()
	if err != nil {
		return nil, err
	}
	listed, err := c.ListPayments(ctx, facti.ListFilter{CompanyID: company, SinceID: opts.Payment, MaxID: opts.Payment, Limit: 1})
	if err != nil {
		return nil, err
	}
	if len(listed) == 0 || string(listed[0].ID) != opts.Payment {
		return nil, cmdutil.UsageErrorf("payment %s is not among company %s's payments (company_payments); check --payment and --company", opts.Payment, company)
	}
	p := &listed[0]
	errOut := opts.IO.ErrOut
	if !p.Paid() {
		fmt.Fprintln(errOut, opts.IO.T("Payment %s is pending at Facti; the IPN says it was paid in full now.", opts.Payment))
	}
	var way *facti.PaymentWay
	rfc, err := setting(opts.Settings, opts.RFC, "facti.from_rfc")
	if err != nil {
		return nil, err
	}
	if rfc != "" {
		ways, err := c.PaymentWays(ctx, rfc)
		if err != nil {
			fmt.Fprintln(errOut, readerOf(opts.IO).T("Warning: could not read the payment ways of %s: %v", rfc, cmdutil.ReportError(err)))
		}
		way = facti.PickWay(ways, string(p.ConfirmedFrom))
	}
	data, unknown := facti.IPNData(facti.IPNSource{Listed: p, Way: way, Now: mexicoTime(opts.Now())})
	var missing []string
	for _, k := range unknown {
		if _, set := overrides.Get(k); !set {
			missing = append(missing, k)
		}
	}
	if len(missing) > 0 {
		fmt.Fprintln(errOut, opts.IO.T("Sent empty (no Facti reply carries them; use --set): %s", strings.Join(missing, ", ")))
	}
	return data, nil
}

// mexicoTime is t in Mexico City, the time zone of Facti's dates.
func mexicoTime(t time.Time) time.Time {
	if loc, err := time.LoadLocation("America/Mexico_City"); err == nil {
		return t.In(loc)
	}
	return t
}
