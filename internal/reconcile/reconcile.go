// Package reconcile matches bank deposits (Sync transactions) against
// payment requests (Facti), so that `mxpay reconcile` can say which
// requests were paid at the bank.
//
//	report, err := reconcile.Run(ctx, requests, transactions, reconcile.Options{})
//
// The requests (thousands) are held in memory, indexed; the transactions
// (hundreds of thousands) are streamed once, and only the deposits that
// could belong to a request are kept, so memory grows with the requests,
// not with the bank statement. Deposits are transactions with an amount
// above zero; the rest are skipped.
//
// # Rules
//
//  1. Reference. A request's references (its bank reference, its STP CLABE,
//     its STP reference: whatever Facti issued and the ledger kept) are
//     looked for in the deposit's reference and description, as whole
//     tokens: upper-cased, cut at anything that is not a letter or digit,
//     and also cut where letters meet digits ("REF3800…") and joined across
//     single spaces or dashes ("3800 1000 …"). A reference is found only if
//     it equals such a token, so a reference that is a prefix of a longer
//     number never matches. References shorter than MinReferenceLength are
//     ignored (they are ordinary numbers in a description). When the
//     references found point at one request, that is the match; when they
//     point at several (a CLABE is the customer's, shared by all their
//     requests), the one of exactly the deposit's amount is, if it is
//     alone (rule reference+amount); otherwise the deposit is ambiguous.
//  2. Amount. A deposit with no reference found is matched to the request
//     of exactly its amount whose window holds the deposit's date (from
//     Lead before the request's creation to Grace after its due date), only
//     when exactly one candidate exists on both sides: the deposit has one
//     candidate request, and that request is the candidate of no other
//     deposit. Every deposit and request of a tie is ambiguous.
//
// A request is matched once. When several deposits carry its reference,
// the earliest is the match and the others are ambiguous; a deposit that
// would match by amount a request already matched by reference is
// ambiguous too. Ambiguous deposits are reported, never matched.
//
// Paid requests take part (their deposit is explained by them, not
// unmatched); Match.Request.Status tells the caller which ones still need
// marking. Unpaid lists the pending requests no deposit touched.
//
// # Order
//
// Matched and Unpaid follow the order the requests came in; Ambiguous the
// order of each group's first deposit in the stream; Unmatched the stream.
// The same input always gives the same report.
package reconcile

import (
	"context"
	"errors"
	"iter"
	"time"

	"github.com/mxpay/mxpay/internal/money"
)

// Status is a payment request's state at the provider.
type Status string

const (
	Pending Status = "pending"
	Paid    Status = "paid"
)

// Request is a payment request, as the command layer builds it from Facti
// (and the ledger's references).
type Request struct {
	ID      string       `json:"id"`
	Status  Status       `json:"status"`
	Amount  money.Amount `json:"amount"`
	Created time.Time    `json:"created"`
	// Due is the payment deadline; zero means Created + Options.Term.
	Due time.Time `json:"due"`
	// References are the values to look for in deposits: the bank
	// reference, the STP CLABE, the STP reference. Not the bank agreement
	// number: it is the same on every request of the company.
	References []string `json:"references"`
}

// Transaction is a bank transaction, as the command layer builds it from
// Sync.
type Transaction struct {
	ID          string       `json:"id"`
	Account     string       `json:"account"`
	Amount      money.Amount `json:"amount"`
	Date        time.Time    `json:"date"`
	Description string       `json:"description"`
	Reference   string       `json:"reference"`
}

// Rule says how a match was made.
type Rule string

const (
	ByReference          Rule = "reference"
	ByReferenceAndAmount Rule = "reference+amount"
	ByAmount             Rule = "amount"
)

// Match is a deposit that pays a request.
type Match struct {
	Request     Request     `json:"request"`
	Transaction Transaction `json:"transaction"`
	Rule        Rule        `json:"rule"`
}

// Ambiguity is a group of deposits and requests that could belong to each
// other in more than one way; a person decides.
type Ambiguity struct {
	Transactions []Transaction `json:"transactions"`
	Requests     []Request     `json:"requests"`
	Reason       string        `json:"reason"` // in English, as data
	why          error         // Reason as a catalog message, for people
}

// because sets the reason: in English in Reason, translatable in Why.
func (a Ambiguity) because(why error) Ambiguity {
	a.Reason, a.why = why.Error(), why
	return a
}

// Why is the reason as a message shown in the reader's language.
func (a Ambiguity) Why() error {
	if a.why == nil {
		return errors.New(a.Reason)
	}
	return a.why
}

// Report is the outcome of Run.
type Report struct {
	Matched   []Match       `json:"matched"`
	Ambiguous []Ambiguity   `json:"ambiguous"`
	Unmatched []Transaction `json:"unmatched"` // empty when Options.OnUnmatched is set
	Unpaid    []Request     `json:"unpaid"`    // pending requests no deposit touched
	// Counts.
	Deposits       int `json:"deposits"`
	UnmatchedCount int `json:"unmatched_count"`
	Skipped        int `json:"skipped"` // transactions that are not deposits
}

// Options tunes Run; the zero value is the defaults.
type Options struct {
	// Lead: a deposit dated up to this long before the request's creation
	// still counts (bank dates are often midnight of the day). Default 24h.
	Lead time.Duration
	// Grace: and up to this long after its due date. Default 72h.
	Grace time.Duration
	// Term is the due date of a request without one, after its creation.
	// Default 31 days (Facti's default is a month).
	Term time.Duration
	// MinReferenceLength: shorter references are not looked for. Default 6.
	MinReferenceLength int
	// OnUnmatched, when set, receives each deposit that matches nothing as
	// soon as that is known, in stream order, instead of Report.Unmatched
	// collecting them; memory then stays flat however long the statement.
	// An error stops Run.
	OnUnmatched func(Transaction) error
}

func (o Options) withDefaults() Options {
	if o.Lead <= 0 {
		o.Lead = 24 * time.Hour
	}
	if o.Grace <= 0 {
		o.Grace = 72 * time.Hour
	}
	if o.Term <= 0 {
		o.Term = 31 * 24 * time.Hour
	}
	if o.MinReferenceLength <= 0 {
		o.MinReferenceLength = 6
	}
	return o
}

// Run reconciles transactions against requests. An error from either
// sequence, from OnUnmatched or from ctx stops it.
func Run(ctx context.Context, requests iter.Seq2[Request, error], transactions iter.Seq2[Transaction, error], opts Options) (*Report, error) {
	opts = opts.withDefaults()
	idx, err := newIndex(requests, opts)
	if err != nil {
		return nil, err
	}
	r := &run{idx: idx, opts: opts, report: &Report{}, strong: make(map[int32][]int32)}
	n := 0
	for tx, err := range transactions {
		if err != nil {
			return nil, err
		}
		if n++; n%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		if err := r.add(tx); err != nil {
			return nil, err
		}
	}
	r.resolve()
	return r.report, nil
}
