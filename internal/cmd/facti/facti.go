// Package facti implements `mxpay facti`: commands over the Facti API.
// Each command is an XOptions (its dependencies as functions, its parsed
// flags), NewCmdX(f, runF) and xRun(ctx, opts); the workflows (safe
// creation, lookups, paging) live in internal/facti.
package facti

import (
	"context"
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/errs"
	"github.com/mxpay/mxpay/internal/facti"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/mxpay/mxpay/internal/prompt"
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
account has one company (id ` + cmdutil.DemoSetting("facti.company_id") + `, RFC ` + cmdutil.DemoSetting("facti.from_rfc") + `) with an STP and a
bank payment way, used by default for --company and --from-rfc.`,
		Example: `  $ mxpay --env emulator facti payments new --folio 1001 --to-name "Cliente SA" \
      --to-email pagos@cliente.mx --amount 1500.00
  $ mxpay --env emulator facti payments list --status pending`,
		Args: cmdutil.NoArgs,
	}
	cmd.AddCommand(newCmdPayments(f), NewCmdCLABE(f, nil), NewCmdPaymentWays(f, nil), newCmdIPN(f))
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
		return facti.New(ep.Client, ep.BaseURL, ep.Credentials["client_id"], ep.Credentials["api_key"]).Authenticate(ctx)
	}
}

// clients are the dependencies every Facti command takes from the Factory.
type clients struct {
	IO       *output.IOStreams
	Facti    func() (*facti.Client, error)
	Settings func() (*cmdutil.Settings, error)
}

func clientsOf(f *cmdutil.Factory) clients {
	return clients{IO: f.IOStreams, Facti: f.Facti, Settings: f.Settings}
}

// settingsAndClient are what nearly every run needs.
func (d clients) settingsAndClient() (*cmdutil.Settings, *facti.Client, error) {
	s, err := d.Settings()
	if err != nil {
		return nil, nil, err
	}
	c, err := d.Facti()
	return s, c, err
}

// readPayment checks a payment id argument and reads the payment.
func (d clients) readPayment(ctx context.Context, id string) (*cmdutil.Settings, *facti.Client, *facti.Payment, error) {
	if err := facti.CheckID("payment id", id); err != nil {
		return nil, nil, nil, cmdutil.UsageErrorf("%v", err)
	}
	s, c, err := d.settingsAndClient()
	if err != nil {
		return nil, nil, nil, err
	}
	p, err := c.GetPayment(ctx, id)
	return s, c, p, err
}

// setting returns flag when set, else the profile setting key (under --env
// emulator, the demo company's value when nothing sets it).
func setting(settings func() (*cmdutil.Settings, error), flag, key string) (string, error) {
	if flag != "" {
		return flag, nil
	}
	s, err := settings()
	if err != nil {
		return "", err
	}
	v, err := s.Get(key)
	return v.Value, err
}

// Prompt asks for a required value on a terminal (asking again while a
// validator refuses the answer), or fails naming its flag:
// Factory.PromptOrFlag.
type Prompt func(value, flag, question string, validate ...prompt.Validator) (string, error)

// promptOf is the Factory's PromptOrFlag asking its question in the
// reader's language.
func promptOf(f *cmdutil.Factory) Prompt {
	return func(value, flag, question string, validate ...prompt.Validator) (string, error) {
		return f.PromptOrFlag(value, flag, f.IOStreams.Text(question), validate...)
	}
}

// resolveCompany is --company > facti.company_id > the emulator's demo
// company; prompted for on a terminal, else a usage error naming --company.
func resolveCompany(settings func() (*cmdutil.Settings, error), ask Prompt, flag string) (string, error) {
	v, err := setting(settings, flag, "facti.company_id")
	if err != nil {
		return "", err
	}
	if v, err = ask(v, "company", "Facti company id:", func(s string) error { return facti.CheckID("the company id", strings.TrimSpace(s)) }); err != nil {
		if errs.KindOf(err) == errs.Usage && v == "" {
			return "", cmdutil.WithHintf(err, "pass --company ID, or set it once for the profile: `mxpay config set facti.company_id ID`")
		}
		return "", err
	}
	if err := facti.CheckID("--company", v); err != nil {
		return "", cmdutil.UsageErrorf("%v", err)
	}
	return v, nil
}

// checkCommand renders an mxpay command line for a hint, with the
// profile and environment of this run.
func checkCommand(s *cmdutil.Settings, args ...string) string {
	parts := []string{"mxpay"}
	if s != nil && s.Profile != "" && s.Profile != "default" {
		parts = append(parts, "--profile", s.Profile)
	}
	if s != nil && s.Env != "" && s.Env != cmdutil.EnvSandbox {
		parts = append(parts, "--env", s.Env)
	}
	for _, a := range args {
		if a == "" || strings.ContainsAny(a, " \t'\"$`\\;&|<>*?") {
			a = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
		}
		parts = append(parts, a)
	}
	return "`" + strings.Join(parts, " ") + "`"
}
