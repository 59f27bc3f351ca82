package ledger

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"strings"
	"time"

	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/money"
	"github.com/mxpay/mxpay/internal/settle"
)

const entryColumns = `id, provider, operation, environment, profile, company_id, serie, folio, order_id,
	provider_id, amount, currency, who, host, created_at, updated_at, status, refs, message, raw, key_seq`

type scanner interface{ Scan(dest ...any) error }

func scanEntry(row scanner) (Entry, error) {
	var e Entry
	var amount, refs string
	var keySeq int64
	err := row.Scan(&e.ID, &e.Provider, &e.Operation, &e.Environment, &e.Profile, &e.CompanyID, &e.Serie, &e.Folio,
		&e.OrderID, &e.ProviderID, &amount, &e.Currency, &e.Who, &e.Host, dbTime{&e.Created}, dbTime{&e.Updated},
		&e.Status, &refs, &e.Message, &e.Raw, &keySeq)
	if err != nil {
		return Entry{}, err
	}
	e.Duplicate = keySeq != 0
	if e.Amount, err = money.ParseWire(amount); err != nil {
		return Entry{}, i18n.Errorf("ledger entry %s: %w", idText(e.ID), err)
	}
	if err := json.Unmarshal([]byte(refs), &e.Refs); err != nil {
		return Entry{}, i18n.Errorf("ledger entry %s: references: %w", idText(e.ID), err)
	}
	if e.Refs == nil {
		e.Refs = []Ref{}
	}
	return e, nil
}

// scanOne reads a single-row query; no row is ErrNotFound.
func scanOne(row *sql.Row) (Entry, error) {
	e, err := scanEntry(row)
	if errors.Is(err, sql.ErrNoRows) {
		return Entry{}, ErrNotFound
	}
	return e, err
}

// The single-row reads, prepared at Open.
const (
	selectByID  = `SELECT ` + entryColumns + ` FROM entries WHERE id = ?`
	selectFolio = `SELECT ` + entryColumns + ` FROM entries
		WHERE provider = 'facti' AND operation = 'new_request' AND environment = ? AND company_id = ? AND serie = ? AND folio = ?` + keyHolderFirst
	selectOrder = `SELECT ` + entryColumns + ` FROM entries
		WHERE provider = 'pagofacil' AND operation = 'transaccion' AND environment = ? AND order_id = ?` + keyHolderFirst
)

func (s *store) Get(ctx context.Context, id int64) (Entry, error) {
	e, err := scanOne(s.readRow(ctx, selectByID, id))
	if err != nil {
		return Entry{}, i18n.Errorf("ledger entry %s: %w", idText(id), err)
	}
	return e, nil
}

// keyHolderFirst puts the entry holding a key first, then duplicates sent
// on purpose, then failed ones; the newest first within each.
const keyHolderFirst = ` ORDER BY CASE WHEN status = 'failed' THEN 2 WHEN key_seq <> 0 THEN 1 ELSE 0 END, id DESC LIMIT 1`

func (s *store) FindFolio(ctx context.Context, env, company, serie, folio string) (Entry, error) {
	e, err := scanOne(s.readRow(ctx, selectFolio, env, company, serie, folio))
	if err != nil {
		return Entry{}, i18n.Errorf("folio %q (serie %q) in %s: %w", folio, serie, env, err)
	}
	return e, nil
}

func (s *store) FindOrder(ctx context.Context, env, orderID string) (Entry, error) {
	e, err := scanOne(s.readRow(ctx, selectOrder, env, orderID))
	if err != nil {
		return Entry{}, i18n.Errorf("order %q in %s: %w", orderID, env, err)
	}
	return e, nil
}

func (s *store) FindReference(ctx context.Context, env, value string) ([]Entry, error) {
	var out []Entry
	q := `SELECT ` + entryColumns + ` FROM entries WHERE environment = ? AND id IN
		(SELECT entry_id FROM entry_refs WHERE value = ?) ORDER BY id`
	for e, err := range s.query(ctx, q, env, value) {
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}

func (s *store) List(ctx context.Context, f Filter) iter.Seq2[Entry, error] {
	where, args := s.where(f)
	q := `SELECT ` + entryColumns + ` FROM entries` + where
	if f.Order == ByID {
		q += ` ORDER BY id`
	} else {
		q += ` ORDER BY created_at DESC, id DESC`
	}
	if f.Limit > 0 {
		q += fmt.Sprintf(` LIMIT %d`, f.Limit)
	}
	return s.query(ctx, q, args...)
}

func (s *store) Pending(ctx context.Context, f Filter) iter.Seq2[Entry, error] {
	f.Status = []Status{settle.InFlight, settle.Unknown}
	return s.List(ctx, f)
}

func (s *store) CreatedRequests(ctx context.Context, env, company string, since time.Time) iter.Seq2[Entry, error] {
	return s.List(ctx, Filter{Provider: Facti, Operation: NewRequest, Environment: env, CompanyID: company,
		Status: []Status{settle.Created, settle.Found}, Since: since, Order: ByID})
}

// where turns a filter into a WHERE clause with ? placeholders.
func (s *store) where(f Filter) (string, []any) {
	var conds []string
	var args []any
	eq := func(col, v string) {
		if v != "" {
			conds = append(conds, col+` = ?`)
			args = append(args, v)
		}
	}
	eq("provider", string(f.Provider))
	eq("operation", string(f.Operation))
	eq("environment", f.Environment)
	eq("company_id", f.CompanyID)
	eq("serie", f.Serie)
	eq("folio", f.Folio)
	eq("order_id", f.OrderID)
	eq("provider_id", f.ProviderID)
	if len(f.Status) > 0 {
		conds = append(conds, `status IN (?`+strings.Repeat(`, ?`, len(f.Status)-1)+`)`)
		for _, st := range f.Status {
			args = append(args, string(st))
		}
	}
	if !f.Since.IsZero() {
		conds = append(conds, `created_at >= ?`)
		args = append(args, s.d.timeArg(f.Since))
	}
	if !f.Until.IsZero() {
		conds = append(conds, `created_at < ?`)
		args = append(args, s.d.timeArg(f.Until))
	}
	if len(conds) == 0 {
		return "", nil
	}
	return ` WHERE ` + strings.Join(conds, ` AND `), args
}

// query streams the entries a query returns: rows are read as the loop
// asks for them, so memory stays flat however many there are.
func (s *store) query(ctx context.Context, q string, args ...any) iter.Seq2[Entry, error] {
	return func(yield func(Entry, error) bool) {
		rows, err := s.r.QueryContext(ctx, s.d.rebind(q), args...)
		if err != nil {
			yield(Entry{}, i18n.Errorf("reading the ledger: %w", err))
			return
		}
		defer rows.Close()
		for rows.Next() {
			e, err := scanEntry(rows)
			if err != nil {
				yield(Entry{}, i18n.Errorf("reading the ledger: %w", err))
				return
			}
			if !yield(e, nil) {
				return
			}
		}
		if err := rows.Err(); err != nil {
			yield(Entry{}, i18n.Errorf("reading the ledger: %w", err))
		}
	}
}
