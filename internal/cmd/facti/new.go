package facti

import (
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/ledger"
	syncapi "github.com/mxpay/mxpay/internal/sync"
	"github.com/spf13/cobra"
)

// requestFlags are the flags that make up one payment request; a
// --from-csv row starts from a copy of them.
type requestFlags struct {
	Folio, Serie, FromRFC, ToRFC, ToName, Amount, Due, PaymentDate string
	ToEmails, PaymentWays, Groups, Concepts                        []string
	ConceptsFile                                                   string
	Paid, NoEmail, Invoice                                         bool
	Receiver                                                       receiverFlags
}

// NewOptions are `facti payments new`'s dependencies and flags.
type NewOptions struct {
	clients
	Prompt   Prompt
	Confirm  func(cmdutil.Action) error
	Redactor *cmdutil.Redactor
	Ledger   func() (ledger.Ledger, error)
	Sync     func() (*syncapi.Client, error)

	requestFlags
	Company             string
	AllowDuplicateFolio bool
	DryRun              bool
	FromCSV, Journal    string
	Concurrency         int

	// The sources other than flags and CSV: an invoice (CFDI) file or a
	// CFDI downloaded through Sync, and every issued CFDI of the Sync
	// user's SAT connection since a date.
	FromCFDI, FromSyncAttachment string
	FromSyncInvoices             bool
	SyncUser, Since, EmailsFile  string
}

// NewCmdNew builds `facti payments new`; runF replaces the run in tests.
func NewCmdNew(f *cmdutil.Factory, runF func(*NewOptions) error) *cobra.Command {
	opts := &NewOptions{clients: clientsOf(f), Prompt: promptOf(f), Confirm: f.ConfirmAction, Redactor: f.Redactor(),
		Ledger: f.Ledger, Sync: f.Sync}
	cmd := &cobra.Command{
		Use:   "new",
		Short: "Send a payment request to a customer (new_request)",
		Long: `Send a payment request: Facti e-mails the customer the ways to pay (STP CLABE,
bank references) and answers with those references.

Everything is validated before anything is sent (RFCs, YYYY-MM-DD dates,
e-mails, amounts); an amount with more than two decimals is rounded up to the
cent as Facti does (242.831 → 242.84) and the rounded amount is shown. On a
terminal, missing required values are asked for.

Before sending, mxpay searches the company's payments (--company, default
facti.company_id) for the serie and folio and refuses to send a second request
for them unless --allow-duplicate-folio. The request is sent once, never
repeated: if its reply is lost (a timeout, a reset, a gateway error, a reply
that is not Facti's), mxpay looks it up among the payments created since, over
verify_window, and reports it found, or its outcome unknown (exit 6) with the
command to check. On a terminal, and always in production, it shows what will
be sent and asks first (--yes confirms without a terminal).

Grouped requests (--group) are sent with folio 1, as Facti requires; mxpay
recognises them by their invoices, read from each candidate's details.

Every request is recorded in the ledger (` + "`mxpay ledger list`" + `) just before it
is sent, and with its outcome after. One an earlier run left in flight or
unknown (a process killed mid-request) is looked up before it is sent again;
one the ledger holds as sent is refused, on every machine that shares the
ledger, unless --allow-duplicate-folio.

From an invoice: --from-cfdi FILE.xml (CFDI 3.3 or 4.0) or
--from-sync-attachment ID take the serie, folio, receiver (RFC and name),
total and concepts from the CFDI; --to-email is still required. The invoice
must be an income invoice in pesos, with totals that add up, issued by the
RFC requests are sent from (exit 2 otherwise).

Bulk: --from-csv FILE sends one request per row; --from-sync-invoices sends
one per CFDI the company issued since --since (the Sync user's SAT
connection) that has no request yet, with e-mails from --emails FILE.csv
(rfc,email; invoices without one are listed, not sent). Every row is
validated before anything is sent; rows are sent --concurrency at a time
and streamed as they complete; a re-run skips what was created.`,
		Example: `  $ mxpay facti payments new --folio 1001 --to-name "Cliente SA" \
      --to-email pagos@cliente.mx --amount 1500.00 --due 2030-06-30
  # Due in 30 days (GNU date)
  $ mxpay facti payments new --folio 1002 --to-name "Cliente SA" --to-email pagos@cliente.mx \
      --amount 1500.00 --due "$(date -d '+30 days' +%F)"
  # Group three invoices into one payment request
  $ mxpay facti payments new --to-name "Cliente SA" --to-email pagos@cliente.mx --amount 600 \
      --group A:1001:100 --group A:1002:200 --group :1003:300
  # Concepts and an invoice for the customer
  $ mxpay facti payments new --folio 7 --to-name "Cliente SA" --to-email pagos@cliente.mx --amount 5000 \
      --concept 'quantity=2,unit=PIEZA,description=Monitor,pu=2500.00' \
      --invoice --receiver-rfc XAXX010101000 --receiver-name "Cliente SA" --receiver-zip 01000
  $ mxpay facti payments new --folio 1001 --to-name X --to-email x@y.mx --amount 10 --dry-run
  # From an invoice, or every invoice issued since March
  $ mxpay facti payments new --from-cfdi F-1024.xml --to-email pagos@cliente.mx
  $ mxpay facti payments new --from-sync-invoices --since 2026-03-01 --emails clientes.csv -o csv`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkSources(cmd, opts); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return newRun(cmd.Context(), opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&opts.Folio, "folio", "", "invoice folio (required unless --group)")
	fl.StringVar(&opts.Serie, "serie", "", "invoice serie")
	fl.StringVar(&opts.FromRFC, "from-rfc", "", "RFC of your company that issues the request (default: the profile's facti.from_rfc)")
	fl.StringVar(&opts.ToRFC, "to-rfc", "", "customer's RFC (12 or 13 characters)")
	fl.StringVar(&opts.ToName, "to-name", "", "customer's company or person name (required)")
	fl.StringArrayVar(&opts.ToEmails, "to-email", nil, "customer's e-mail; repeat for several (sent joined with ;) (required)")
	fl.StringVar(&opts.Amount, "amount", "", "total amount, e.g. 1500.00; more than two decimals are rounded up (required)")
	fl.StringVar(&opts.Due, "due", "", "payment deadline YYYY-MM-DD (limit_payment_date; Facti's default: one month from today)")
	fl.BoolVar(&opts.Paid, "paid", false, "record the request as already paid (status 1), for information only")
	fl.StringVar(&opts.PaymentDate, "payment-date", "", "with --paid: the date it was paid, YYYY-MM-DD (default today)")
	fl.BoolVar(&opts.NoEmail, "no-email", false, "do not e-mail the customer now (send_email_to_client=0)")
	fl.StringArrayVar(&opts.PaymentWays, "payment-way", nil, "limit to this payment way `ID`; repeat for several (list them with: mxpay facti payment-ways)")
	fl.StringArrayVar(&opts.Groups, "group", nil, "group invoices in one request: SERIE:FOLIO:AMOUNT, repeated; amounts must add up to --amount")
	fl.StringArrayVar(&opts.Concepts, "concept", nil, "a concept: 'quantity=2,unit=PIEZA,description=Monitor,pu=2500.00[,total=5000.00][,details=…]'; repeatable")
	fl.StringVar(&opts.ConceptsFile, "concepts-file", "", "JSON file with an array of concepts (keys quantity, unit, description, pu, total, details)")
	fl.BoolVar(&opts.Invoice, "invoice", false, "have Facti generate the invoice and attach it to the e-mail (needs the receiver's RFC)")
	r := &opts.Receiver.InvoiceReceiver
	fl.StringVar(&r.RFC, "receiver-rfc", "", "invoice receiver's RFC")
	fl.StringVar(&r.Nombre, "receiver-name", "", "invoice receiver's legal name (razón social)")
	fl.StringVar(&r.DomicilioCalle, "receiver-street", "", "invoice receiver's street")
	fl.StringVar(&r.DomicilioNoExt, "receiver-ext-number", "", "invoice receiver's exterior number")
	fl.StringVar(&r.DomicilioNoInt, "receiver-int-number", "", "invoice receiver's interior number")
	fl.StringVar(&r.DomicilioColonia, "receiver-colonia", "", "invoice receiver's colonia (neighbourhood)")
	fl.StringVar(&r.DomicilioLocalidad, "receiver-locality", "", "invoice receiver's locality")
	fl.StringVar(&r.DomicilioReferencia, "receiver-reference", "", "invoice receiver's address reference")
	fl.StringVar(&r.DomicilioMunicipio, "receiver-municipality", "", "invoice receiver's municipality")
	fl.StringVar(&r.DomicilioEstado, "receiver-state", "", "invoice receiver's state")
	fl.StringVar(&r.DomicilioPais, "receiver-country", "", "invoice receiver's country")
	fl.StringVar(&r.DomicilioCP, "receiver-zip", "", "invoice receiver's postal code (5 digits)")
	fl.StringVar(&opts.Receiver.file, "receiver-file", "", "JSON file with the receiver's fiscal data (invoice_receiver keys); flags override it")
	fl.StringVar(&opts.Company, "company", "", "company id whose payments are searched for a duplicate before sending and for the request if its reply is lost (default: the profile's facti.company_id)")
	fl.BoolVar(&opts.AllowDuplicateFolio, "allow-duplicate-folio", false, "send even when a payment request with the same serie and folio exists")
	fl.BoolVar(&opts.DryRun, "dry-run", false, "print the request that would be sent (credentials masked) and send nothing")
	fl.StringVar(&opts.FromCSV, "from-csv", "", "bulk mode: one payment request per row of this CSV (headers: flag or API field names); other flags are defaults for every row")
	fl.IntVar(&opts.Concurrency, "concurrency", 4, "bulk mode: requests in flight at once")
	fl.StringVar(&opts.Journal, "journal", "", "bulk mode: a journal an earlier mxpay left, to import into the ledger (default FILE.journal)")
	_ = fl.MarkDeprecated("journal", "the ledger replaced the journal (see `mxpay ledger list`); an old FILE.journal is still imported")
	fl.StringVar(&opts.FromCFDI, "from-cfdi", "", "build the request from this CFDI 3.3 or 4.0 invoice (XML file, or - for stdin): serie, folio, receiver, total and concepts; --to-email is still required")
	fl.StringVar(&opts.FromSyncAttachment, "from-sync-attachment", "", "build the request from the CFDI of this Sync attachment `ID` (downloaded with --sync-user)")
	fl.BoolVar(&opts.FromSyncInvoices, "from-sync-invoices", false, "bulk mode: one request per CFDI the company issued (the SAT connection's \"emitidas\") since --since that has none yet; e-mails from --emails")
	fl.StringVar(&opts.Since, "since", "", "with --from-sync-invoices: invoices dated on or after this day, YYYY-MM-DD")
	fl.StringVar(&opts.EmailsFile, "emails", "", "with --from-sync-invoices: a CSV mapping receiver RFC to e-mail (columns rfc,email); invoices without one are listed and not sent")
	fl.StringVar(&opts.SyncUser, "sync-user", "", "Sync user `ID` whose attachments are read (default: the profile's sync.user)")
	_ = cmd.MarkFlagFilename("from-cfdi", "xml")
	_ = cmd.MarkFlagFilename("emails", "csv")
	return cmd
}

// checkSources refuses flags that would contradict the request's source:
// what an invoice says (folio, receiver, total, concepts) is not also a
// flag, and invoices from Sync take their e-mails from --emails.
func checkSources(cmd *cobra.Command, opts *NewOptions) error {
	changed := func(names ...string) []string {
		var out []string
		for _, n := range names {
			if cmd.Flags().Changed(n) {
				out = append(out, "--"+n)
			}
		}
		return out
	}
	sources := changed("from-csv", "from-cfdi", "from-sync-attachment", "from-sync-invoices")
	if len(sources) > 1 {
		return cmdutil.UsageErrorf("%s are different sources of requests: give one", strings.Join(sources, " and "))
	}
	switch {
	case opts.FromCFDI != "" || opts.FromSyncAttachment != "":
		if bad := changed(cfdiFlags...); len(bad) > 0 {
			return cmdutil.UsageErrorf("%s: the invoice gives that (with %s, only --to-email, --to-name, --due, --no-email, --payment-way, --paid and --company apply)", strings.Join(bad, ", "), sources[0])
		}
	case opts.FromSyncInvoices:
		if bad := changed(append(cfdiFlags, "to-name", "to-email")...); len(bad) > 0 {
			return cmdutil.UsageErrorf("%s: each invoice gives that, and --emails its e-mail", strings.Join(bad, ", "))
		}
	default:
		if bad := changed("since", "emails", "sync-user"); len(bad) > 0 && opts.FromSyncAttachment == "" {
			return cmdutil.UsageErrorf("%s apply only with --from-sync-invoices", strings.Join(bad, ", "))
		}
	}
	return nil
}
