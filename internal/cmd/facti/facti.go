// Package facti implements `mxpay facti`: commands over the Facti API.
package facti

import (
	"context"
	"strings"

	emufacti "github.com/mxpay/mxpay/internal/emulator/facti"
	"github.com/mxpay/mxpay/internal/facti"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/spf13/cobra"
)

// NewCmdFacti groups the Facti commands.
func NewCmdFacti(f *cmdutil.Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "facti <command>",
		Short: "Issue payment requests to customers and follow their payment",
		Long: `Facti sends payment requests (with STP CLABE and bank references) to your
customers and tells you when they pay.

Under --env emulator everything works with zero set-up: the emulator's demo
account has one company (id ` + emufacti.DemoCompanyID + `, RFC ` + emufacti.DemoCompanyRFC + `) with an STP and a
bank payment way, used by default for --company and --from-rfc.`,
		Example: `  $ mxpay --env emulator facti payments new --folio 1001 --to-name "Cliente SA" \
      --to-email pagos@cliente.mx --amount 1500.00
  $ mxpay --env emulator facti payments list --status pending`,
		Args: cmdutil.NoArgs,
	}
	cmd.AddCommand(newCmdPayments(f), newCmdCLABE(f), newCmdPaymentWays(f), newCmdIPN(f))
	declareFields(cmd)
	return cmd
}

// declareFields tells `--fields <TAB>` what each command prints.
func declareFields(root *cobra.Command) {
	payment := output.ColumnNames(paymentColumns())
	for path, names := range map[string][]string{
		"payments list":   payment,
		"payments get":    payment,
		"payments pay":    payment,
		"payments delete": payment,
		"payments new":    output.ColumnNames(referenceColumns(true)),
		"payment-ways":    {"id", "type", "alias"},
	} {
		if c, _, err := root.Find(strings.Fields(path)); err == nil {
			cmdutil.SetFields(c, names...)
		}
	}
}

// Validator checks Facti credentials with POST /v1/user/authenticate before
// `mxpay auth login facti` stores them.
func Validator() cmdutil.CredentialValidator {
	return func(ctx context.Context, ep *cmdutil.Endpoint) error {
		return clientFor(ep).Authenticate(ctx)
	}
}

func clientFor(ep *cmdutil.Endpoint) *facti.Client {
	return facti.New(ep.Client, ep.BaseURL, ep.Credentials["client_id"], ep.Credentials["api_key"])
}

// newClient resolves the endpoint and credentials of the active profile.
func newClient(f *cmdutil.Factory) (*facti.Client, *cmdutil.Endpoint, error) {
	ep, err := f.Endpoint("facti")
	if err != nil {
		return nil, nil, err
	}
	return clientFor(ep), ep, nil
}

// setting returns flag when set, else the profile setting key, else the
// emulator's demo value under --env emulator, else "".
func setting(f *cmdutil.Factory, flag, key, emulatorDefault string) (string, error) {
	if flag != "" {
		return flag, nil
	}
	s, err := f.Settings()
	if err != nil {
		return "", err
	}
	v, err := s.Get(key)
	if err != nil {
		return "", err
	}
	if v.Value == "" && s.Env == cmdutil.EnvEmulator {
		return emulatorDefault, nil
	}
	return v.Value, nil
}

// emulatorCompany is the demo company the emulator starts with.
const emulatorCompany = emufacti.DemoCompanyID

// companyID is --company > facti.company_id > the emulator's demo company;
// prompted for on a terminal, else a usage error naming --company.
func companyID(f *cmdutil.Factory, flag string) (string, error) {
	v, err := setting(f, flag, "facti.company_id", emufacti.DemoCompanyID)
	if err != nil {
		return "", err
	}
	v, err = f.PromptOrFlag(v, "company", "Facti company id:")
	if err != nil {
		return "", err
	}
	if err := facti.CheckID("--company", v); err != nil {
		return "", cmdutil.UsageErrorf("%v", err)
	}
	return v, nil
}

// fromRFC is --from-rfc > facti.from_rfc > the emulator's demo company RFC.
func fromRFC(f *cmdutil.Factory, flag string) (string, error) {
	return setting(f, flag, "facti.from_rfc", emufacti.DemoCompanyRFC)
}

// exitError is a provider-side refusal found by mxpay itself (exit 1).
func exitError(err error, hint string) error {
	return cmdutil.RejectedError(err, hint)
}
