// Package ledger implements `mxpay ledger`: what mxpay sent that creates
// something or moves money, and what became of it, from the ledger
// (internal/ledger) the other commands record in.
package ledger

import (
	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/ledger"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/spf13/cobra"
)

// NewCmdLedger groups list and show.
func NewCmdLedger(f *cmdutil.Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "ledger <command>",
		Short: "What mxpay sent that creates something or moves money, and what became of it",
		Long: `Every request mxpay sends that creates something or moves money is recorded
in the ledger before it is sent, and again with its outcome: Facti payment
requests (new_request), marks as paid and deletes, PagoFácil charges
(transaccion) and Sync credential creations.

Outcomes: in_flight (recorded, sent or about to be, no answer recorded: the
process died, or is still running), created (the provider answered that it
did it), found (the answer was lost and a lookup found it done), declined,
failed (refused, or provably never sent) and unknown (it may have been done
and no lookup could tell). The next command that touches an in_flight or
unknown entry looks it up before sending anything again;
` + "`mxpay pagofacil verify --pending`" + ` does it for every charge.

The ledger is a SQLite file (default <user data dir>/mxpay/ledger.db, or beside
the emulator's state under --env emulator) or a PostgreSQL database shared
by several machines: set it with MXPAY_LEDGER or ` + "`mxpay config set ledger PATH_OR_URL`" + `.
Its unique keys (a folio of a company, an order id, a payment marked paid)
hold across every machine that shares it. Card numbers, CVVs, expiry dates,
passwords, codes and API keys are never stored.`,
		Example: `  $ mxpay ledger list --since today
  $ mxpay ledger list --provider pagofacil --status created,found --totals
  $ mxpay ledger list --status pending -o json
  $ mxpay ledger show 42`,
		Args: cmdutil.NoArgs,
	}
	cmd.AddCommand(NewCmdList(f, nil), NewCmdShow(f, nil))
	cmdutil.SetFields(cmd.Commands()[0], output.ColumnNames(EntryColumns())...)
	cmdutil.SetFields(cmd.Commands()[1], output.ColumnNames(EntryColumns())...)
	return cmd
}

// deps are what the ledger commands take from the Factory.
type deps struct {
	IO       *output.IOStreams
	Settings func() (*cmdutil.Settings, error)
	Ledger   func() (ledger.Ledger, error)
}

func depsOf(f *cmdutil.Factory) deps {
	return deps{IO: f.IOStreams, Settings: f.Settings, Ledger: f.Ledger}
}
