package ledger

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/settle"
)

func testConcurrentSameFolio(t *testing.T, dsn string) {
	l := open(t, dsn)
	const n = 32
	var wg sync.WaitGroup
	results := make(chan error, n)
	winners := make(chan int64, n)
	for range n {
		wg.Go(func() {
			e, err := l.Begin(context.Background(), folioIntent(t, "R", "1"))
			if err == nil {
				winners <- e.ID
			}
			results <- err
		})
	}
	wg.Wait()
	close(results)
	close(winners)
	won, dups := 0, 0
	for err := range results {
		var dup *DuplicateError
		switch {
		case err == nil:
			won++
		case errors.As(err, &dup):
			dups++
		default:
			t.Errorf("unexpected error: %v", err)
		}
	}
	if won != 1 || dups != n-1 {
		t.Fatalf("%d winners and %d duplicates, want 1 and %d", won, dups, n-1)
	}
}

func testConcurrentDistinct(t *testing.T, dsn string) {
	l := open(t, dsn)
	const workers, each = 16, 20
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := range each {
				e, err := l.Begin(context.Background(), folioIntent(t, "C", fmt.Sprintf("%d-%d", w, i)))
				if err != nil {
					t.Error(err)
					return
				}
				if _, err := l.Finish(context.Background(), e.ID, Outcome{Status: settle.Created, ProviderID: fmt.Sprint(e.ID)}); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	n := 0
	for e, err := range l.List(context.Background(), Filter{Status: []Status{settle.Created}}) {
		if err != nil {
			t.Fatal(err)
		}
		if e.ProviderID != fmt.Sprint(e.ID) {
			t.Errorf("entry %d has provider id %q: an outcome went to the wrong entry", e.ID, e.ProviderID)
		}
		n++
	}
	if n != workers*each {
		t.Errorf("%d created entries, want %d", n, workers*each)
	}
	if commits := l.(*store).c.commits.Load(); commits >= 2*workers*each {
		t.Logf("no batching happened: %d commits for %d calls (possible on an idle machine)", commits, 2*workers*each)
	}
}

func testReopenKeepsEntries(t *testing.T, dsn string) {
	l := open(t, dsn)
	e := mustBegin(t, l, folioIntent(t, "", "55"))
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	again := open(t, dsn)
	got, err := again.Get(context.Background(), e.ID)
	if err != nil || got.Status != settle.InFlight {
		t.Fatalf("after reopening: %+v, %v", got, err)
	}
	if _, err := again.Begin(context.Background(), folioIntent(t, "", "55")); !errors.As(err, new(*DuplicateError)) {
		t.Errorf("the key did not survive reopening: %v", err)
	}
}

func testUpgradeFromVersion1(t *testing.T, dsn string) {
	old := open(t, dsn, func(o *options) { o.migrateTo = 1 })
	// An entry as a mxpay of schema version 1 wrote it: its columns only.
	s := old.(*store)
	now := s.d.timeArg(time.Now())
	var id int64
	if err := s.w.QueryRow(s.d.rebind(`INSERT INTO entries (provider, operation, environment, company_id, folio, amount, currency, created_at, updated_at, status)
		VALUES ('facti', 'new_request', 'sandbox', '452', '77', '1160.00', 'MXN', ?, ?, 'in_flight') RETURNING id`), now, now).Scan(&id); err != nil {
		t.Fatal(err)
	}
	old.Close()
	l := open(t, dsn)
	got, err := l.Get(context.Background(), id)
	if err != nil || got.Status != settle.InFlight || got.Duplicate || got.Folio != "77" {
		t.Fatalf("the version 1 entry after upgrading: %+v, %v", got, err)
	}
	if _, err := l.Begin(context.Background(), folioIntent(t, "", "77")); !errors.As(err, new(*DuplicateError)) {
		t.Errorf("the version 1 entry does not hold its folio after upgrading: %v", err)
	}
	mustFinish(t, l, id, Outcome{Status: settle.Created, Refs: []Ref{{RefBankReference, "000000007700000000001"}}})
	if got, err := l.FindReference(context.Background(), "sandbox", "000000007700000000001"); err != nil || len(got) != 1 {
		t.Fatalf("after upgrading to version 2: %v, %v", got, err)
	}
	versions := schemaVersions(t, l)
	if fmt.Sprint(versions) != "[1 2 3]" {
		t.Errorf("schema_migrations = %v, want [1 2 3]", versions)
	}
}

// testDuplicateOnPurpose: an intent marked Duplicate is recorded although
// the key is held, holds a key of its own (a second one too), and leaves
// the holder in place for FindFolio and for the guard.
func testDuplicateOnPurpose(t *testing.T, dsn string) {
	ctx := context.Background()
	l := open(t, dsn)
	holder := mustBegin(t, l, folioIntent(t, "D", "1"))
	mustFinish(t, l, holder.ID, Outcome{Status: settle.Created, ProviderID: "10"})
	again := folioIntent(t, "D", "1")
	again.Duplicate = true
	first := mustBegin(t, l, again)
	second := mustBegin(t, l, again)
	if !first.Duplicate || !second.Duplicate || first.ID == second.ID {
		t.Fatalf("duplicates on purpose: %+v, %+v", first, second)
	}
	if got, _ := l.Get(ctx, first.ID); !got.Duplicate {
		t.Errorf("Get does not say it was a duplicate on purpose: %+v", got)
	}
	if f, err := l.FindFolio(ctx, "sandbox", "452", "D", "1"); err != nil || f.ID != holder.ID {
		t.Errorf("FindFolio = %d, %v; want the holder %d", f.ID, err, holder.ID)
	}
	if _, err := l.Begin(ctx, folioIntent(t, "D", "1")); !errors.As(err, new(*DuplicateError)) {
		t.Errorf("an ordinary Begin after duplicates: %v, want DuplicateError", err)
	}
	order := Intent{Provider: PagoFacil, Operation: Transaccion, Environment: "sandbox", OrderID: "o-dup"}
	declined := mustBegin(t, l, order)
	mustFinish(t, l, declined.ID, Outcome{Status: settle.Declined})
	order.Duplicate = true
	mustBegin(t, l, order)
}

// testBeginRefs: references given with the intent are there after Begin
// and kept when Finish adds more; only the outcome's are found by value.
func testBeginRefs(t *testing.T, dsn string) {
	ctx := context.Background()
	l := open(t, dsn)
	in := folioIntent(t, "R", "9")
	in.Refs = []Ref{{RefSinceID, "41"}, {RefSinceID, "41"}, {RefSyncUser, ""}}
	e := mustBegin(t, l, in)
	if len(e.Refs) != 1 || e.Ref(RefSinceID) != "41" {
		t.Fatalf("Begin refs = %+v", e.Refs)
	}
	if got, _ := l.Get(ctx, e.ID); got.Ref(RefSinceID) != "41" {
		t.Errorf("Get after Begin: refs %+v", got.Refs)
	}
	fin := mustFinish(t, l, e.ID, Outcome{Status: settle.Created, Refs: []Ref{{RefBankReference, "380010000000096306229"}}})
	if len(fin.Refs) != 2 {
		t.Errorf("Finish refs = %+v", fin.Refs)
	}
	if byRef, err := l.FindReference(ctx, "sandbox", "41"); err != nil || len(byRef) != 0 {
		t.Errorf("FindReference found an intent's ref (context, not a reference the provider issued): %+v, %v", byRef, err)
	}
	if byRef, err := l.FindReference(ctx, "sandbox", "380010000000096306229"); err != nil || len(byRef) != 1 {
		t.Errorf("FindReference of an outcome's ref = %+v, %v", byRef, err)
	}
}

func schemaVersions(t *testing.T, l Ledger) []int {
	t.Helper()
	s := l.(*store)
	rows, err := s.r.Query(`SELECT version FROM schema_migrations ORDER BY version`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []int
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			t.Fatal(err)
		}
		out = append(out, v)
	}
	return out
}

func testRefusesNewerSchema(t *testing.T, dsn string) {
	l := open(t, dsn)
	s := l.(*store)
	if _, err := s.w.Exec(s.d.rebind(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'future', 'x')`), 99); err != nil {
		t.Fatal(err)
	}
	l.Close()
	if l, err := Open(context.Background(), dsn); err == nil {
		l.Close()
		t.Fatal("opening a ledger of a newer schema succeeded")
	} else if want := "newer than this mxpay knows"; !strings.Contains(err.Error(), want) {
		t.Errorf("error %q does not say %q", err, want)
	}
}

func testRedactsTextFields(t *testing.T, dsn string) {
	hook := func(s string) string { return strings.ReplaceAll(s, "sk_PLANTED_key_1234", "***") }
	l := open(t, dsn, WithRedact(hook))
	e := mustBegin(t, l, Intent{Provider: PagoFacil, Operation: Transaccion, Environment: "sandbox", OrderID: "o-9",
		Message: "card 4111111111111111 key sk_PLANTED_key_1234"})
	got := mustFinish(t, l, e.ID, Outcome{Status: settle.Created, Raw: `{"numeroTarjeta":"5555555555554444","k":"sk_PLANTED_key_1234"}`,
		Refs: []Ref{{RefAuthorization, "4111111111111111"}, {RefSTPClabe, "646180109301000010"}}})
	for _, s := range []string{got.Message, got.Raw, got.Ref(RefAuthorization)} {
		for _, secret := range []string{"4111111111111111", "5555555555554444", "sk_PLANTED_key_1234"} {
			if strings.Contains(s, secret) {
				t.Errorf("stored %q contains %s", s, secret)
			}
		}
	}
	if got.Ref(RefSTPClabe) != "646180109301000010" {
		t.Errorf("the CLABE was masked: %q", got.Ref(RefSTPClabe))
	}
	if _, err := l.Begin(context.Background(), Intent{Provider: PagoFacil, Operation: Transaccion, Environment: "sandbox",
		OrderID: "sk_PLANTED_key_1234"}); !errors.As(err, new(*IntentError)) {
		t.Errorf("an order id holding a secret: %v, want IntentError", err)
	}
}

func testClosedLedger(t *testing.T, dsn string) {
	l, err := Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	l.Close()
	if _, err := l.Begin(context.Background(), folioIntent(t, "", "1")); !errors.Is(err, ErrClosed) {
		t.Errorf("Begin after Close: %v, want ErrClosed", err)
	}
}

func testCancelledBeforeEnqueued(t *testing.T, dsn string) {
	l := open(t, dsn)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := l.Begin(ctx, folioIntent(t, "", "3")); !errors.Is(err, context.Canceled) {
		t.Fatalf("Begin with a cancelled context: %v", err)
	}
	// Nothing was recorded, so the folio is free.
	mustBegin(t, l, folioIntent(t, "", "3"))
}
