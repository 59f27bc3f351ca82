package reconcile

import (
	"context"
	"encoding/json"
	"iter"
	"strings"
	"sync"
	"time"

	"github.com/mxpay/mxpay/internal/facti"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/ledger"
	"github.com/mxpay/mxpay/internal/money"
	"github.com/mxpay/mxpay/internal/reconcile"
	syncapi "github.com/mxpay/mxpay/internal/sync"
)

// What reconcile reads: the company's payment requests from Facti (with
// the references Facti issued, which only the ledger kept: Facti's
// listing does not show them), and the deposits of the company's bank
// accounts from Sync.

// Account types of Sync's catalogue that are not bank accounts a customer
// deposits into: a credit card, and the SAT's CFDI "account" (whose
// issued invoices look like deposits of their totals).
const (
	accountTypeCredit = "520d3aa93b8e778e0d000001"
	accountTypeFiscal = "5b285177056f2911c13dbce0"
)

// requestInfo is what rows print of a request besides what reconcile uses.
type requestInfo struct {
	payment *facti.Payment
}

// mexicoCity is Facti's clock: request_datetime and limit_payment_date are
// in Mexico City time (UTC-6 all year since 2022, the fallback when the
// system has no zone data). Loaded on first use: reading the zone file at
// start-up would cost every command.
var mexicoCity = sync.OnceValue(func() *time.Location {
	if loc, err := time.LoadLocation("America/Mexico_City"); err == nil {
		return loc
	}
	return time.FixedZone("CST", -6*3600)
})

// factiTime reads Facti's "Y-m-d H:i:s" or "Y-m-d"; zero when neither.
func factiTime(v string) time.Time {
	v = strings.TrimSpace(v)
	for _, layout := range []string{"2006-01-02 15:04:05", "2006-01-02"} {
		if t, err := time.ParseInLocation(layout, v, mexicoCity()); err == nil {
			return t
		}
	}
	return time.Time{}
}

// ledgerReferences maps Facti payment ids to the references Facti issued
// for them, as the ledger kept them: the bank reference, the STP CLABE and
// reference (not the bank agreement: the same on every request).
func ledgerReferences(ctx context.Context, l ledger.Ledger, env, company string) (map[string][]string, error) {
	refs := map[string][]string{}
	for e, err := range l.CreatedRequests(ctx, env, company, time.Time{}) {
		if err != nil {
			return nil, err
		}
		for _, r := range e.Refs {
			switch r.Kind {
			case ledger.RefBankReference, ledger.RefSTPClabe, ledger.RefSTPReference:
				refs[e.ProviderID] = append(refs[e.ProviderID], r.Value)
			}
		}
	}
	return refs, nil
}

// requests streams the company's payment requests as reconcile reads them,
// and keeps what the output shows of each.
func requests(ctx context.Context, c *facti.Client, company string, refs map[string][]string, info map[string]requestInfo) iter.Seq2[reconcile.Request, error] {
	return func(yield func(reconcile.Request, error) bool) {
		for p, err := range c.Payments(ctx, facti.ListFilter{CompanyID: company}) {
			if err != nil {
				yield(reconcile.Request{}, err)
				return
			}
			id := string(p.ID)
			status := reconcile.Pending
			if p.Paid() {
				status = reconcile.Paid
			}
			req := reconcile.Request{ID: id, Status: status, Amount: p.TotalAmount, Created: factiTime(string(p.RequestDatetime)),
				References: refs[id]}
			if due := factiTime(string(p.LimitPaymentDate)); !due.IsZero() {
				req.Due = due.Add(24*time.Hour - time.Second) // the whole day
			}
			p.Raw = nil // not kept: memory grows with the requests
			info[id] = requestInfo{payment: &p}
			if !yield(req, nil) {
				return
			}
		}
	}
}

// bankAccount is an account whose deposits are reconciled.
type bankAccount struct {
	ID, Name, Number string
}

// bankAccounts are the accounts named, or else the user's accounts that a
// customer can deposit into (not credit cards, not the SAT's).
func bankAccounts(ctx context.Context, sc *syncapi.Client, user string, named []string) ([]bankAccount, error) {
	var out []bankAccount
	for a, err := range sc.AllAccounts(ctx, user, syncapi.AccountFilter{}) {
		if err != nil {
			return nil, i18n.Errorf("listing the accounts of Sync user %s: %w", user, err)
		}
		var kind struct {
			Type string `json:"id_account_type"`
		}
		json.Unmarshal(a.Raw, &kind) //nolint:errcheck // an account without a type is taken as a bank account
		chosen := false
		if len(named) > 0 {
			for _, id := range named {
				chosen = chosen || id == a.IDAccount
			}
		} else {
			chosen = kind.Type != accountTypeCredit && kind.Type != accountTypeFiscal
		}
		if chosen {
			out = append(out, bankAccount{ID: a.IDAccount, Name: a.Name, Number: a.Number})
		}
	}
	return out, nil
}

// pageSize is the rows asked for per request, as `sync transactions list
// --all` asks (the emulator's cap; Sync's default page is a tenth of it).
const pageSize = 1000

// transactions streams the accounts' transactions from since (zero: all)
// as reconcile reads them.
func transactions(ctx context.Context, sc *syncapi.Client, user string, accounts []bankAccount, since, until time.Time) iter.Seq2[reconcile.Transaction, error] {
	return func(yield func(reconcile.Transaction, error) bool) {
		for _, a := range accounts {
			f := syncapi.TransactionFilter{Common: syncapi.Common{IDAccount: a.ID}, ListParams: syncapi.ListParams{Limit: pageSize}}
			if !since.IsZero() {
				f.DTTransactionFrom = since.Unix()
			}
			if !until.IsZero() {
				f.DTTransactionTo = until.Unix() - 1
			}
			for t, err := range sc.AllTransactions(ctx, user, f) {
				if err != nil {
					yield(reconcile.Transaction{}, err)
					return
				}
				tx, err := transactionOf(t)
				if !yield(tx, err) || err != nil {
					return
				}
			}
		}
	}
}

func transactionOf(t syncapi.Transaction) (reconcile.Transaction, error) {
	amount, err := money.ParseWire(t.Amount.String())
	if err != nil {
		return reconcile.Transaction{}, i18n.Errorf("transaction %s: amount %q: %w", t.IDTransaction, t.Amount, err)
	}
	tx := reconcile.Transaction{ID: t.IDTransaction, Account: t.IDAccount, Amount: amount, Description: t.Description}
	if t.Reference != nil {
		tx.Reference = *t.Reference
	}
	if t.DTTransaction != nil {
		tx.Date = time.Unix(*t.DTTransaction, 0)
	}
	return tx, nil
}
