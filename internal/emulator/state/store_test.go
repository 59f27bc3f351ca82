package state

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.etcd.io/bbolt"
)

type payment struct {
	ID     uint64 `json:"id"`
	Amount string `json:"amount"`
}

func openTemp(t *testing.T) *Store {
	t.Helper()
	st, err := Open(filepath.Join(t.TempDir(), "emulator.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func TestPutGetJSON(t *testing.T) {
	st := openTemp(t)
	err := st.Update(func(tx *bbolt.Tx) error {
		return PutJSON(tx, "payments", "7", payment{ID: 7, Amount: "242.84"})
	})
	if err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		bucket, key string
		wantFound   bool
		want        payment
	}{
		{"payments", "7", true, payment{ID: 7, Amount: "242.84"}},
		{"payments", "8", false, payment{}},
		{"no-such-bucket", "7", false, payment{}},
	}
	for _, tt := range tests {
		t.Run(tt.bucket+"/"+tt.key, func(t *testing.T) {
			var got payment
			var found bool
			err := st.View(func(tx *bbolt.Tx) error {
				var err error
				found, err = GetJSON(tx, tt.bucket, tt.key, &got)
				return err
			})
			if err != nil {
				t.Fatal(err)
			}
			if found != tt.wantFound || got != tt.want {
				t.Errorf("GetJSON = %v, %+v; want %v, %+v", found, got, tt.wantFound, tt.want)
			}
		})
	}
}

func TestGetJSONReportsUndecodableValue(t *testing.T) {
	st := openTemp(t)
	err := st.Update(func(tx *bbolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists([]byte("payments"))
		if err != nil {
			return err
		}
		return b.Put([]byte("1"), []byte("not json"))
	})
	if err != nil {
		t.Fatal(err)
	}
	err = st.View(func(tx *bbolt.Tx) error {
		_, err := GetJSON(tx, "payments", "1", &payment{})
		return err
	})
	if err == nil || !strings.Contains(err.Error(), "payments/1") {
		t.Errorf("error = %v, want one naming payments/1", err)
	}
}

func TestNextIDCountsPerBucket(t *testing.T) {
	st := openTemp(t)
	var got []uint64
	err := st.Update(func(tx *bbolt.Tx) error {
		for _, bucket := range []string{"a", "a", "b", "a"} {
			id, err := NextID(tx, bucket)
			if err != nil {
				return err
			}
			got = append(got, id)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []uint64{1, 2, 1, 3}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("ids = %v, want %v", got, want)
		}
	}
}

func TestResetDeletesEverything(t *testing.T) {
	st := openTemp(t)
	err := st.Update(func(tx *bbolt.Tx) error {
		if err := PutJSON(tx, "payments", "1", payment{ID: 1}); err != nil {
			return err
		}
		_, err := NextID(tx, "payments")
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Reset(); err != nil {
		t.Fatal(err)
	}
	err = st.Update(func(tx *bbolt.Tx) error {
		buckets := 0
		tx.ForEach(func([]byte, *bbolt.Bucket) error { buckets++; return nil })
		if buckets != 0 {
			t.Errorf("%d buckets left after Reset", buckets)
		}
		id, err := NextID(tx, "payments")
		if id != 1 {
			t.Errorf("NextID after Reset = %d, want 1", id)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestStatePersistsAcrossOpens(t *testing.T) {
	path := filepath.Join(t.TempDir(), "emulator.db")
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Update(func(tx *bbolt.Tx) error { return PutJSON(tx, "p", "k", payment{ID: 3}) }); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}

	st, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var got payment
	err = st.View(func(tx *bbolt.Tx) error {
		_, err := GetJSON(tx, "p", "k", &got)
		return err
	})
	if err != nil || got.ID != 3 {
		t.Errorf("after reopening got %+v, %v; want id 3", got, err)
	}
}

func TestOpenCreatesPrivateFiles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data", "mxpay")
	path := filepath.Join(dir, "emulator.db")
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if st.Path() != path {
		t.Errorf("Path() = %q, want %q", st.Path(), path)
	}

	for name, want := range map[string]os.FileMode{dir: 0o700, path: 0o600} {
		info, err := os.Stat(name)
		if err != nil {
			t.Fatal(err)
		}
		if got := info.Mode().Perm(); got != want {
			t.Errorf("%s mode = %v, want %v", name, got, want)
		}
	}
}

func TestSecondOpenFailsWhileLocked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "emulator.db")
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()

	start := time.Now()
	second, err := OpenWithLockTimeout(path, 100*time.Millisecond)
	if err == nil {
		second.Close()
		t.Fatal("second Open succeeded while the first store was open")
	}
	if elapsed := time.Since(start); elapsed > 2*time.Second {
		t.Errorf("second Open took %s, want about the 100ms timeout", elapsed)
	}
	if !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), "another mxpay") {
		t.Errorf("error = %q, want ErrLocked saying another mxpay may be using it", err)
	}
}
