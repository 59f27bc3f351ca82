package state

import (
	"encoding/json"
	"fmt"

	"go.etcd.io/bbolt"
)

// PutJSON stores v as JSON under key in bucket, creating the bucket if needed.
func PutJSON(tx *bbolt.Tx, bucket, key string, v any) error {
	b, err := tx.CreateBucketIfNotExists([]byte(bucket))
	if err != nil {
		return fmt.Errorf("creating bucket %q: %w", bucket, err)
	}
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encoding %s/%s: %w", bucket, key, err)
	}
	if err := b.Put([]byte(key), data); err != nil {
		return fmt.Errorf("storing %s/%s: %w", bucket, key, err)
	}
	return nil
}

// GetJSON decodes the JSON stored under key in bucket into v. It reports
// false, with v untouched, when the bucket or the key does not exist.
func GetJSON(tx *bbolt.Tx, bucket, key string, v any) (bool, error) {
	b := tx.Bucket([]byte(bucket))
	if b == nil {
		return false, nil
	}
	data := b.Get([]byte(key))
	if data == nil {
		return false, nil
	}
	if err := json.Unmarshal(data, v); err != nil {
		return false, fmt.Errorf("decoding %s/%s: %w", bucket, key, err)
	}
	return true, nil
}

// NextID returns the next number of bucket's sequence (1, 2, 3, ...),
// creating the bucket if needed. The sequence survives deleting keys, so
// ids are never reused until Reset.
func NextID(tx *bbolt.Tx, bucket string) (uint64, error) {
	b, err := tx.CreateBucketIfNotExists([]byte(bucket))
	if err != nil {
		return 0, fmt.Errorf("creating bucket %q: %w", bucket, err)
	}
	id, err := b.NextSequence()
	if err != nil {
		return 0, fmt.Errorf("numbering %s: %w", bucket, err)
	}
	return id, nil
}
