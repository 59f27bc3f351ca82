package facti

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/mxpay/mxpay/internal/cfdi"
	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/facti"
)

// A payment request from an invoice: the CFDI gives the serie and folio,
// the customer (Receptor Rfc and Nombre), the total and the concepts;
// the e-mail comes from --to-email (a CFDI has none). The invoice is
// validated first (cfdi.PaymentRequest: namespace, version, an income
// invoice in pesos, totals that add up): an invalid one is exit 2 with
// every problem listed, and nothing is sent.

// cfdiFlags are the flags whose values a CFDI supplies; giving one with
// --from-cfdi would contradict the invoice.
var cfdiFlags = []string{"folio", "serie", "to-rfc", "amount", "group", "concept", "concepts-file", "invoice"}

// buildFromCFDI reads the invoice of --from-cfdi or --from-sync-attachment
// and turns it into a validated request.
func (opts *NewOptions) buildFromCFDI(ctx context.Context) (*facti.NewRequest, error) {
	source, data, err := opts.readCFDI(ctx)
	if err != nil {
		return nil, err
	}
	o := &opts.requestFlags
	if o.FromRFC, err = setting(opts.Settings, o.FromRFC, "facti.from_rfc"); err != nil {
		return nil, err
	}
	if len(o.ToEmails) == 0 {
		e, err := opts.Prompt("", "to-email", opts.IO.T("Customer e-mail (a CFDI has none):"))
		if err != nil {
			return nil, err
		}
		o.ToEmails = []string{e}
	}
	r, before, err := requestFromCFDI(source, data, *o)
	if before != "" {
		fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("Note: the invoice's total %s has more than two decimals; Facti rounds it up to %s.", before, r.TotalAmount.String()))
	}
	return r, err
}

// requestFromCFDI maps an invoice named source to a request, with defaults
// (from RFC, e-mails, due date, payment ways) from flags. before is the
// total as written when Facti's round-up changed it.
func requestFromCFDI(source string, data []byte, flags requestFlags) (*facti.NewRequest, string, error) {
	inv, err := cfdi.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, "", cmdutil.UsageErrorf("%s (nothing was sent): %v", source, err)
	}
	pr, err := inv.PaymentRequest()
	if err != nil {
		return nil, "", cmdutil.UsageErrorf("%s (nothing was sent): %v", source, err)
	}
	from := strings.ToUpper(strings.TrimSpace(flags.FromRFC))
	if from != "" && from != strings.ToUpper(pr.IssuerRFC) {
		return nil, "", cmdutil.WithHintf(cmdutil.UsageErrorf("%s was issued by %s, not by %s (the RFC requests are sent from): a payment request must come from the invoice's issuer; nothing was sent", source, pr.IssuerRFC, from),
			"pass --from-rfc %s if that company is in your Facti account", pr.IssuerRFC)
	}
	name := pr.ReceiverName
	if flags.ToName != "" {
		name = flags.ToName
	}
	r := &facti.NewRequest{Serie: pr.Serie, Folio: pr.Folio, FromRFC: pr.IssuerRFC, ToRFC: pr.ReceiverRFC, ToClientName: name,
		ToEmails: flags.ToEmails, TotalAmount: pr.Total, Paid: flags.Paid, PaymentDate: flags.PaymentDate,
		LimitPaymentDate: flags.Due, NoEmail: flags.NoEmail, PaymentWayIDs: flags.PaymentWays}
	for _, c := range pr.Concepts {
		total := c.Total
		r.Conceptos = append(r.Conceptos, facti.Concepto{Quantity: c.Quantity, Unit: c.Unit, Description: c.Description, PU: c.UnitPrice, Total: &total})
	}
	before := ""
	if orig := r.Normalize(); orig != nil {
		before = orig.String()
	}
	if err := r.Validate(); err != nil {
		return r, before, cmdutil.UsageErrorf("%s (nothing was sent): %v", source, err)
	}
	return r, before, nil
}

// readCFDI reads the invoice of --from-cfdi (a file, or - for stdin) or of
// --from-sync-attachment (downloaded through Sync).
func (opts *NewOptions) readCFDI(ctx context.Context) (source string, data []byte, err error) {
	if opts.FromCFDI != "" && opts.FromSyncAttachment != "" {
		return "", nil, cmdutil.UsageErrorf("--from-cfdi and --from-sync-attachment are two sources of the invoice: give one")
	}
	if opts.FromCFDI != "" {
		var in io.Reader
		if opts.FromCFDI == "-" {
			in = opts.IO.In
		} else {
			fh, err := os.Open(opts.FromCFDI)
			if err != nil {
				return "", nil, cmdutil.UsageErrorf("--from-cfdi: %v", err)
			}
			defer fh.Close()
			in = fh
		}
		data, err := io.ReadAll(io.LimitReader(in, cfdi.MaxSize+1))
		if err != nil {
			return "", nil, cmdutil.UsageErrorf("--from-cfdi: %v", err)
		}
		return opts.FromCFDI, data, nil
	}
	user, err := opts.syncUser()
	if err != nil {
		return "", nil, err
	}
	sc, err := opts.Sync()
	if err != nil {
		return "", nil, err
	}
	data, err = downloadCFDI(ctx, sc, user, opts.FromSyncAttachment)
	return opts.IO.T("attachment %s", opts.FromSyncAttachment), data, err
}

// syncUser is --sync-user, else the profile's sync.user.
func (opts *NewOptions) syncUser() (string, error) {
	user, err := setting(opts.Settings, opts.SyncUser, "sync.user")
	if err != nil {
		return "", err
	}
	if user == "" {
		return "", cmdutil.WithHintf(cmdutil.MissingFlagError("sync-user"), "or set the profile's sync.user (`mxpay config set sync.user ID`)")
	}
	return user, nil
}
