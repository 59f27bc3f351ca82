package ledger

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	_ "github.com/jackc/pgx/v5/stdlib" // registers "pgx"
	"github.com/mxpay/mxpay/internal/i18n"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// dialect is what differs between the two backends; the SQL is otherwise
// shared, written with ? placeholders.
type dialect struct {
	name string
	// rebind turns ? placeholders into the dialect's.
	rebind func(string) string
	// timeArg is how a time is passed to and compared in the database.
	timeArg func(time.Time) any
	// forUpdate locks a row read in a write transaction ("" where the
	// transaction already holds the write lock).
	forUpdate string
	// migrationLock is run first in each migration transaction.
	migrationLock string
	// retryable reports a failure after which the same transaction may
	// simply be run again (a deadlock, a busy file).
	retryable func(error) bool
}

// sqliteTime is fixed-width UTC, so text order is time order.
const sqliteTime = "2006-01-02T15:04:05.000000Z"

var sqliteDialect = &dialect{
	name:      "sqlite",
	rebind:    func(q string) string { return q },
	timeArg:   func(t time.Time) any { return t.UTC().Format(sqliteTime) },
	retryable: isSQLiteBusy,
}

var postgresDialect = &dialect{
	name:      "postgres",
	rebind:    dollarPlaceholders,
	timeArg:   func(t time.Time) any { return t.UTC() },
	forUpdate: " FOR UPDATE",
	// A fixed key: every mxpay migrating this database waits for the others.
	migrationLock: `SELECT pg_advisory_xact_lock(7270014001)`,
	retryable:     isPostgresRetryable,
}

// dollarPlaceholders rewrites ? as $1, $2, …; the ledger's SQL has no ?
// inside literals.
func dollarPlaceholders(q string) string {
	var b strings.Builder
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(q[i])
	}
	return b.String()
}

func isSQLiteBusy(err error) bool {
	var e *sqlite.Error
	if !errors.As(err, &e) {
		return false
	}
	code := e.Code() & 0xff
	return code == sqlite3.SQLITE_BUSY || code == sqlite3.SQLITE_LOCKED
}

func isPostgresRetryable(err error) bool {
	var e *pgconn.PgError
	return errors.As(err, &e) && (e.Code == "40P01" || e.Code == "40001") // deadlock, serialization
}

// dbTime scans either dialect's time column.
type dbTime struct{ t *time.Time }

func (d dbTime) Scan(src any) error {
	switch v := src.(type) {
	case time.Time:
		*d.t = v.UTC()
		return nil
	case string:
		return d.parse(v)
	case []byte:
		return d.parse(string(v))
	}
	return fmt.Errorf("ledger: unexpected time value %T", src)
}

func (d dbTime) parse(s string) error {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return i18n.Errorf("ledger: bad time %q: %w", s, err)
	}
	*d.t = t.UTC()
	return nil
}

// sqliteBusyMillis is how long a writer waits for another process's
// transaction before giving up; batches are short, so this is generous.
const sqliteBusyMillis = 15000

func openSQLite(ctx context.Context, path string, o options) (Ledger, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, i18n.Errorf("ledger: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(abs), 0o700); err != nil {
		return nil, i18n.Errorf("ledger: %w", err)
	}
	// Create the file 0600 before SQLite does (it would use 0644); SQLite
	// gives its -wal and -shm files the database file's permissions.
	if f, err := os.OpenFile(abs, os.O_RDWR|os.O_CREATE, 0o600); err != nil {
		return nil, i18n.Errorf("ledger: %w", err)
	} else {
		f.Close()
	}
	base := (&url.URL{Scheme: "file", Path: abs}).String() +
		"?_busy_timeout=" + strconv.Itoa(sqliteBusyMillis) + "&_journal_mode=WAL&_synchronous=" + o.sqliteSync + "&_foreign_keys=1"
	// One writer connection, whose transactions take the write lock at
	// BEGIN (IMMEDIATE), so two processes queue instead of failing midway.
	w, err := sql.Open("sqlite", base+"&_txlock=immediate")
	if err != nil {
		return nil, i18n.Errorf("ledger: %w", err)
	}
	w.SetMaxOpenConns(1)
	r, err := sql.Open("sqlite", base+"&_query_only=1")
	if err != nil {
		w.Close()
		return nil, i18n.Errorf("ledger: %w", err)
	}
	r.SetMaxOpenConns(4)
	return newStore(ctx, sqliteDialect, w, r, abs, o)
}

func openPostgres(ctx context.Context, dsn string, o options) (Ledger, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, i18n.Errorf("ledger %s: %w", redactURL(dsn), err)
	}
	db.SetMaxOpenConns(8)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, i18n.Errorf("ledger %s: %w", redactURL(dsn), err)
	}
	// The server orders concurrent writers itself; the same pool serves the
	// committer and the readers.
	return newStore(ctx, postgresDialect, db, db, redactURL(dsn), o)
}
