package ledger

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/money"
	"github.com/mxpay/mxpay/internal/settle"
)

// backend opens a fresh, empty ledger for one test and returns its dsn, so
// a test can open it again (another "process").
type backend func(t testing.TB) string

// runSuite runs the behaviour every backend must share.
func runSuite(t *testing.T, fresh backend) {
	tests := map[string]func(t *testing.T, dsn string){
		"BeginFinishGet":          testBeginFinishGet,
		"DuplicateFolio":          testDuplicateFolio,
		"FailedReleasesKey":       testFailedReleasesKey,
		"DeclinedKeepsOrder":      testDeclinedKeepsOrder,
		"MarkPaidOnce":            testMarkPaidOnce,
		"Transitions":             testTransitions,
		"IntentProblems":          testIntentProblems,
		"ListFilters":             testListFilters,
		"ConcurrentSameFolio":     testConcurrentSameFolio,
		"ConcurrentDistinct":      testConcurrentDistinct,
		"ReopenKeepsEntries":      testReopenKeepsEntries,
		"UpgradeFromVersion1":     testUpgradeFromVersion1,
		"RefusesNewerSchema":      testRefusesNewerSchema,
		"RedactsTextFields":       testRedactsTextFields,
		"ClosedLedger":            testClosedLedger,
		"CancelledBeforeEnqueued": testCancelledBeforeEnqueued,
		"DuplicateOnPurpose":      testDuplicateOnPurpose,
		"BeginRefs":               testBeginRefs,
	}
	for name, test := range tests {
		t.Run(name, func(t *testing.T) { test(t, fresh(t)) })
	}
}

func open(t testing.TB, dsn string, opts ...Option) Ledger {
	t.Helper()
	l, err := Open(context.Background(), dsn, opts...)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { l.Close() })
	return l
}

func amount(t testing.TB, s string) money.Amount {
	t.Helper()
	a, err := money.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func folioIntent(t testing.TB, serie, folio string) Intent {
	return Intent{Provider: Facti, Operation: NewRequest, Environment: "sandbox", Profile: "default",
		CompanyID: "452", Serie: serie, Folio: folio, Amount: amount(t, "1160.00"), Currency: "MXN"}
}

func mustBegin(t *testing.T, l Ledger, in Intent) Entry {
	t.Helper()
	e, err := l.Begin(context.Background(), in)
	if err != nil {
		t.Fatalf("Begin(%+v): %v", in, err)
	}
	return e
}

func mustFinish(t *testing.T, l Ledger, id int64, out Outcome) Entry {
	t.Helper()
	e, err := l.Finish(context.Background(), id, out)
	if err != nil {
		t.Fatalf("Finish(%d, %s): %v", id, out.Status, err)
	}
	return e
}

func testBeginFinishGet(t *testing.T, dsn string) {
	ctx := context.Background()
	l := open(t, dsn, WithIdentity("ana", "caja-1"))
	e := mustBegin(t, l, folioIntent(t, "A", "12"))
	if e.ID == 0 || e.Status != settle.InFlight || e.Who != "ana" || e.Host != "caja-1" || e.Created.IsZero() {
		t.Fatalf("Begin returned %+v", e)
	}
	got, err := l.Get(ctx, e.ID)
	if err != nil || got.Status != settle.InFlight || got.Amount.String() != "1160.00" || got.Folio != "12" {
		t.Fatalf("Get after Begin = %+v, %v", got, err)
	}
	refs := []Ref{{RefSTPReference, "38"}, {RefSTPClabe, "646180109301000010"},
		{RefBankReference, "380010000000096306229"}, {RefBankAgreement, "4381"}}
	fin := mustFinish(t, l, e.ID, Outcome{Status: settle.Created, ProviderID: "38", Refs: refs, Message: "created", Raw: `{"result":1}`})
	if fin.Status != settle.Created || fin.ProviderID != "38" || len(fin.Refs) != 4 || fin.Ref(RefBankReference) != "380010000000096306229" {
		t.Fatalf("Finish returned %+v", fin)
	}
	got, err = l.Get(ctx, e.ID)
	if err != nil || got.Status != settle.Created || got.Raw != `{"result":1}` || len(got.Refs) != 4 || got.Updated.Before(got.Created) {
		t.Fatalf("Get after Finish = %+v, %v", got, err)
	}
	if f, err := l.FindFolio(ctx, "sandbox", "452", "A", "12"); err != nil || f.ID != e.ID {
		t.Errorf("FindFolio = %+v, %v", f, err)
	}
	if _, err := l.FindFolio(ctx, "sandbox", "452", "", "12"); !errors.Is(err, ErrNotFound) {
		t.Errorf("FindFolio with another serie: %v, want ErrNotFound", err)
	}
	byRef, err := l.FindReference(ctx, "sandbox", "380010000000096306229")
	if err != nil || len(byRef) != 1 || byRef[0].ID != e.ID {
		t.Errorf("FindReference = %+v, %v", byRef, err)
	}
	if byRef, _ := l.FindReference(ctx, "production", "380010000000096306229"); len(byRef) != 0 {
		t.Errorf("FindReference in another environment found %d", len(byRef))
	}
	var created []Entry
	for c, err := range l.CreatedRequests(ctx, "sandbox", "452", time.Time{}) {
		if err != nil {
			t.Fatal(err)
		}
		created = append(created, c)
	}
	if len(created) != 1 || created[0].Ref(RefSTPClabe) != "646180109301000010" {
		t.Errorf("CreatedRequests = %+v", created)
	}
	if _, err := l.Get(ctx, e.ID+1000); !errors.Is(err, ErrNotFound) {
		t.Errorf("Get of a missing id: %v, want ErrNotFound", err)
	}
}

func testDuplicateFolio(t *testing.T, dsn string) {
	l := open(t, dsn)
	first := mustBegin(t, l, folioIntent(t, "A", "7"))
	_, err := l.Begin(context.Background(), folioIntent(t, "A", "7"))
	var dup *DuplicateError
	if !errors.As(err, &dup) || dup.Existing.ID != first.ID || dup.Existing.Status != settle.InFlight {
		t.Fatalf("second Begin: %v, want a DuplicateError naming entry %d", err, first.ID)
	}
	// Another serie, company or environment is another key.
	other := folioIntent(t, "B", "7")
	mustBegin(t, l, other)
	other.Serie, other.CompanyID = "A", "999"
	mustBegin(t, l, other)
	other.CompanyID, other.Environment = "452", "production"
	mustBegin(t, l, other)
}

func testFailedReleasesKey(t *testing.T, dsn string) {
	ctx := context.Background()
	l := open(t, dsn)
	first := mustBegin(t, l, folioIntent(t, "", "100"))
	mustFinish(t, l, first.ID, Outcome{Status: settle.Failed, Message: "result 0: folio inválido"})
	second := mustBegin(t, l, folioIntent(t, "", "100"))
	if f, err := l.FindFolio(ctx, "sandbox", "452", "", "100"); err != nil || f.ID != second.ID {
		t.Errorf("FindFolio = %d, %v; want the new holder %d", f.ID, err, second.ID)
	}
	mustFinish(t, l, second.ID, Outcome{Status: settle.Unknown})
	if _, err := l.Begin(ctx, folioIntent(t, "", "100")); !errors.As(err, new(*DuplicateError)) {
		t.Errorf("Begin while an unknown entry holds the folio: %v, want DuplicateError", err)
	}
	mustFinish(t, l, second.ID, Outcome{Status: settle.Found, ProviderID: "5022"})
	if _, err := l.Begin(ctx, folioIntent(t, "", "100")); !errors.As(err, new(*DuplicateError)) {
		t.Errorf("Begin after found: %v, want DuplicateError", err)
	}
	// The failed entry stays in the record.
	if old, err := l.Get(ctx, first.ID); err != nil || old.Status != settle.Failed {
		t.Errorf("the failed entry = %+v, %v", old, err)
	}
}

func testDeclinedKeepsOrder(t *testing.T, dsn string) {
	l := open(t, dsn)
	charge := Intent{Provider: PagoFacil, Operation: Transaccion, Environment: "sandbox", OrderID: "ord-1",
		Amount: amount(t, "99.90"), Currency: "MXN"}
	e := mustBegin(t, l, charge)
	mustFinish(t, l, e.ID, Outcome{Status: settle.Declined, Refs: []Ref{{RefMaskedCard, "(16) **** **** ****2123"}}})
	_, err := l.Begin(context.Background(), charge)
	var dup *DuplicateError
	if !errors.As(err, &dup) || dup.Existing.Status != settle.Declined {
		t.Fatalf("charging a declined order again: %v, want DuplicateError (declined)", err)
	}
	if got, _ := l.FindOrder(context.Background(), "sandbox", "ord-1"); got.Ref(RefMaskedCard) != "(16) **** **** ****2123" {
		t.Errorf("masked card = %q", got.Ref(RefMaskedCard))
	}
}

func testMarkPaidOnce(t *testing.T, dsn string) {
	l := open(t, dsn)
	mark := Intent{Provider: Facti, Operation: MarkPaid, Environment: "sandbox", CompanyID: "452", ProviderID: "5022"}
	e := mustBegin(t, l, mark)
	mustFinish(t, l, e.ID, Outcome{Status: settle.Created})
	if _, err := l.Begin(context.Background(), mark); !errors.As(err, new(*DuplicateError)) {
		t.Fatalf("marking paid twice: %v, want DuplicateError", err)
	}
	// Deleting has no key.
	del := Intent{Provider: Facti, Operation: Delete, Environment: "sandbox", CompanyID: "452", ProviderID: "5022"}
	mustBegin(t, l, del)
	mustBegin(t, l, del)
}

func testTransitions(t *testing.T, dsn string) {
	ctx := context.Background()
	l := open(t, dsn)
	e := mustBegin(t, l, folioIntent(t, "T", "1"))
	mustFinish(t, l, e.ID, Outcome{Status: settle.Created, Refs: []Ref{{RefBankReference, "111122223333444455556"}}})
	again := mustFinish(t, l, e.ID, Outcome{Status: settle.Created, Refs: []Ref{{RefBankReference, "111122223333444455556"}, {RefSTPReference, "9"}}})
	if len(again.Refs) != 2 {
		t.Errorf("re-finishing with the same outcome: refs %+v, want the two distinct ones", again.Refs)
	}
	var te *TransitionError
	if _, err := l.Finish(ctx, e.ID, Outcome{Status: settle.Failed}); !errors.As(err, &te) || te.From != settle.Created {
		t.Errorf("created → failed: %v, want TransitionError", err)
	}
	if _, err := l.Finish(ctx, e.ID, Outcome{Status: settle.InFlight}); !errors.As(err, new(*IntentError)) {
		t.Errorf("finishing as in_flight: %v, want IntentError", err)
	}
	if _, err := l.Finish(ctx, 99999, Outcome{Status: settle.Created}); !errors.Is(err, ErrNotFound) {
		t.Errorf("finishing a missing entry: %v, want ErrNotFound", err)
	}
	failed := mustBegin(t, l, folioIntent(t, "T", "2"))
	mustFinish(t, l, failed.ID, Outcome{Status: settle.Failed})
	if _, err := l.Finish(ctx, failed.ID, Outcome{Status: settle.Created}); !errors.As(err, &te) {
		t.Errorf("failed → created: %v, want TransitionError (the key was given away)", err)
	}
}

func testIntentProblems(t *testing.T, dsn string) {
	l := open(t, dsn)
	bad := []Intent{
		{Provider: "stripe", Operation: NewRequest, Environment: "sandbox", Folio: "1"},
		{Provider: Facti, Operation: Transaccion, Environment: "sandbox", OrderID: "x"},
		{Provider: Facti, Operation: NewRequest, Folio: "1"},
		{Provider: Facti, Operation: NewRequest, Environment: "sandbox"},
		{Provider: PagoFacil, Operation: Transaccion, Environment: "sandbox"},
		{Provider: Facti, Operation: MarkPaid, Environment: "sandbox"},
		{Provider: PagoFacil, Operation: Transaccion, Environment: "sandbox", OrderID: "4111111111111111"},
	}
	for _, in := range bad {
		if _, err := l.Begin(context.Background(), in); !errors.As(err, new(*IntentError)) {
			t.Errorf("Begin(%+v): %v, want IntentError", in, err)
		}
	}
	for e, err := range l.List(context.Background(), Filter{}) {
		t.Errorf("a refused intent was recorded: %+v, %v", e, err)
	}
}

func testListFilters(t *testing.T, dsn string) {
	ctx := context.Background()
	clock := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	var mu sync.Mutex
	tick := func() time.Time { mu.Lock(); defer mu.Unlock(); clock = clock.Add(time.Hour); return clock }
	l := open(t, dsn, WithClock(tick))
	a := mustBegin(t, l, folioIntent(t, "A", "1"))
	mustFinish(t, l, a.ID, Outcome{Status: settle.Created})
	b := mustBegin(t, l, folioIntent(t, "A", "2"))
	mustFinish(t, l, b.ID, Outcome{Status: settle.Unknown})
	c := mustBegin(t, l, Intent{Provider: PagoFacil, Operation: Transaccion, Environment: "sandbox", OrderID: "o-1",
		Amount: amount(t, "10"), Currency: "MXN"}) // stays in flight
	d := mustBegin(t, l, Intent{Provider: Sync, Operation: CredentialCreate, Environment: "production", Message: "site normal"})
	mustFinish(t, l, d.ID, Outcome{Status: settle.Created, ProviderID: "cred-1", Refs: []Ref{{RefJobID, "job-1"}}})

	ids := func(f Filter) []int64 {
		var out []int64
		for e, err := range l.List(ctx, f) {
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, e.ID)
		}
		return out
	}
	pending := func(f Filter) []int64 {
		var out []int64
		for e, err := range l.Pending(ctx, f) {
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, e.ID)
		}
		return out
	}
	tests := []struct {
		name string
		got  []int64
		want []int64
	}{
		{"all, newest first", ids(Filter{}), []int64{d.ID, c.ID, b.ID, a.ID}},
		{"by id", ids(Filter{Order: ByID}), []int64{a.ID, b.ID, c.ID, d.ID}},
		{"limit", ids(Filter{Limit: 2}), []int64{d.ID, c.ID}},
		{"provider", ids(Filter{Provider: Facti}), []int64{b.ID, a.ID}},
		{"operation", ids(Filter{Operation: CredentialCreate}), []int64{d.ID}},
		{"one status", ids(Filter{Status: []Status{settle.Created}}), []int64{d.ID, a.ID}},
		{"two statuses", ids(Filter{Status: []Status{settle.Unknown, settle.InFlight}}), []int64{c.ID, b.ID}},
		{"environment", ids(Filter{Environment: "production"}), []int64{d.ID}},
		{"since", ids(Filter{Since: b.Created}), []int64{d.ID, c.ID, b.ID}},
		{"until", ids(Filter{Until: b.Created}), []int64{a.ID}},
		{"since and until", ids(Filter{Since: b.Created, Until: c.Created.Add(time.Second)}), []int64{c.ID, b.ID}},
		{"company", ids(Filter{CompanyID: "452"}), []int64{b.ID, a.ID}},
		{"folio", ids(Filter{Folio: "2"}), []int64{b.ID}},
		{"serie and folio", ids(Filter{Serie: "B", Folio: "2"}), nil},
		{"order", ids(Filter{OrderID: "o-1"}), []int64{c.ID}},
		{"provider id", ids(Filter{ProviderID: "cred-1"}), []int64{d.ID}},
		{"pending", pending(Filter{}), []int64{c.ID, b.ID}},
		{"pending ignores status", pending(Filter{Provider: PagoFacil, Status: []Status{settle.Created}}), []int64{c.ID}},
	}
	for _, tt := range tests {
		if fmt.Sprint(tt.got) != fmt.Sprint(tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, tt.got, tt.want)
		}
	}
	// Breaking out of the loop early is fine and releases the rows.
	for range l.List(ctx, Filter{}) {
		break
	}
	if _, err := l.Get(ctx, a.ID); err != nil {
		t.Errorf("Get after an early break: %v", err)
	}
}
