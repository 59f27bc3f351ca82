package sync

import (
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/emulator/state"
	"go.etcd.io/bbolt"
)

func keysOf(l keyList) []string {
	var out []string
	for i := range l.len() {
		out = append(out, string(l.at(i)))
	}
	return out
}

// After seeding, the first plain listing of a user is answered from the
// kept keys (no scan), for every seeded user; after a change of the data
// it scans once, and what it keeps is what a scan finds.
func TestFirstListingUsesTheKeptKeys(t *testing.T) {
	st, err := state.Open(filepath.Join(t.TempDir(), "emulator.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	a, err := Seed(st, "", 500)
	if err != nil {
		t.Fatal(err)
	}
	b, err := SeedWithAttachments(st, "", 30)
	if err != nil {
		t.Fatal(err)
	}
	s := &server{st: st, now: time.Now}
	listing := func(user string, res resource) (keys []string, scanned bool) {
		st.View(func(tx *bbolt.Tx) error {
			l, fresh, _ := s.matching(tx, res, &query{user: user})
			keys, scanned = keysOf(l), fresh
			return nil
		})
		return keys, scanned
	}
	scanned := func(user string, res resource) (keys []string) {
		st.View(func(tx *bbolt.Tx) error { keys = keysOf(scan(tx, res, &query{user: user})); return nil })
		return keys
	}
	for _, c := range []struct {
		user string
		res  resource
		n    int
	}{{a.IDUser, transactionsResource, 500}, {a.IDUser, accountsResource, 1}, {b.IDUser, transactionsResource, 30}, {b.IDUser, attachmentsResource, 30}} {
		keys, fresh := listing(c.user, c.res)
		if fresh || len(keys) != c.n || !slices.Equal(keys, scanned(c.user, c.res)) {
			t.Errorf("%s %s: scanned %v, %d keys (a scan finds %d)", c.user, c.res.bucket, fresh, len(keys), len(scanned(c.user, c.res)))
		}
	}
	// Any change of the listable data makes the kept keys stale.
	st.Update(bumpData)
	s.cache = keyCache{}
	if _, fresh := listing(a.IDUser, transactionsResource); !fresh {
		t.Error("stale kept keys were used")
	}
}

func TestKeyListRoundTrip(t *testing.T) {
	var l keyList
	for _, k := range []string{"a", "", "6b0f3f3a0006000000000004", "zz"} {
		l.add([]byte(k))
	}
	back, ok := unmarshalKeyList(l.marshal(nil))
	if !ok || !slices.Equal(keysOf(back), []string{"a", "", "6b0f3f3a0006000000000004", "zz"}) {
		t.Fatalf("%v %v", ok, keysOf(back))
	}
	for _, bad := range [][]byte{nil, {0, 0, 0, 2, 0, 0, 0, 1}, {0, 0, 0, 1, 0, 0, 0, 9, 'a'}} {
		if _, ok := unmarshalKeyList(bad); ok {
			t.Errorf("%v read as a key list", bad)
		}
	}
}
