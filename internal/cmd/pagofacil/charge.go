package pagofacil

import (
	"fmt"
	"time"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/ledger"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/mxpay/mxpay/internal/pagofacil"
	"github.com/mxpay/mxpay/internal/prompt"
	"github.com/spf13/cobra"
)

// ChargeOptions are the inputs of `pagofacil charge`: its dependencies
// (from the Factory) and its flags.
type ChargeOptions struct {
	IO        *output.IOStreams
	PagoFacil func() (*pagofacil.Client, error)
	Settings  func() (*cmdutil.Settings, error)
	// Prompter asks for the card on a terminal; its password answers go
	// to the redactor (Factory.Ask).
	Prompter func() prompt.Prompter
	// Confirm is the one rule before moving money (Factory.ConfirmAction).
	Confirm  func(cmdutil.Action) error
	Redactor *cmdutil.Redactor
	Ledger   func() (ledger.Ledger, error)
	// VerifyCommand is the exact command that checks an order id with the
	// run's profile and environment.
	VerifyCommand func(orderID string) string
	NewOrderID    func() string
	Now           func() time.Time

	Amount         string
	OrderID        string
	Customer       pagofacil.Customer
	CustomerFile   string
	Plan           string
	Months         string
	Params         [5]string
	NoMail         bool
	IP             string
	UserAgent      string
	Service        string
	CardFile       string
	AllowDuplicate bool
}

// NewCmdCharge builds `pagofacil charge`; runF, when set, receives the
// parsed options instead of running (flag tests).
func NewCmdCharge(f *cmdutil.Factory, runF func(*ChargeOptions) error) *cobra.Command {
	opts := &ChargeOptions{
		IO: f.IOStreams, PagoFacil: f.PagoFacil, Settings: f.Settings, Prompter: f.Ask,
		Confirm: f.ConfirmAction, Redactor: f.Redactor(), Ledger: f.Ledger, NewOrderID: newOrderID, Now: time.Now,
		VerifyCommand: func(orderID string) string { return verifyCommand(f, orderID) },
	}
	cmd := &cobra.Command{
		Use:   "charge",
		Short: "Charge a card (moves real money in production)",
		Long: `Charge a credit or debit card with PagoFácil's transaccion method.

The card is never read from flags: on a terminal mxpay asks for the number and
CVV without echoing them, otherwise pass --card-file FILE or --card-file - with
number, cvv, exp_month and exp_year as JSON or key=value lines. Output shows
the card only as its brand and last four digits.

The order id (idPedido) is printed before anything is sent, so an interrupted
run can always be checked with ` + "`mxpay pagofacil verify ORDER_ID`" + `. A charge is
never retried: if its reply is lost (a timeout, a reset, a redirect, a gateway
error, a garbled reply), mxpay asks verificar what happened, for up to the
verify_window setting (MXPAY_VERIFY_WINDOW; default twice --timeout, at least
a minute), and reports that. An order id PagoFácil already knows as approved
is refused unless --allow-duplicate-order is given.

Every charge is recorded in the ledger (` + "`mxpay pagofacil charges list`" + `): in flight
just before it is sent, with its outcome after; never the card, only its brand
and last four digits. An order the ledger knows as approved or declined is
not charged again without --allow-duplicate-order; one an earlier run left in
flight or unknown is looked up with verificar first.

Exit codes: 0 approved, 1 PagoFácil rejected fields, 2 invalid input (nothing
sent), 3 credentials rejected, 4 PagoFácil unreachable (the charge was not sent),
5 declined, 6 outcome unknown (run the verify command printed).`,
		Example: `  # On a terminal: prompts for the card, shows a summary and asks to confirm
  mxpay pagofacil charge --amount 1599.00 --customer-file jon.yaml

  # From a script: card on stdin, every field as flags, no prompt
  printf 'number=4111111111111111\ncvv=123\nexp_month=08\nexp_year=29\n' |
    mxpay pagofacil charge --yes --card-file - --amount 250.50 --order-id ORD-1001 \
      --name Jon --last-name Snow --email jon@example.com --phone 5575187500 \
      --mobile 5530996234 --street "Valle del Don 45" --colonia "Del Valle" \
      --municipio Tecamac --state Sonora --country México --zip 48219

  # Six months without interest, JSON result
  mxpay pagofacil charge --amount 6000 --plan MSI --months 06 \
    --customer-file jon.json --card-file card.json --yes -o json`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if runF != nil {
				return runF(opts)
			}
			return chargeRun(cmd.Context(), opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&opts.Amount, "amount", "", "amount in Mexican pesos (monto), greater than 0 with at most 2 decimals, e.g. 1599.00 (required)")
	fl.StringVar(&opts.OrderID, "order-id", "", "your order id (idPedido, up to 60 letters, digits, - or _); default: a new UUID, printed before sending")
	c := &opts.Customer
	fl.StringVar(&c.Name, "name", "", "cardholder's first name (nombre, up to 50 characters)")
	fl.StringVar(&c.LastName, "last-name", "", "cardholder's last names (apellidos, up to 50 characters)")
	fl.StringVar(&c.Email, "email", "", "cardholder's email, receives PagoFácil's receipt (email, up to 200 characters)")
	fl.StringVar(&c.Phone, "phone", "", "cardholder's phone number (telefono, up to 10 digits)")
	fl.StringVar(&c.Mobile, "mobile", "", "cardholder's mobile number (celular, up to 10 digits)")
	fl.StringVar(&c.Street, "street", "", "street and number (calleyNumero, up to 45 characters)")
	fl.StringVar(&c.Colonia, "colonia", "", "colonia / neighbourhood (up to 30 characters)")
	fl.StringVar(&c.Municipio, "municipio", "", "municipality (up to 30 characters)")
	fl.StringVar(&c.State, "state", "", "state (estado, up to 30 characters)")
	fl.StringVar(&c.Country, "country", "", "country (pais, up to 50 characters)")
	fl.StringVar(&c.Zip, "zip", "", "postal code (cp, up to 9 characters)")
	fl.StringVar(&opts.CustomerFile, "customer-file", "", "JSON or YAML file with name, last_name, email, phone, mobile, street, colonia, municipio, state, country, zip; flags override it")
	fl.StringVar(&opts.Plan, "plan", pagofacil.PlanNormal, "NOR (single payment) or MSI (months without interest)")
	fl.StringVar(&opts.Months, "months", "", "instalments for --plan MSI: 03, 06, 09, 12 or 18 (mensualidades)")
	for i := range opts.Params {
		fl.StringVar(&opts.Params[i], fmt.Sprintf("param%d", i+1), "", fmt.Sprintf("free value for your own use, returned by PagoFácil (param%d, up to 60 characters)", i+1))
	}
	fl.BoolVar(&opts.NoMail, "no-mail", false, "ask PagoFácil not to email the cardholder (noMail=1)")
	fl.StringVar(&opts.IP, "ip", "", "IP address of the buyer or your server (ip)")
	fl.StringVar(&opts.UserAgent, "user-agent", "", "buyer's browser identifier (httpUserAgent, up to 150 characters)")
	fl.StringVar(&opts.Service, "service", "3", "idServicio: 3 (ThirdParty, direct integrations) or 1 (WebForm)")
	fl.StringVar(&opts.CardFile, "card-file", "", "read the card from FILE, or - for stdin: number, cvv, exp_month, exp_year as JSON or key=value lines")
	fl.BoolVar(&opts.AllowDuplicate, "allow-duplicate-order", false, "charge even if this --order-id was already approved, or declined (a new attempt)")
	fixed := func(values ...string) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return values, cobra.ShellCompDirectiveNoFileComp
		}
	}
	_ = cmd.RegisterFlagCompletionFunc("plan", fixed(pagofacil.PlanNormal, pagofacil.PlanMSI))
	_ = cmd.RegisterFlagCompletionFunc("months", fixed(pagofacil.MSIMonths()...))
	_ = cmd.RegisterFlagCompletionFunc("service", fixed("3\tThirdParty", "1\tWebForm"))
	cmdutil.SetFields(cmd, output.ColumnNames(resultColumns())...)
	_ = cmd.MarkFlagFilename("customer-file", "json", "yaml", "yml")
	return cmd
}
