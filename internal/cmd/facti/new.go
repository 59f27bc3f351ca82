package facti

import (
	"fmt"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/facti"
	"github.com/spf13/cobra"
)

type newOptions struct {
	folio, serie, fromRFC, toRFC, toName, amount, due, paymentDate string
	toEmails, paymentWays, groups, concepts                        []string
	conceptsFile                                                   string
	paid, noEmail, invoice, dryRun                                 bool
	company                                                        string
	fromCSV, journal                                               string
	concurrency                                                    int
	receiver                                                       receiverFlags
}

func newCmdNew(f *cmdutil.Factory) *cobra.Command {
	o := &newOptions{}
	cmd := &cobra.Command{
		Use:   "new",
		Short: "Send a payment request to a customer (new_request)",
		Long: `Send a payment request: Facti e-mails the customer the ways to pay (STP CLABE,
bank references) and answers with those references.

Everything is validated before anything is sent (RFCs, YYYY-MM-DD dates,
e-mails, amounts); an amount with more than two decimals is rounded up to the
cent as Facti does (242.831 → 242.84) and the rounded amount is shown. On a
terminal, missing required values are asked for.

If the reply is lost after the request was sent, mxpay never sends it again:
it searches the company's payments (--company, default facti.company_id) for
the folio and reports what it finds.`,
		Example: `  $ mxpay facti payments new --folio 1001 --to-name "Cliente SA" \
      --to-email pagos@cliente.mx --amount 1500.00 --due 2024-06-30
  # Group three invoices into one payment request
  $ mxpay facti payments new --to-name "Cliente SA" --to-email pagos@cliente.mx --amount 600 \
      --group A:1001:100 --group A:1002:200 --group :1003:300
  # Concepts and an invoice for the customer
  $ mxpay facti payments new --folio 7 --to-name "Cliente SA" --to-email pagos@cliente.mx --amount 5000 \
      --concept 'quantity=2,unit=PIEZA,description=Monitor,pu=2500.00' \
      --invoice --receiver-rfc XAXX010101000 --receiver-name "Cliente SA" --receiver-zip 01000
  $ mxpay facti payments new --folio 1001 --to-name X --to-email x@y.mx --amount 10 --dry-run`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return runNew(cmd, f, o) },
	}
	fl := cmd.Flags()
	fl.StringVar(&o.folio, "folio", "", "invoice folio (required unless --group)")
	fl.StringVar(&o.serie, "serie", "", "invoice serie")
	fl.StringVar(&o.fromRFC, "from-rfc", "", "RFC of your company that issues the request (default: the profile's facti.from_rfc)")
	fl.StringVar(&o.toRFC, "to-rfc", "", "customer's RFC (12 or 13 characters)")
	fl.StringVar(&o.toName, "to-name", "", "customer's company or person name (required)")
	fl.StringArrayVar(&o.toEmails, "to-email", nil, "customer's e-mail; repeat for several (sent joined with ;) (required)")
	fl.StringVar(&o.amount, "amount", "", "total amount, e.g. 1500.00; more than two decimals are rounded up (required)")
	fl.StringVar(&o.due, "due", "", "payment deadline YYYY-MM-DD (limit_payment_date; Facti's default: one month from today)")
	fl.BoolVar(&o.paid, "paid", false, "record the request as already paid (status 1), for information only")
	fl.StringVar(&o.paymentDate, "payment-date", "", "with --paid: the date it was paid, YYYY-MM-DD (default today)")
	fl.BoolVar(&o.noEmail, "no-email", false, "do not e-mail the customer now (send_email_to_client=0)")
	fl.StringArrayVar(&o.paymentWays, "payment-way", nil, "limit to this payment way id; repeat for several (see `mxpay facti payment-ways`)")
	fl.StringArrayVar(&o.groups, "group", nil, "group invoices in one request: SERIE:FOLIO:AMOUNT, repeated; amounts must add up to --amount")
	fl.StringArrayVar(&o.concepts, "concept", nil, "a concept: 'quantity=2,unit=PIEZA,description=Monitor,pu=2500.00[,total=5000.00][,details=…]'; repeatable")
	fl.StringVar(&o.conceptsFile, "concepts-file", "", "JSON file with an array of concepts (keys quantity, unit, description, pu, total, details)")
	fl.BoolVar(&o.invoice, "invoice", false, "have Facti generate the invoice and attach it to the e-mail (needs the receiver's RFC)")
	r := &o.receiver.InvoiceReceiver
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
	fl.StringVar(&o.receiver.file, "receiver-file", "", "JSON file with the receiver's fiscal data (invoice_receiver keys); flags override it")
	fl.StringVar(&o.company, "company", "", "company id used to look the request up if the reply is lost (default: the profile's facti.company_id)")
	fl.BoolVar(&o.dryRun, "dry-run", false, "print the request that would be sent (credentials masked) and send nothing")
	fl.StringVar(&o.fromCSV, "from-csv", "", "bulk mode: one payment request per row of this CSV (headers: flag or API field names); other flags are defaults for every row")
	fl.IntVar(&o.concurrency, "concurrency", 4, "bulk mode: requests in flight at once")
	fl.StringVar(&o.journal, "journal", "", "bulk mode: journal that makes re-runs skip created rows (default FILE.journal)")
	return cmd
}

// build asks for missing required values (on a terminal) and turns the
// flags into a validated request.
func (o *newOptions) build(f *cmdutil.Factory) (*facti.NewRequest, error) {
	var err error
	if o.fromRFC, err = fromRFC(f, o.fromRFC); err != nil {
		return nil, err
	}
	// Required values: asked for on a terminal, else a usage error naming the flag.
	if len(o.groups) == 0 {
		if o.folio, err = f.PromptOrFlag(o.folio, "folio", "Folio:"); err != nil {
			return nil, err
		}
	}
	if o.fromRFC, err = f.PromptOrFlag(o.fromRFC, "from-rfc", "RFC issuing the request:"); err != nil {
		return nil, err
	}
	if o.toName, err = f.PromptOrFlag(o.toName, "to-name", "Customer name:"); err != nil {
		return nil, err
	}
	if len(o.toEmails) == 0 {
		e, err := f.PromptOrFlag("", "to-email", "Customer e-mail:")
		if err != nil {
			return nil, err
		}
		o.toEmails = []string{e}
	}
	if o.amount, err = f.PromptOrFlag(o.amount, "amount", "Total amount:"); err != nil {
		return nil, err
	}
	r, before, err := o.request()
	if before != "" {
		fmt.Fprintf(f.IOStreams.ErrOut, "Note: amount %s has more than two decimals; Facti rounds it up to %s.\n", before, r.TotalAmount)
	}
	return r, err
}

// request turns the options into a validated request without prompting.
// before is the amount as given when Facti's round-up changed it.
func (o *newOptions) request() (r *facti.NewRequest, before string, err error) {
	r = &facti.NewRequest{Serie: o.serie, Folio: o.folio, FromRFC: o.fromRFC, ToRFC: o.toRFC, ToClientName: o.toName, ToEmails: o.toEmails,
		Paid: o.paid, PaymentDate: o.paymentDate, LimitPaymentDate: o.due, NoEmail: o.noEmail, PaymentWayIDs: o.paymentWays, GenerateInvoice: o.invoice}
	for _, g := range o.groups {
		item, err := parseGroup(g)
		if err != nil {
			return nil, "", err
		}
		r.Group = append(r.Group, item)
	}
	for _, c := range o.concepts {
		item, err := parseConcept(c)
		if err != nil {
			return nil, "", err
		}
		r.Conceptos = append(r.Conceptos, item)
	}
	if o.conceptsFile != "" {
		items, err := readConceptsFile(o.conceptsFile)
		if err != nil {
			return nil, "", err
		}
		r.Conceptos = append(r.Conceptos, items...)
	}
	if r.InvoiceReceiver, err = o.receiver.build(); err != nil {
		return nil, "", err
	}
	if o.amount == "" {
		return nil, "", cmdutil.MissingFlagError("amount")
	}
	if r.TotalAmount, err = parseAmount("amount", o.amount); err != nil {
		return nil, "", err
	}
	if orig := r.Normalize(); orig != nil {
		before = orig.String()
	}
	return r, before, r.Validate()
}

func runNew(cmd *cobra.Command, f *cmdutil.Factory, o *newOptions) error {
	if o.fromCSV != "" {
		return runBulk(cmd.Context(), f, o)
	}
	r, err := o.build(f)
	if err != nil {
		return err
	}
	c, _, err := newClient(f)
	if err != nil {
		return err
	}
	if o.dryRun {
		return printDryRun(f, c, r)
	}
	ctx := cmd.Context()
	created, err := c.CreatePayment(ctx, r)
	if err != nil {
		created, err = recoverCreate(ctx, f, c, r, o.company, err)
		if err != nil {
			return err
		}
	}
	return printCreated(f, created)
}
