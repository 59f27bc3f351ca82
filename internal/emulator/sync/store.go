package sync

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/mxpay/mxpay/internal/emulator/state"
	"go.etcd.io/bbolt"
)

// Buckets of the emulated data. Every record carries id_user, so deleting
// a user deletes everything of theirs.
const (
	bucketUsers        = "sync_users"
	bucketCredentials  = "sync_credentials"
	bucketJobs         = "sync_jobs"
	bucketAccounts     = "sync_accounts"
	bucketTransactions = "sync_transactions"
	bucketAttachments  = "sync_attachments"
	bucketSequence     = "sync_sequence"
)

// Kinds tag ids so ids of different kinds never collide.
const (
	kindUser = iota + 1
	kindCredential
	kindJob
	kindJobUUID
)

// newID returns an id in Sync's style: 24 hex digits, starting with the
// creation time, so ids sort by creation like MongoDB ObjectIds.
func newID(tx *bbolt.Tx, now time.Time, kind int) (string, error) {
	seq, err := state.NextID(tx, bucketSequence)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%08x%04x%012x", uint32(now.Unix()), kind, seq), nil
}

// each calls fn with every raw record of bucket, in key order.
func each(tx *bbolt.Tx, bucket string, fn func(key string, raw []byte) error) error {
	b := tx.Bucket([]byte(bucket))
	if b == nil {
		return nil
	}
	return b.ForEach(func(k, v []byte) error { return fn(string(k), v) })
}

// ownerOf reads a record's id_user.
func ownerOf(raw []byte) string {
	var o struct {
		IDUser string `json:"id_user"`
	}
	json.Unmarshal(raw, &o)
	return o.IDUser
}

// deleteWhere deletes the records of bucket for which match is true.
func deleteWhere(tx *bbolt.Tx, bucket string, match func(raw []byte) bool) error {
	b := tx.Bucket([]byte(bucket))
	if b == nil {
		return nil
	}
	var keys [][]byte
	b.ForEach(func(k, v []byte) error {
		if match(v) {
			keys = append(keys, append([]byte(nil), k...))
		}
		return nil
	})
	for _, k := range keys {
		if err := b.Delete(k); err != nil {
			return err
		}
	}
	if len(keys) == 0 {
		return nil
	}
	return bumpData(tx)
}

// fieldOf reads one string member of a record.
func fieldOf(raw []byte, name string) string {
	var m map[string]any
	json.Unmarshal(raw, &m)
	s, _ := m[name].(string)
	return s
}
