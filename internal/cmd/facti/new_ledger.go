package facti

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/facti"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/ledger"
	"github.com/mxpay/mxpay/internal/settle"
)

// How payment requests go through the ledger. Each request is recorded in
// flight just before it is sent and with its outcome once known. The
// ledger's key for it is (environment, company, serie, folio), as Facti
// compares them; a grouped request, which Facti lists as folio 1, is
// keyed by its invoices ("group:A/1,A/2,/3"). An entry left in flight or
// unknown (a run that died mid-request, a reply lost beyond the verify
// window) is looked up among the company's payments before the request is
// sent again, and sent again only once it has been absent for a whole
// verify window after it was sent.

// sendSlack bounds how long after its entry was begun a request may still
// be sent: a request picked up later is begun again, so the entry's time
// plus sendSlack bounds when the request left.
const sendSlack = time.Second

// requestKey is the ledger's serie and folio for r.
func requestKey(r *facti.NewRequest) (serie, folio string) {
	if len(r.Group) > 0 {
		parts := make([]string, len(r.Group))
		for i, g := range r.Group {
			s, f := facti.Canonical(g.Serie, g.Folio)
			parts[i] = s + "/" + f
		}
		return "", "group:" + strings.Join(parts, ",")
	}
	return facti.Canonical(r.Serie, r.Folio)
}

// requestIntent is what Begin records for r: its key, amount and who it
// goes to, and since, the first payment id it can be given (where a later
// lookup starts).
func requestIntent(s *cmdutil.Settings, r *facti.NewRequest, company string, since uint64) ledger.Intent {
	serie, folio := requestKey(r)
	return cmdutil.LedgerIntent(s, ledger.Intent{
		Provider: ledger.Facti, Operation: ledger.NewRequest, CompanyID: company, Serie: serie, Folio: folio,
		Amount: r.TotalAmount, Currency: "MXN",
		Message: strings.TrimPrefix(facti.Describe(r), "the ") + " to " + strings.Join(r.ToEmails, ";"),
		Refs:    []ledger.Ref{{Kind: ledger.RefSinceID, Value: strconv.FormatUint(since, 10)}},
	})
}

// beginRequest records r in flight. With allowDuplicate a held key does
// not stop it: the entry is recorded as a duplicate on purpose.
func beginRequest(ctx context.Context, l ledger.Ledger, in ledger.Intent, allowDuplicate bool) (ledger.Entry, error) {
	e, err := l.Begin(ctx, in)
	if _, held := cmdutil.AsHeldKey(err); held && allowDuplicate {
		in.Duplicate = true
		e, err = l.Begin(ctx, in)
	}
	if dup, held := cmdutil.AsHeldKey(err); held {
		return e, cmdutil.HeldKey(dup, "--allow-duplicate-folio")
	}
	return e, err
}

// createdRefs are the references Facti's reply gave: what reconcile looks
// for in bank deposits. The bank agreement (convenio) is left out: it is
// the company's, the same on every request.
func createdRefs(c *facti.Created) []ledger.Ref {
	var refs []ledger.Ref
	for _, r := range c.References {
		switch string(r.PaymentType) {
		case "stp":
			refs = append(refs, ledger.Ref{Kind: ledger.RefSTPClabe, Value: string(r.StpCuentaClabe)},
				ledger.Ref{Kind: ledger.RefSTPReference, Value: string(r.Reference)})
		case "bank":
			refs = append(refs, ledger.Ref{Kind: ledger.RefBankReference, Value: string(r.Reference)})
		}
	}
	return refs
}

// createOutcome is the ledger outcome of CreateOrFind's answer.
func createOutcome(res *facti.CreateResult, err error, redact *cmdutil.Redactor) ledger.Outcome {
	if err != nil {
		return ledger.Outcome{Status: cmdutil.LedgerStatus(err), Message: redact.Error(err)}
	}
	// Facti's reply is not kept whole: its references are (the rest is
	// in Facti), and masking a whole reply per row is what a bulk run
	// would spend most of its time on.
	out := ledger.Outcome{Status: res.Outcome, ProviderID: res.RequestID}
	if res.Created != nil {
		out.Refs = createdRefs(res.Created)
	}
	return out
}

// sentOf is what Recheck needs to know of a request an entry recorded.
func sentOf(e ledger.Entry, r *facti.NewRequest) facti.Sent {
	since, _ := strconv.ParseUint(e.Ref(ledger.RefSinceID), 10, 64)
	return facti.Sent{Request: r, SentBy: e.Created.Add(sendSlack), SinceID: since}
}

// recheckOutcome is what a recheck learnt of an entry, for the ledger.
func recheckOutcome(got facti.Rechecked, redact *cmdutil.Redactor) ledger.Outcome {
	switch got.Outcome {
	case settle.Found:
		return ledger.Outcome{Status: settle.Found, ProviderID: string(got.Payment.ID), Message: "found by a later run's lookup"}
	case settle.Failed:
		return ledger.Outcome{Status: settle.Failed, Message: "not created: absent for a whole verify window after it was sent"}
	}
	return ledger.Outcome{Status: settle.Unknown, Message: redact.Error(got.Err)}
}

// settleEarlier looks up the request an earlier run left in flight or
// unknown under r's key, before r is sent. It returns the payment when
// the lookup found it (nothing is to be sent), or nil when the key is free
// to send r (nothing held it, or what held it proved absent and its key
// was released).
func (opts *NewOptions) settleEarlier(ctx context.Context, s *cmdutil.Settings, c *facti.Client, l ledger.Ledger, r *facti.NewRequest, company string) (*facti.Payment, error) {
	serie, folio := requestKey(r)
	held, err := l.FindFolio(ctx, s.Env, company, serie, folio)
	switch {
	case errors.Is(err, ledger.ErrNotFound):
		return nil, nil
	case err != nil:
		return nil, err
	case held.Status != settle.InFlight && held.Status != settle.Unknown:
		return nil, nil // settled: the duplicate guard speaks for it
	}
	fmt.Fprintln(opts.IO.ErrOut, readerOf(opts.IO).T("Ledger entry %s: an earlier run sent %v (%v since %s) without learning the outcome; looking it up before sending anything…",
		strconv.FormatInt(held.ID, 10), facti.BareDescription(r), facti.Word(held.Status), held.Created.Local().Format("2006-01-02 15:04:05")))
	got := c.Recheck(ctx, company, []facti.Sent{sentOf(held, r)})[0]
	if _, err := cmdutil.FinishLedger(ctx, l, held.ID, recheckOutcome(got, opts.Redactor)); err != nil {
		return nil, err
	}
	switch got.Outcome {
	case settle.Found:
		return got.Payment, nil
	case settle.Failed:
		fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("It was not created (absent for a whole verify window after it was sent): sending it now."))
		return nil, nil
	}
	return nil, cmdutil.WithHintf(cmdutil.UnknownOutcomeError(i18n.Errorf("ledger entry %s: %w", strconv.FormatInt(held.ID, 10), recheckMessage(got.Err, r)), ""),
		"it is not sent again until a lookup decides it: run the same command again later, or check with %s",
		checkCommand(s, "facti", "payments", "list", "--company", company, "--folio", folio))
}

// recheckMessage is a recheck's error with the request described in the
// reader's language.
func recheckMessage(err error, r *facti.NewRequest) error {
	var u *settle.UnknownError
	if errors.As(err, &u) {
		return &keyedError{err: err, msg: facti.UnknownMessage(u, facti.Description(r))}
	}
	return err
}

// keyedError is err (its kind, its chain) shown as msg.
type keyedError struct {
	err error
	msg error
}

func (e *keyedError) Error() string { return e.err.Error() }
func (e *keyedError) Unwrap() error { return e.err }

// MessageKey is msg's.
func (e *keyedError) MessageKey() (string, []any) { return "%v", []any{e.msg} }
