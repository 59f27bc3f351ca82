package sync

import (
	"bytes"
	"encoding/binary"

	"go.etcd.io/bbolt"
)

// The cold query: the first listing of a user's transactions after the
// emulator starts had to scan and decode every record (seconds for a
// million) before its first page. The keys of the plain listing (a user's
// records in key order, no filter) are therefore kept in the state file,
// stamped with the data generation they were computed for: seeding writes
// them, and a listing that had to scan writes them for the next start.

// bucketIndex holds "bucket\x00user" → the generation (8 bytes), then the
// keys (keyList.marshal).
const bucketIndex = "sync_index"

// plain reports a query with no filter but the user and no order: the one
// whose keys are kept.
func (q *query) plain() bool {
	return len(q.eq) == 0 && len(q.flags) == 0 && len(q.from) == 0 && len(q.to) == 0 &&
		len(q.keywords) == 0 && len(q.skipWords) == 0 && q.order == ""
}

func indexKey(bucket, user string) []byte { return []byte(bucket + "\x00" + user) }

// loadIndex returns the kept keys of a plain query of user in bucket when
// they were computed for generation gen.
func loadIndex(tx *bbolt.Tx, bucket, user string, gen uint64) (keyList, bool) {
	b := tx.Bucket([]byte(bucketIndex))
	if b == nil {
		return keyList{}, false
	}
	v := b.Get(indexKey(bucket, user))
	if len(v) < 8 || binary.BigEndian.Uint64(v) != gen {
		return keyList{}, false
	}
	return unmarshalKeyList(v[8:])
}

// storeIndex keeps keys as the plain query's of user in bucket at gen.
func storeIndex(tx *bbolt.Tx, bucket, user string, gen uint64, keys keyList) error {
	b, err := tx.CreateBucketIfNotExists([]byte(bucketIndex))
	if err != nil {
		return err
	}
	v := binary.BigEndian.AppendUint64(make([]byte, 0, 12+4*keys.len()+len(keys.data)), gen)
	return b.Put(indexKey(bucket, user), keys.marshal(v))
}

// indexPlain computes and keeps the plain query's keys of user in every
// listable bucket (after seeding, so the first query is not the slow one).
// known, when not nil, are the keys of a bucket already known to be all of
// the user's, in key order.
func indexPlain(tx *bbolt.Tx, user string, known map[string]*keyList) error {
	gen := dataGen(tx)
	for _, res := range []resource{accountsResource, transactionsResource, attachmentsResource} {
		var keys keyList
		if k, ok := known[res.bucket]; ok {
			keys = *k
		} else {
			keys = scan(tx, res, &query{user: user})
		}
		if err := storeIndex(tx, res.bucket, user, gen, keys); err != nil {
			return err
		}
	}
	return nil
}

// restampIndex carries the kept keys of every other user from generation
// from to generation to: for a seeding, which changed none of their records
// (it held the state file alone), so that seeding a second user does not
// send the first one's next listing back to a scan.
func restampIndex(tx *bbolt.Tx, user string, from, to uint64) error {
	b := tx.Bucket([]byte(bucketIndex))
	if b == nil {
		return nil
	}
	var stale [][]byte
	b.ForEach(func(k, v []byte) error {
		if len(v) >= 8 && binary.BigEndian.Uint64(v) == from && !bytes.HasSuffix(k, []byte("\x00"+user)) {
			stale = append(stale, append([]byte(nil), k...))
		}
		return nil
	})
	for _, k := range stale {
		v := append([]byte(nil), b.Get(k)...)
		binary.BigEndian.PutUint64(v, to)
		if err := b.Put(k, v); err != nil {
			return err
		}
	}
	return nil
}
