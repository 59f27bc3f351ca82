package ledger

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/settle"
)

// store implements Ledger over database/sql for both dialects.
type store struct {
	d        *dialect
	w, r     *sql.DB // writer (the committer's) and readers; the same pool for PostgreSQL
	location string
	o        options
	c        *committer
	stmts    map[string]*sql.Stmt // prepared on w at Open; read-only after
	reads    map[string]*sql.Stmt // prepared on r at Open: the lookups done once per row
}

func newStore(ctx context.Context, d *dialect, w, r *sql.DB, location string, o options) (*store, error) {
	s := &store{d: d, w: w, r: r, location: location, o: o}
	if err := migrate(ctx, w, d, s.now().Format(time.RFC3339), o.migrateTo); err != nil {
		s.closeDBs()
		return nil, err
	}
	s.prepare(ctx)
	s.c = newCommitter(w, d, o.maxBatch)
	return s, nil
}

func (s *store) now() time.Time { return s.o.now().UTC().Truncate(time.Microsecond) }

func (s *store) Location() string { return s.location }

func (s *store) Close() error {
	if s.c != nil {
		s.c.close()
	}
	return s.closeDBs()
}

func (s *store) closeDBs() error {
	for _, st := range s.stmts {
		st.Close()
	}
	for _, st := range s.reads {
		st.Close()
	}
	err := s.w.Close()
	if s.r != s.w {
		err = errors.Join(err, s.r.Close())
	}
	return err
}

// exec and queryRow run the committer's statements, prepared once at Open
// where they can be (parsing SQL was a fifth of a batch's time). Preparing
// later would need a second writer connection, which SQLite's single
// writer does not have while a batch holds it.
func (s *store) exec(ctx context.Context, tx *sql.Tx, q string, args ...any) error {
	if st, ok := s.stmts[q]; ok {
		_, err := tx.StmtContext(ctx, st).ExecContext(ctx, args...)
		return err
	}
	_, err := tx.ExecContext(ctx, s.d.rebind(q), args...)
	return err
}

func (s *store) queryRow(ctx context.Context, tx *sql.Tx, q string, args ...any) *sql.Row {
	if st, ok := s.stmts[q]; ok {
		return tx.StmtContext(ctx, st).QueryRowContext(ctx, args...)
	}
	return tx.QueryRowContext(ctx, s.d.rebind(q), args...)
}

// prepare prepares the statements every batch runs. One that does not
// prepare (a schema stopped short of the newest by a test) is left to run
// unprepared, and to fail there if it must.
func (s *store) prepare(ctx context.Context) {
	s.stmts = map[string]*sql.Stmt{}
	for _, q := range []string{insertEntry, selectForUpdate + s.d.forUpdate, updateOutcome, insertRef} {
		if st, err := s.w.PrepareContext(ctx, s.d.rebind(q)); err == nil {
			s.stmts[q] = st
		}
	}
	// A bulk run looks every row up (FindFolio) before sending: parsing
	// the query each time was most of the lookup's cost.
	s.reads = map[string]*sql.Stmt{}
	for _, q := range []string{selectByID, selectFolio, selectOrder} {
		if st, err := s.r.PrepareContext(ctx, s.d.rebind(q)); err == nil {
			s.reads[q] = st
		}
	}
}

// readRow runs a read-only single-row query, prepared at Open when it
// could be.
func (s *store) readRow(ctx context.Context, q string, args ...any) *sql.Row {
	if st, ok := s.reads[q]; ok {
		return st.QueryRowContext(ctx, args...)
	}
	return s.r.QueryRowContext(ctx, s.d.rebind(q), args...)
}

const (
	selectForUpdate = `SELECT ` + entryColumns + ` FROM entries WHERE id = ?`
	updateOutcome   = `UPDATE entries SET status = ?, updated_at = ?, provider_id = ?, message = ?, raw = ?, refs = ? WHERE id = ?`
	insertRef       = `INSERT INTO entry_refs (entry_id, kind, value) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`
)

const insertEntry = `INSERT INTO entries (provider, operation, environment, profile, company_id, serie, folio,
	order_id, provider_id, amount, currency, who, host, created_at, updated_at, status, message, refs, key_seq)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
	ON CONFLICT DO NOTHING RETURNING id`

func (s *store) Begin(ctx context.Context, in Intent) (Entry, error) {
	e, err := s.entryFor(in)
	if err != nil {
		return Entry{}, err
	}
	refsJSON, err := json.Marshal(e.Refs)
	if err != nil {
		return Entry{}, err
	}
	cl := &call{ctx: ctx, order: "b\x00" + keyOrder(e)}
	cl.run = func(ctx context.Context, tx *sql.Tx) error {
		e.Created = s.now()
		e.Updated = e.Created
		// A key released between the failed insert and the look-up (the
		// holder just ended failed) makes the insert worth trying again.
		for range 3 {
			var keySeq int64
			if in.Duplicate {
				keySeq = ownKeySeq()
			}
			row := s.queryRow(ctx, tx, insertEntry,
				e.Provider, e.Operation, e.Environment, e.Profile, e.CompanyID, e.Serie, e.Folio,
				e.OrderID, e.ProviderID, e.Amount.String(), e.Currency, e.Who, e.Host,
				s.d.timeArg(e.Created), s.d.timeArg(e.Updated), e.Status, e.Message, string(refsJSON), keySeq)
			err := row.Scan(&e.ID)
			if err == nil {
				return nil
			}
			if !errors.Is(err, sql.ErrNoRows) {
				return err
			}
			if in.Duplicate {
				continue // its own key collided: draw another
			}
			holder, err := s.holder(ctx, tx, e)
			if err == nil {
				cl.answer = &DuplicateError{Existing: holder}
				return nil
			}
			if !errors.Is(err, ErrNotFound) {
				return err
			}
		}
		return i18n.Errorf("the key of %v stays taken but no entry holds it", keyDescription(e))
	}
	if err := s.c.do(cl); err != nil {
		return Entry{}, err
	}
	return e, nil
}

// entryFor checks an intent and turns it into the in_flight entry to insert.
func (s *store) entryFor(in Intent) (Entry, error) {
	var problems []string
	need := func(ok bool, msg string) {
		if !ok {
			problems = append(problems, msg)
		}
	}
	switch in.Provider {
	case Facti:
		need(slices.Contains([]Operation{NewRequest, MarkPaid, Delete}, in.Operation),
			fmt.Sprintf("operation %q is not a Facti operation", in.Operation))
	case PagoFacil:
		need(in.Operation == Transaccion, fmt.Sprintf("operation %q is not a PagoFácil operation", in.Operation))
	case Sync:
		need(in.Operation == CredentialCreate, fmt.Sprintf("operation %q is not a Sync operation", in.Operation))
	default:
		problems = append(problems, fmt.Sprintf("unknown provider %q", in.Provider))
	}
	need(in.Environment != "", "the environment is required")
	switch in.Operation {
	case NewRequest:
		need(in.Folio != "", "a Facti request needs its folio")
	case Transaccion:
		need(in.OrderID != "", "a PagoFácil charge needs its order id")
	case MarkPaid, Delete:
		need(in.ProviderID != "", "marking paid or deleting needs the Facti payment id")
	}
	for _, f := range []struct{ name, v string }{
		{"environment", in.Environment}, {"profile", in.Profile}, {"company id", in.CompanyID},
		{"serie", in.Serie}, {"folio", in.Folio}, {"order id", in.OrderID}, {"payment id", in.ProviderID},
	} {
		if p := s.o.keyProblem(f.name, f.v); p != "" {
			problems = append(problems, p)
		}
	}
	if len(problems) > 0 {
		return Entry{}, &IntentError{Problems: problems}
	}
	e := Entry{Provider: in.Provider, Operation: in.Operation, Environment: in.Environment, Profile: in.Profile,
		CompanyID: in.CompanyID, Serie: in.Serie, Folio: in.Folio, OrderID: in.OrderID, ProviderID: in.ProviderID,
		Amount: in.Amount, Currency: in.Currency, Status: settle.InFlight, Refs: []Ref{},
		Message: s.o.text(in.Message), Who: s.o.text(in.Who), Host: s.o.text(in.Host), Duplicate: in.Duplicate}
	for _, r := range in.Refs {
		if r.Value != "" && !slices.Contains(e.Refs, s.o.ref(r)) {
			e.Refs = append(e.Refs, s.o.ref(r))
		}
	}
	if e.Who == "" {
		e.Who = s.o.text(s.o.who)
	}
	if e.Host == "" {
		e.Host = s.o.text(s.o.host)
	}
	return e, nil
}

// keyOrder is the sort key of an entry's unique key ("" when it has none).
func keyOrder(e Entry) string {
	return strings.Join([]string{string(e.Provider), string(e.Operation), e.Environment, e.CompanyID,
		e.Serie, e.Folio, e.OrderID, e.ProviderID}, "\x00")
}

// ownKeySeq draws the key of an entry sent again on purpose: a random
// positive number, so two such entries (two machines) never collide but
// by a chance of one in 2^62.
func ownKeySeq() int64 {
	var b [8]byte
	rand.Read(b[:])
	return int64(binary.BigEndian.Uint64(b[:])>>2) + 1
}

// holder finds the entry that holds e's key inside tx.
func (s *store) holder(ctx context.Context, tx *sql.Tx, e Entry) (Entry, error) {
	where := `provider = ? AND operation = ? AND environment = ? AND status <> 'failed' AND key_seq = 0 AND `
	args := []any{e.Provider, e.Operation, e.Environment}
	switch e.Operation {
	case NewRequest:
		where += `company_id = ? AND serie = ? AND folio = ?`
		args = append(args, e.CompanyID, e.Serie, e.Folio)
	case Transaccion:
		where += `order_id = ?`
		args = append(args, e.OrderID)
	case MarkPaid:
		where += `company_id = ? AND provider_id = ?`
		args = append(args, e.CompanyID, e.ProviderID)
	default:
		return Entry{}, i18n.Errorf("%s has no key, yet its insert conflicted", string(e.Operation))
	}
	return scanOne(tx.QueryRowContext(ctx, s.d.rebind(`SELECT `+entryColumns+` FROM entries WHERE `+where), args...))
}

// finalStatuses are the outcomes Finish may record.
var finalStatuses = []Status{settle.Created, settle.Found, settle.Declined, settle.Failed, settle.Unknown}

func (s *store) Finish(ctx context.Context, id int64, out Outcome) (Entry, error) {
	if !slices.Contains(finalStatuses, out.Status) {
		return Entry{}, &IntentError{Problems: []string{fmt.Sprintf("outcome %q is not one of created, found, declined, failed, unknown", out.Status)}}
	}
	refs := make([]Ref, 0, len(out.Refs))
	for _, r := range out.Refs {
		if r.Value != "" {
			refs = append(refs, s.o.ref(r))
		}
	}
	providerID, message, raw := s.o.text(out.ProviderID), s.o.text(out.Message), s.o.text(out.Raw)
	var e Entry
	cl := &call{ctx: ctx, order: fmt.Sprintf("f\x00%020d", id)}
	cl.run = func(ctx context.Context, tx *sql.Tx) error {
		var err error
		e, err = scanOne(s.queryRow(ctx, tx, selectForUpdate+s.d.forUpdate, id))
		if errors.Is(err, ErrNotFound) {
			cl.answer = i18n.Errorf("ledger entry %s: %w", idText(id), ErrNotFound)
			return nil
		}
		if err != nil {
			return err
		}
		if e.Status != settle.InFlight && e.Status != settle.Unknown && e.Status != out.Status {
			cl.answer = &TransitionError{ID: id, From: e.Status, To: out.Status}
			return nil
		}
		e.Status, e.Updated = out.Status, s.now()
		if providerID != "" {
			e.ProviderID = providerID
		}
		if message != "" {
			e.Message = message
		}
		if raw != "" {
			e.Raw = raw
		}
		var added []Ref
		for _, r := range refs {
			if !slices.Contains(e.Refs, r) {
				e.Refs = append(e.Refs, r)
				added = append(added, r)
			}
		}
		refsJSON, err := json.Marshal(e.Refs)
		if err != nil {
			return err
		}
		if err := s.exec(ctx, tx, updateOutcome,
			e.Status, s.d.timeArg(e.Updated), e.ProviderID, e.Message, e.Raw, string(refsJSON), id); err != nil {
			return err
		}
		for _, r := range added {
			if err := s.exec(ctx, tx, insertRef, id, r.Kind, r.Value); err != nil {
				return err
			}
		}
		return nil
	}
	if err := s.c.do(cl); err != nil {
		return Entry{}, err
	}
	return e, nil
}
