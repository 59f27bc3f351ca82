package reconcile

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mxpay/mxpay/internal/money"
)

func amt(s string) money.Amount {
	a, err := money.ParseWire(s)
	if err != nil {
		panic(err)
	}
	return a
}

var day0 = time.Date(2026, 3, 2, 15, 6, 5, 0, time.UTC)

func day(n int) time.Time { return day0.Add(time.Duration(n) * 24 * time.Hour) }

func req(id, amount string, refs ...string) Request {
	return Request{ID: id, Status: Pending, Amount: amt(amount), Created: day0, Due: day(30), References: refs}
}

func dep(id, amount string, when time.Time, description string) Transaction {
	return Transaction{ID: id, Account: "acc-1", Amount: amt(amount), Date: when, Description: description}
}

func seq[T any](items ...T) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		for _, it := range items {
			if !yield(it, nil) {
				return
			}
		}
	}
}

func reconcileAll(t *testing.T, reqs []Request, txs []Transaction) *Report {
	t.Helper()
	r, err := Run(context.Background(), seq(reqs...), seq(txs...), Options{})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// summary is a report in one comparable string.
func summary(r *Report) string {
	var b strings.Builder
	for _, m := range r.Matched {
		fmt.Fprintf(&b, "match %s=%s by %s; ", m.Request.ID, m.Transaction.ID, m.Rule)
	}
	for _, a := range r.Ambiguous {
		var ts, rs []string
		for _, t := range a.Transactions {
			ts = append(ts, t.ID)
		}
		for _, q := range a.Requests {
			rs = append(rs, q.ID)
		}
		fmt.Fprintf(&b, "ambiguous %s~%s; ", strings.Join(ts, ","), strings.Join(rs, ","))
	}
	for _, u := range r.Unmatched {
		fmt.Fprintf(&b, "unmatched %s; ", u.ID)
	}
	for _, u := range r.Unpaid {
		fmt.Fprintf(&b, "unpaid %s; ", u.ID)
	}
	return strings.TrimSuffix(b.String(), "; ")
}

const bankRef = "380010000000096306229"

func TestRules(t *testing.T) {
	tests := []struct {
		name string
		reqs []Request
		txs  []Transaction
		want string
	}{
		{"reference in the description, spaced and lower-case",
			[]Request{req("R1", "1160.00", bankRef)},
			[]Transaction{dep("T1", "1160.00", day(2), "deposito ref 3800 1000 0000 0963 0622 9")},
			"match R1=T1 by reference"},
		{"reference glued to letters",
			[]Request{req("R1", "1160.00", bankRef)},
			[]Transaction{dep("T1", "999.00", day(2), "DEP.REF"+bankRef+"SANTANDER")},
			"match R1=T1 by reference"},
		{"reference in the reference field, amount differs (partial payment still carries it)",
			[]Request{req("R1", "1160.00", bankRef)},
			[]Transaction{{ID: "T1", Amount: amt("500"), Date: day(2), Reference: bankRef}},
			"match R1=T1 by reference"},
		{"a reference that is a prefix of a longer number does not match",
			[]Request{req("R1", "1160.00", bankRef[:20])},
			[]Transaction{dep("T1", "1160.01", day(2), "REF "+bankRef)},
			"unmatched T1; unpaid R1"},
		{"short references are ignored",
			[]Request{req("R1", "1160.00", "38")},
			[]Transaction{dep("T1", "250.00", day(2), "PAGO 38")},
			"unmatched T1; unpaid R1"},
		{"a CLABE shared by two requests: the amount decides",
			[]Request{req("R1", "100.00", "646180109301000010"), req("R2", "200.00", "646180109301000010")},
			[]Transaction{dep("T1", "200.00", day(1), "SPEI 646180109301000010")},
			"match R2=T1 by reference+amount; unpaid R1"},
		{"a CLABE shared by two requests of the same amount is ambiguous",
			[]Request{req("R1", "100.00", "646180109301000010"), req("R2", "100.00", "646180109301000010")},
			[]Transaction{dep("T1", "100.00", day(1), "SPEI 646180109301000010")},
			"ambiguous T1~R1,R2"},
		{"references of two requests in one deposit are ambiguous",
			[]Request{req("R1", "100.00", "111111111111"), req("R2", "200.00", "222222222222")},
			[]Transaction{dep("T1", "300.00", day(1), "111111111111 222222222222")},
			"ambiguous T1~R1,R2"},
		{"exact amount, one candidate on both sides",
			[]Request{req("R1", "1160.00"), req("R2", "99.00")},
			[]Transaction{dep("T1", "1160.0", day(3), "DEPOSITO EN EFECTIVO")},
			"match R1=T1 by amount; unpaid R2"},
		{"two deposits for one request of that amount",
			[]Request{req("R1", "1160.00")},
			[]Transaction{dep("T1", "1160.00", day(3), "DEP"), dep("T2", "1160.00", day(4), "DEP")},
			"ambiguous T1,T2~R1"},
		{"one deposit, two requests of its amount",
			[]Request{req("R1", "1160.00"), req("R2", "1160.00")},
			[]Transaction{dep("T1", "1160.00", day(3), "DEP")},
			"ambiguous T1~R1,R2"},
		{"a chain of candidates is one tie",
			[]Request{req("R1", "50.00"), {ID: "R2", Status: Pending, Amount: amt("50.00"), Created: day(10), Due: day(20)}},
			[]Transaction{dep("T1", "50.00", day(1), ""), dep("T2", "50.00", day(15), ""), dep("T3", "50.00", day(40), "")},
			"ambiguous T1,T2~R1,R2; unmatched T3"},
		{"outside the window",
			[]Request{req("R1", "10.00")},
			[]Transaction{dep("T1", "10.00", day(-2), "before"), dep("T2", "10.00", day(34), "after due + grace")},
			"unmatched T1; unmatched T2; unpaid R1"},
		{"inside the lead and the grace",
			[]Request{req("R1", "10.00")},
			[]Transaction{dep("T1", "10.00", day0.Truncate(24*time.Hour), "the morning of the request")},
			"match R1=T1 by amount"},
		{"a second deposit of a request matched by reference is ambiguous",
			[]Request{req("R1", "1160.00", bankRef)},
			[]Transaction{dep("T1", "1160.00", day(2), "REF "+bankRef), dep("T2", "1160.00", day(3), "DEPOSITO")},
			"match R1=T1 by reference; ambiguous T2~R1"},
		{"two deposits carrying one reference: the earliest pays, the other is ambiguous",
			[]Request{req("R1", "1160.00", bankRef)},
			[]Transaction{dep("T2", "1160.00", day(5), "REF "+bankRef), dep("T1", "1160.00", day(2), "REF "+bankRef)},
			"match R1=T1 by reference; ambiguous T2~R1"},
		{"withdrawals and zero amounts are skipped",
			[]Request{req("R1", "10.00")},
			[]Transaction{dep("T1", "-10.00", day(1), ""), dep("T2", "0", day(1), "")},
			"unpaid R1"},
		{"paid requests explain deposits but are never unpaid",
			[]Request{{ID: "R1", Status: Paid, Amount: amt("10.00"), Created: day0}, {ID: "R2", Status: Paid, Amount: amt("20.00"), Created: day0}},
			[]Transaction{dep("T1", "10.00", day(1), "")},
			"match R1=T1 by amount"},
		{"a request without a due date gets the default term",
			[]Request{{ID: "R1", Status: Pending, Amount: amt("10.00"), Created: day0}},
			[]Transaction{dep("T1", "10.00", day(33), ""), dep("T2", "10.00", day(35), "")},
			"match R1=T1 by amount; unmatched T2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := summary(reconcileAll(t, tt.reqs, tt.txs)); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestCountsAndStreaming(t *testing.T) {
	reqs := []Request{req("R1", "10.00")}
	txs := []Transaction{dep("T1", "10.00", day(1), ""), dep("T2", "7.00", day(1), ""), dep("T3", "-1", day(1), ""), dep("T4", "8.00", day(1), "")}
	var streamed []string
	r, err := Run(context.Background(), seq(reqs...), seq(txs...), Options{OnUnmatched: func(tx Transaction) error {
		streamed = append(streamed, tx.ID)
		return nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	if r.Deposits != 3 || r.Skipped != 1 || r.UnmatchedCount != 2 || len(r.Unmatched) != 0 || !slices.Equal(streamed, []string{"T2", "T4"}) {
		t.Errorf("report %+v, streamed %v", r, streamed)
	}
	stop := errors.New("stop")
	if _, err := Run(context.Background(), seq(reqs...), seq(txs...), Options{OnUnmatched: func(Transaction) error { return stop }}); !errors.Is(err, stop) {
		t.Errorf("OnUnmatched error: %v", err)
	}
}

func TestErrorsStopRun(t *testing.T) {
	boom := errors.New("sync said 500")
	failing := func(yield func(Transaction, error) bool) { yield(Transaction{}, boom) }
	if _, err := Run(context.Background(), seq(req("R1", "1")), failing, Options{}); !errors.Is(err, boom) {
		t.Errorf("transactions error: %v", err)
	}
	failingReqs := func(yield func(Request, error) bool) { yield(Request{}, boom) }
	if _, err := Run(context.Background(), failingReqs, seq[Transaction](), Options{}); !errors.Is(err, boom) {
		t.Errorf("requests error: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Run(ctx, seq(req("R1", "1")), generate(5000, 10), Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
}

func TestDeterministic(t *testing.T) {
	reqs := generateRequests(500)
	a, err := Run(context.Background(), seq(reqs...), generate(20000, 500), Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Run(context.Background(), seq(reqs...), generate(20000, 500), Options{})
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two runs over the same input differ")
	}
	if len(a.Matched) == 0 || len(a.Ambiguous) == 0 || a.UnmatchedCount == 0 {
		t.Errorf("the generated data should exercise every outcome: %d matched, %d ambiguous, %d unmatched",
			len(a.Matched), len(a.Ambiguous), a.UnmatchedCount)
	}
}
