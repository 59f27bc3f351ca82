package facti

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/facti"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/ledger"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/mxpay/mxpay/internal/settle"
)

func newRun(ctx context.Context, opts *NewOptions) error {
	if opts.FromCSV != "" || opts.FromSyncInvoices {
		return bulkRun(ctx, opts)
	}
	r, err := opts.build(ctx)
	if err != nil {
		return err
	}
	s, c, err := opts.settingsAndClient()
	if err != nil {
		return err
	}
	if opts.DryRun {
		return printDryRun(opts.IO, s, c, r)
	}
	company, err := resolveCompany(opts.Settings, opts.Prompt, opts.Company)
	if err != nil {
		return err
	}
	l, err := opts.Ledger()
	if err != nil {
		return err
	}
	if !opts.AllowDuplicateFolio {
		if p, err := opts.settleEarlier(ctx, s, c, l, r, company); err != nil || p != nil {
			if p != nil {
				fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("Found: an earlier run created it, as payment %s. Do not send it again.", string(p.ID)))
				return printPayment(opts.IO, s, p)
			}
			return err
		}
	}
	survey, err := c.Survey(ctx, company)
	if err != nil {
		return i18n.Errorf("looking for an existing %v before sending it (nothing was sent): %w", facti.BareDescription(r), err)
	}
	if !opts.AllowDuplicateFolio {
		dups, err := survey.Duplicates(ctx, r)
		if err != nil {
			return i18n.Errorf("looking for an existing %v before sending it (nothing was sent): %w", facti.BareDescription(r), err)
		}
		if len(dups) > 0 {
			return createHint(facti.NewDuplicateError(r, dups), s)
		}
	}
	var entry *ledger.Entry
	res, err := c.CreateOrFind(ctx, r, facti.CreateOptions{
		CompanyID: company,
		Survey:    survey,
		BeforeSend: func() error {
			if err := opts.Confirm(newAction(opts.IO, r, company)); err != nil {
				return err
			}
			e, err := beginRequest(ctx, l, requestIntent(s, r, company, survey.Since()), opts.AllowDuplicateFolio)
			if err == nil {
				entry = &e
			}
			return err
		},
	})
	if entry != nil {
		if _, ferr := cmdutil.FinishLedger(ctx, l, entry.ID, createOutcome(res, err, opts.Redactor)); ferr != nil {
			if err != nil {
				fmt.Fprintln(opts.IO.ErrOut, readerOf(opts.IO).T("Warning: %v", ferr))
			} else if perr := printOutcome(opts.IO, s, res); perr != nil {
				return perr
			} else {
				return ferr
			}
		}
	}
	if err != nil {
		return createHint(err, s)
	}
	return printOutcome(opts.IO, s, res)
}

// newAction is the confirmation before sending one request.
func newAction(ios *output.IOStreams, r *facti.NewRequest, company string) cmdutil.Action {
	note := ios.T("this sends a real payment request to a real customer, and Facti e-mails them")
	if r.NoEmail {
		note = ios.T("this sends a real payment request to a real customer")
	}
	return cmdutil.Action{
		Question:   readerOf(ios).T("Send %v to %s?", facti.BareDescription(r), strings.Join(r.ToEmails, ", ")),
		Summary:    requestSummary(ios, r, company),
		Production: note,
	}
}

// requestSummary says exactly what will be sent.
func requestSummary(ios *output.IOStreams, r *facti.NewRequest, company string) []string {
	lines := []string{
		requestLine(ios, r),
		ios.T("Amount: MXN %s", r.TotalAmount.Format()),
		ios.T("To: %s <%s>", r.ToClientName, strings.Join(r.ToEmails, ", ")),
		ios.T("From: company %s (RFC %s)", company, r.FromRFC),
	}
	if r.NoEmail {
		lines = append(lines, ios.T("The customer is not e-mailed now (--no-email)."))
	} else {
		lines = append(lines, ios.T("Facti e-mails the customer the ways to pay."))
	}
	return lines
}

// requestLine is the summary's first line: which invoice the request is
// for ("Payment request: serie A folio 1001 (1,500.00)").
func requestLine(ios *output.IOStreams, r *facti.NewRequest) string {
	if len(r.Group) > 0 {
		return readerOf(ios).T("Payment request: %v", facti.Description(r))
	}
	if r.Serie == "" {
		return ios.T("Payment request: folio %s (%s)", r.Folio, r.TotalAmount.Format())
	}
	return ios.T("Payment request: serie %s folio %s (%s)", r.Serie, r.Folio, r.TotalAmount.Format())
}

// createHint adds the next step to a create that did not end in a request.
func createHint(err error, s *cmdutil.Settings) error {
	var dup *facti.DuplicateError
	var notSent *settle.NotSentError
	var unsettled *facti.UnsettledError
	switch {
	case errors.As(err, &dup):
		return cmdutil.WithHintf(err, "pass --allow-duplicate-folio to send another request for the same folio anyway")
	case errors.As(err, &notSent):
		return cmdutil.WithHintf(err, "nothing was sent: it is safe to run the command again")
	case errors.As(err, &unsettled):
		return cmdutil.WithHintf(err, "it may still appear: check with %s before sending it again", lookCommand(s, unsettled))
	}
	return err
}

// lookCommand is the command that shows whether an unsettled request was
// created: the company's payments since the survey, with its folio.
func lookCommand(s *cmdutil.Settings, u *facti.UnsettledError) string {
	args := []string{"facti", "payments", "list", "--company", u.CompanyID, "--since-id", fmt.Sprint(u.SinceID)}
	if len(u.Request.Group) > 0 {
		args = append(args, "--folio", "1")
	} else {
		if u.Request.Serie != "" {
			args = append(args, "--serie", u.Request.Serie)
		}
		args = append(args, "--folio", u.Request.Folio)
	}
	return checkCommand(s, args...)
}

// printOutcome prints a request that exists: Facti's reply, or the
// payment a lookup found.
func printOutcome(ios *output.IOStreams, s *cmdutil.Settings, res *facti.CreateResult) error {
	if res.Outcome == settle.Found {
		fmt.Fprintln(ios.ErrOut, readerOf(ios).T("Found: the reply was lost (%v), and a lookup found the request: it was created, as payment %s. Do not send it again.", res.Cause, res.RequestID))
		return printPayment(ios, s, res.Payment)
	}
	return printCreated(ios, s, res.Created)
}

// build asks for missing required values (on a terminal) and turns the
// flags into a validated request.
func (opts *NewOptions) build(ctx context.Context) (*facti.NewRequest, error) {
	if opts.FromCFDI != "" || opts.FromSyncAttachment != "" {
		return opts.buildFromCFDI(ctx)
	}
	o := &opts.requestFlags
	var err error
	if o.FromRFC, err = setting(opts.Settings, o.FromRFC, "facti.from_rfc"); err != nil {
		return nil, err
	}
	// Required values: asked for on a terminal, else a usage error naming the flag.
	if len(o.Groups) == 0 {
		if o.Folio, err = opts.Prompt(o.Folio, "folio", opts.IO.T("Folio:")); err != nil {
			return nil, err
		}
	}
	if o.FromRFC, err = opts.Prompt(o.FromRFC, "from-rfc", opts.IO.T("RFC issuing the request:"), rfcAnswer); err != nil {
		return nil, err
	}
	if o.ToName, err = opts.Prompt(o.ToName, "to-name", opts.IO.T("Customer name:")); err != nil {
		return nil, err
	}
	if len(o.ToEmails) == 0 {
		e, err := opts.Prompt("", "to-email", opts.IO.T("Customer e-mail:"), emailAnswer)
		if err != nil {
			return nil, err
		}
		o.ToEmails = []string{e}
	}
	if o.Amount, err = opts.Prompt(o.Amount, "amount", opts.IO.T("Total amount:"), amountAnswer); err != nil {
		return nil, err
	}
	r, before, err := o.request()
	if before != "" {
		fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("Note: amount %s has more than two decimals; Facti rounds it up to %s.", before, r.TotalAmount.String()))
	}
	return r, err
}

// request turns the flags into a validated request without prompting.
// before is the amount as given when Facti's round-up changed it.
func (o *requestFlags) request() (r *facti.NewRequest, before string, err error) {
	r = &facti.NewRequest{Serie: o.Serie, Folio: o.Folio, FromRFC: o.FromRFC, ToRFC: o.ToRFC, ToClientName: o.ToName, ToEmails: o.ToEmails,
		Paid: o.Paid, PaymentDate: o.PaymentDate, LimitPaymentDate: o.Due, NoEmail: o.NoEmail, PaymentWayIDs: o.PaymentWays, GenerateInvoice: o.Invoice}
	for _, g := range o.Groups {
		item, err := parseGroup(g)
		if err != nil {
			return nil, "", err
		}
		r.Group = append(r.Group, item)
	}
	for _, c := range o.Concepts {
		item, err := parseConcept(c)
		if err != nil {
			return nil, "", err
		}
		r.Conceptos = append(r.Conceptos, item)
	}
	if o.ConceptsFile != "" {
		items, err := readConceptsFile(o.ConceptsFile)
		if err != nil {
			return nil, "", err
		}
		r.Conceptos = append(r.Conceptos, items...)
	}
	if r.InvoiceReceiver, err = o.Receiver.build(); err != nil {
		return nil, "", err
	}
	if o.Amount == "" {
		return nil, "", cmdutil.MissingFlagError("amount")
	}
	if r.TotalAmount, err = parseAmount("amount", o.Amount); err != nil {
		return nil, "", err
	}
	if orig := r.Normalize(); orig != nil {
		before = orig.String()
	}
	if err := r.Validate(); err != nil {
		return r, before, err
	}
	return r, before, dueNotPast(r.LimitPaymentDate, time.Now())
}
