package emulator

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	emufacti "github.com/mxpay/mxpay/internal/emulator/facti"
	syncemu "github.com/mxpay/mxpay/internal/emulator/sync"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/spf13/cobra"
)

// PayOptions are `mxpay emulator pay facti`'s dependencies and flags.
type PayOptions struct {
	IO       *output.IOStreams
	Settings func() (*cmdutil.Settings, error)
	Endpoint func(provider string) (*cmdutil.Endpoint, error)

	IDs     []string
	Via     string
	User    string
	Account string
}

// newCmdPay groups the emulator-only actions that play a customer paying.
func newCmdPay(f *cmdutil.Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "pay <provider>",
		Short: "Play a customer paying (emulator only)",
		Args:  cmdutil.NoArgs,
	}
	cmd.AddCommand(NewCmdPayFacti(f, nil))
	return cmd
}

// NewCmdPayFacti builds `mxpay emulator pay facti ID... --via stp|bank`;
// runF replaces the run in tests.
func NewCmdPayFacti(f *cmdutil.Factory, runF func(*PayOptions) error) *cobra.Command {
	opts := &PayOptions{IO: f.IOStreams, Settings: f.Settings, Endpoint: f.Endpoint}
	cmd := &cobra.Command{
		Use:   "facti REQUEST_ID... --via stp|bank",
		Short: "A customer pays Facti payment requests, by STP transfer or at the bank",
		Long: `Plays the customer of a Facti payment request paying it, in the emulator only.

--via stp: the customer transfers to the request's STP CLABE; Facti conciliates
STP transfers itself, so the request becomes paid (confirmed_from stp) and
Facti's IPN is delivered, as ` + "`mxpay facti ipn listen`" + ` shows.

--via bank: the customer deposits at the bank with the request's bank
reference. Facti does not see it: the deposit appears in the company's bank
account in the Sync emulator (the --user's first checking account, or
--account), with the reference in its description, and only
` + "`mxpay reconcile --mark-paid`" + ` turns it into a paid request.

It works under --env emulator, and against ` + "`mxpay emulator serve`" + ` through the
base URL settings.`,
		Example: `  $ mxpay --env emulator emulator pay facti 12 --via stp
  $ mxpay --env emulator emulator pay facti 12 13 --via bank --user 5df859c4a7a6442757726ef4
  $ mxpay --env emulator reconcile --mark-paid --yes`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return cmdutil.UsageErrorf("%q needs REQUEST_ID (one or more)", cmd.CommandPath())
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.IDs = args
			if runF != nil {
				return runF(opts)
			}
			return payRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.Via, "via", "", "how the customer pays: stp (a transfer Facti conciliates) or bank (a deposit that reconcile finds) (required)")
	cmd.Flags().StringVar(&opts.User, "user", "", "with --via bank: the Sync user whose bank account receives the deposit (default: the profile's sync.user)")
	cmd.Flags().StringVar(&opts.Account, "account", "", "with --via bank: the account `ID` (default: the user's first checking account)")
	_ = cmd.RegisterFlagCompletionFunc("via", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return []string{"stp", "bank"}, cobra.ShellCompDirectiveNoFileComp
	})
	return cmd
}

// paid is one request paid, as printed.
type paid struct {
	emufacti.Slip
	Transaction string `json:"id_transaction,omitempty"`
	Account     string `json:"id_account,omitempty"`
}

func paidColumns() []output.Column[paid] {
	return []output.Column[paid]{
		{Name: "payment_id", Header: "REQUEST", Value: func(p paid) string { return fmt.Sprint(p.PaymentID) }},
		{Name: "via", Header: "VIA", Value: func(p paid) string { return p.Via }},
		{Name: "amount", Header: "AMOUNT", Value: func(p paid) string { return p.Amount }},
		{Name: "reference", Header: "REFERENCE", Value: func(p paid) string { return p.Reference }},
		{Name: "confirmed_date", Header: "PAID AT", Value: func(p paid) string { return p.ConfirmedAt }},
		{Name: "id_transaction", Header: "BANK TRANSACTION", Value: func(p paid) string { return p.Transaction }},
		{Name: "id_account", Header: "ACCOUNT", Value: func(p paid) string { return p.Account }},
	}
}

func payRun(ctx context.Context, opts *PayOptions) error {
	if opts.Via != "stp" && opts.Via != "bank" {
		return cmdutil.UsageErrorf("--via %q: use stp or bank", opts.Via)
	}
	s, err := opts.Settings()
	if err != nil {
		return err
	}
	override, err := s.Get("facti.base_url")
	if err != nil {
		return err
	}
	if s.Env != cmdutil.EnvEmulator && override.Value == "" {
		return cmdutil.WithHintf(cmdutil.UsageErrorf("`emulator pay` plays a customer in the emulator, and this run is on %s", s.Env),
			"add --env emulator, or point facti.base_url and sync.base_url at `mxpay emulator serve`")
	}
	fep, err := opts.Endpoint("facti")
	if err != nil {
		return err
	}
	user := opts.User
	if opts.Via == "bank" && user == "" {
		v, err := s.Get("sync.user")
		if err != nil {
			return err
		}
		if user = v.Value; user == "" {
			return cmdutil.WithHintf(cmdutil.MissingFlagError("user"), "the deposit goes to a Sync user's bank account: pass --user ID or set sync.user")
		}
	}
	list, err := output.NewList(opts.IO, s.Output, paidColumns(), nil)
	if err != nil {
		return err
	}
	for _, id := range opts.IDs {
		slip, err := emufacti.Pay(ctx, fep.Client, fep.BaseURL, fep.Credentials["client_id"], fep.Credentials["api_key"], id, opts.Via)
		if err != nil {
			return i18n.Errorf("paying request %s: %w", id, err)
		}
		row := paid{Slip: *slip}
		if opts.Via == "bank" {
			if row.Transaction, row.Account, err = deposit(ctx, opts, user, slip); err != nil {
				return i18n.Errorf("depositing for request %s: %w", id, err)
			}
			fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("Request %s: the customer deposited MXN %s at the bank with reference %s; it is in account %s, for `mxpay reconcile` to find.", id, slip.Amount, slip.Reference, row.Account))
		} else {
			fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("Request %s: paid by STP; Facti conciliated it.", id))
			if slip.IPN != "" {
				fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("Its IPN went to %s.", slip.IPN))
			}
		}
		if err := list.Add(row); err != nil {
			return err
		}
	}
	return list.Close()
}

// deposit puts the slip's deposit in the user's bank account: the
// reference where a bank writes it, the agreement in the description.
func deposit(ctx context.Context, opts *PayOptions, user string, slip *emufacti.Slip) (string, string, error) {
	sep, err := opts.Endpoint("sync")
	if err != nil {
		return "", "", err
	}
	desc := strings.TrimSpace(fmt.Sprintf("DEPOSITO EN VENTANILLA %s CONV %s REF %s", strings.ToUpper(slip.BankName), slip.Agreement, slip.Reference))
	raw, err := syncemu.Deposit(ctx, sep.Client, sep.BaseURL, sep.Credentials["api_key"], user, opts.Account, slip.Amount, desc, slip.Reference)
	if err != nil {
		return "", "", err
	}
	var tx struct {
		ID      string `json:"id_transaction"`
		Account string `json:"id_account"`
	}
	json.Unmarshal(raw, &tx) //nolint:errcheck // shown as far as it reads
	return tx.ID, tx.Account, nil
}
