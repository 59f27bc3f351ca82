// Package ledger records every request mxpay sends that creates something
// or moves money, before it is sent, and what became of it.
//
// # Use
//
//	l, err := ledger.Open(ctx, dsn, ledger.WithRedact(f.Redactor().Text))
//	defer l.Close()
//	e, err := l.Begin(ctx, ledger.Intent{Provider: ledger.Facti, Operation: ledger.NewRequest,
//		Environment: env, CompanyID: company, Serie: "A", Folio: "12", Amount: total, Currency: "MXN"})
//	var dup *ledger.DuplicateError
//	if errors.As(err, &dup) { /* already sent: dup.Existing says how it ended */ }
//	created, err := client.CreateOrFind(ctx, req)          // only after Begin returned nil
//	l.Finish(ctx, e.ID, ledger.Outcome{Status: settle.Created, ProviderID: id, Refs: refs})
//
// dsn is a file path (SQLite, the embedded default) or a postgres:// URL (a
// ledger shared by several machines). Open creates the file or the tables
// and applies the schema migrations it has not applied yet, each once, in a
// transaction, recorded in schema_migrations.
//
// # Durability
//
// Begin returns only once the in_flight entry is committed to disk (SQLite:
// WAL with synchronous=FULL, so the commit's WAL frames are fsynced before
// COMMIT returns; PostgreSQL: an ordinary commit, fsynced by the server).
// Finish likewise. So a process killed between Begin and the reply leaves an
// in_flight entry, which Pending lists for the next run to resolve with the
// provider's lookup (settle).
//
// Calls from many goroutines are committed together: one committer per
// Ledger takes every call waiting when it is free and runs them in one
// transaction, one commit, one fsync, then answers each. There is no timer:
// a lone call is committed at once; calls arriving while a commit is under
// way form the next batch. This keeps "durable before it returns" while a
// bulk run of 16 workers pays about one fsync per batch instead of one per
// call. A statement failure inside a batch makes each call run again alone,
// so one bad call never fails the others; a failed COMMIT fails every call
// of its batch (nothing of it is claimed durable).
//
// # Duplicate keys
//
// Unique indexes in the database itself hold the duplicate guard, across
// processes (SQLite: one file, one writer at a time) and across machines
// (PostgreSQL):
//
//	facti new_request     (environment, company_id, serie, folio)
//	pagofacil transaccion (environment, order_id)
//	facti mark_paid       (environment, company_id, provider_id)
//
// Each index covers only entries whose status is not failed. So an entry
// that ends failed (the provider refused it, or it provably never left)
// releases its key and the same folio or order may be sent again under a
// new entry; in_flight, unknown, created, found and declined keep it.
// Declined keeps it because the provider recorded that order id: charging
// again needs a new order id, or a later verify by order id could find the
// declined attempt. A Begin whose key is held returns *DuplicateError with
// the holding entry.
//
// Finish moves in_flight or unknown to any outcome; an entry that has a
// final outcome (created, found, declined, failed) accepts the same outcome
// again (adding references) and refuses a different one (*TransitionError):
// a failed entry has given its key away.
//
// # Secrets
//
// Every text field goes through the caller's Redact hook (the run's
// redactor, which knows its secrets by value) and then through the
// redactor's card-number rule, so nothing shaped like a card number is ever
// written. Key fields (company, serie, folio, order id, payment id) are
// refused rather than masked when either would change them: a masked key
// would make distinct folios collide. An stp_clabe reference of exactly 18
// digits is stored as is: CLABEs are 18 digits and one in ten passes the
// Luhn check that card numbers pass.
package ledger

import (
	"context"
	"iter"
	"strings"
	"time"

	"github.com/mxpay/mxpay/internal/i18n"
)

// Ledger is the record of what mxpay sent. Both backends implement it; it
// is safe for concurrent use.
type Ledger interface {
	// Begin records intent as in_flight and returns the entry once it is
	// durable. A held key returns *DuplicateError; bad input *IntentError.
	Begin(ctx context.Context, intent Intent) (Entry, error)
	// Finish records the outcome of entry id durably and returns the entry.
	Finish(ctx context.Context, id int64, out Outcome) (Entry, error)
	// Get returns entry id, or an error wrapping ErrNotFound.
	Get(ctx context.Context, id int64) (Entry, error)
	// FindFolio returns the entry holding the key of a Facti new_request,
	// or when none holds it the newest failed one; ErrNotFound if none.
	FindFolio(ctx context.Context, env, company, serie, folio string) (Entry, error)
	// FindOrder is FindFolio for a PagoFácil charge's order id.
	FindOrder(ctx context.Context, env, orderID string) (Entry, error)
	// FindReference returns the entries of env that have a reference with
	// this value (a bank reference, a CLABE), oldest first.
	FindReference(ctx context.Context, env, value string) ([]Entry, error)
	// List streams the entries f selects; memory does not grow with them.
	// An error is yielded once, last.
	List(ctx context.Context, f Filter) iter.Seq2[Entry, error]
	// Pending is List of the entries whose outcome is in_flight or unknown
	// (f.Status is ignored): what verify --pending or a resume re-checks.
	Pending(ctx context.Context, f Filter) iter.Seq2[Entry, error]
	// CreatedRequests streams the Facti new_request entries of env (and
	// company, when not empty) created or found since since, oldest first,
	// with their references: what reconcile matches deposits against.
	CreatedRequests(ctx context.Context, env, company string, since time.Time) iter.Seq2[Entry, error]
	// Location says where the ledger is: the file, or the URL without its
	// password.
	Location() string
	// Close waits for calls under way and closes the database.
	Close() error
}

// Option configures Open.
type Option func(*options)

type options struct {
	redact   func(string) string
	now      func() time.Time
	who      string
	host     string
	maxBatch int
	// migrateTo stops migrations at a version (tests of upgrades); 0: all.
	migrateTo int
	// sqliteSync is SQLite's synchronous setting: FULL, always, but for the
	// benchmark that shows what NORMAL would buy.
	sqliteSync string
}

// WithRedact sets the masking hook every text field passes through before
// it is stored (the run's redactor: cmdutil's f.Redactor().Text).
func WithRedact(redact func(string) string) Option {
	return func(o *options) { o.redact = redact }
}

// WithClock sets the clock entries are stamped with (tests).
func WithClock(now func() time.Time) Option {
	return func(o *options) { o.now = now }
}

// WithIdentity sets who and host for intents that leave them empty
// (default: the OS user and the host name).
func WithIdentity(who, host string) Option {
	return func(o *options) { o.who, o.host = who, host }
}

// defaultMaxBatch bounds one group commit; a bulk run's concurrency is far
// below it, so it only matters under a storm.
const defaultMaxBatch = 256

// Open opens the ledger at dsn: a postgres:// (or postgresql://) URL, or a
// path to a SQLite file, created with its directory (0700, file 0600) when
// missing. It applies pending migrations before it returns.
func Open(ctx context.Context, dsn string, opts ...Option) (Ledger, error) {
	o := options{maxBatch: defaultMaxBatch}
	for _, opt := range opts {
		opt(&o)
	}
	o.fillDefaults()
	switch {
	case strings.TrimSpace(dsn) == "":
		return nil, i18n.Errorf("ledger: no location given (a file path or a postgres:// URL)")
	case isPostgresURL(dsn):
		return openPostgres(ctx, dsn, o)
	case strings.Contains(dsn, "://"):
		return nil, i18n.Errorf("ledger: %q is neither a file path nor a postgres:// URL", redactURL(dsn))
	default:
		return openSQLite(ctx, dsn, o)
	}
}

func isPostgresURL(dsn string) bool {
	lower := strings.ToLower(dsn)
	return strings.HasPrefix(lower, "postgres://") || strings.HasPrefix(lower, "postgresql://")
}
