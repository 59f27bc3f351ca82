// Package state keeps the emulator's data in a bbolt file, so that consecutive
// mxpay commands run with --env emulator see each other's effects.
package state

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"
)

// DefaultLockTimeout is how long Open waits for another process to release
// the file. bbolt holds an exclusive lock while a database is open, and
// without a timeout a second mxpay would hang forever.
const DefaultLockTimeout = 5 * time.Second

// ErrLocked is wrapped by the error Open returns when another process keeps
// the state file locked past the timeout.
var ErrLocked = errors.New("emulator state is locked")

// Store is the emulator's persistent state: one bbolt file, one bucket per
// kind of object.
type Store struct {
	db   *bbolt.DB
	path string
}

// Open opens or creates the state file at path, waiting up to
// DefaultLockTimeout for another process to release it.
func Open(path string) (*Store, error) {
	return OpenWithLockTimeout(path, DefaultLockTimeout)
}

// OpenWithLockTimeout is Open with a chosen wait for the file lock.
func OpenWithLockTimeout(path string, lockTimeout time.Duration) (*Store, error) {
	// The file holds whatever the user typed into emulated requests; keep it
	// private like the rest of mxpay's files.
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("creating the directory for the emulator state: %w", err)
	}
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{Timeout: lockTimeout})
	if errors.Is(err, bolterrors.ErrTimeout) {
		return nil, fmt.Errorf("%w: %s is still in use after %s; another mxpay process (such as `mxpay emulator serve`) may be using it",
			ErrLocked, path, lockTimeout)
	}
	if err != nil {
		return nil, fmt.Errorf("opening the emulator state %s: %w", path, err)
	}
	return &Store{db: db, path: path}, nil
}

// Path is the file the store lives in.
func (s *Store) Path() string { return s.path }

// Close releases the file and its lock.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("closing the emulator state %s: %w", s.path, err)
	}
	return nil
}

// Update runs fn in a read-write transaction, committed if fn returns nil.
// fn's error is returned unchanged so callers can match their own errors.
func (s *Store) Update(fn func(tx *bbolt.Tx) error) error { return s.db.Update(fn) }

// View runs fn in a read-only transaction.
func (s *Store) View(fn func(tx *bbolt.Tx) error) error { return s.db.View(fn) }

// Reset deletes every bucket, leaving an empty store.
func (s *Store) Reset() error {
	return s.db.Update(func(tx *bbolt.Tx) error {
		var names [][]byte
		err := tx.ForEach(func(name []byte, _ *bbolt.Bucket) error {
			// bbolt's name slice is only valid inside the callback.
			names = append(names, append([]byte(nil), name...))
			return nil
		})
		if err != nil {
			return err
		}
		for _, name := range names {
			if err := tx.DeleteBucket(name); err != nil {
				return fmt.Errorf("deleting bucket %q: %w", name, err)
			}
		}
		return nil
	})
}

// Bulk runs fn, whose Updates are not synced to disk one by one, then
// syncs the file once: for seeding a million records, where a sync per
// batch costs most of the time. A crash during fn may lose what fn wrote.
func (s *Store) Bulk(fn func() error) error {
	s.db.NoSync = true
	err := fn()
	s.db.NoSync = false
	if serr := s.db.Sync(); err == nil && serr != nil {
		err = fmt.Errorf("syncing the emulator state %s: %w", s.path, serr)
	}
	return err
}
