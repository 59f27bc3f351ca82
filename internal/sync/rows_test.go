package sync

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
)

// A page is decoded in the pass that validates it, and every row keeps its
// bytes as Sync sent them: what -o json prints.
func TestTransactionsKeepTheirBytes(t *testing.T) {
	rows := []string{
		`{"id_transaction":"t1","amount":1234.50,"description":"DEP\u00d3SITO \"SPEI\"\\n","new_member":{"nested":["]}"]},"dt_transaction":1700000000}`,
		`{"id_transaction":"t2","amount":1e400,"reference":null,"attachments":[{"id_attachment":"a1"}]}`,
		`{ "id_transaction" : "t3", "amount" : -123456789012345678901234567890.10 }`,
	}
	page := "[" + strings.Join(rows, ",\n") + "]"
	h := newHostile(t, map[string]route{"GET /v1/transactions": func(_ int, w http.ResponseWriter, r *http.Request) {
		body := page
		if skip := r.URL.Query().Get("skip"); skip != "" && skip != "0" {
			body = "[]"
		}
		write(w, 200, "application/json", wrap(200, true, body))
	}})
	got, err := collect(t, h.client(time.Second, nil).AllTransactions(context.Background(), "u1", TransactionFilter{}))
	if err != nil || len(got) != 3 {
		t.Fatalf("%d rows, %v", len(got), err)
	}
	for i, tx := range got {
		if string(tx.Raw) != rows[i] {
			t.Errorf("row %d raw = %s\nwant %s", i, tx.Raw, rows[i])
		}
	}
	if got[0].Amount != "1234.50" || got[0].Description != "DEPÓSITO \"SPEI\"\\n" || *got[0].DTTransaction != 1700000000 {
		t.Errorf("row 0 = %+v", got[0])
	}
	if got[1].Amount != "1e400" || got[1].Reference != nil || len(got[1].Attachments) != 1 {
		t.Errorf("row 1 = %+v", got[1])
	}
	if got[2].Amount != "-123456789012345678901234567890.10" {
		t.Errorf("row 2 amount = %s", got[2].Amount)
	}
}

// A row of the wrong shape is Sync's reply being unreadable (never quoting
// the value), not a row silently dropped.
func TestTransactionOfTheWrongShapeIsAReplyError(t *testing.T) {
	h := newHostile(t, map[string]route{"GET /v1/transactions": answer(200, wrap(200, true, `[{"id_transaction":"t1"},{"id_transaction":["secret-9"]}]`))})
	_, err := h.client(time.Second, nil).Transactions(context.Background(), "u1", TransactionFilter{})
	var re *ReplyError
	if !errors.As(err, &re) || re.Reason == "" || strings.Contains(err.Error(), "secret-9") {
		t.Fatalf("%v", err)
	}
	// Sync's refusal wins over the shape of its response.
	h = newHostile(t, map[string]route{"GET /v1/transactions": answer(404, wrap(404, false, `{"id_transaction":5}`))})
	if _, err := h.client(time.Second, nil).Transactions(context.Background(), "u1", TransactionFilter{}); !IsNotFound(err) {
		t.Fatalf("%v", err)
	}
}

// Reading a few hundred thousand rows page by page holds a few pages, not
// the rows.
func TestPagingMemoryStaysFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 300,000 rows")
	}
	const pages, perPage = 300, 1000
	row := `{"id_transaction":"%d","id_account":"5703f88223428348328b45db","id_credential":"5e1d5734e849507b770c5007","description":"ACME Checking Transaction %d","amount":-1234.50,"currency":"MXN","attachments":[],"reference":"ref %d","dt_transaction":1533099600,"dt_refresh":1561500261,"padding":"` + strings.Repeat("x", 300) + `"}`
	h := newHostile(t, map[string]route{"GET /v1/transactions": func(_ int, w http.ResponseWriter, r *http.Request) {
		skip, _ := strconv.Atoi(r.URL.Query().Get("skip"))
		var b strings.Builder
		b.WriteByte('[')
		for i := skip; i < skip+perPage && i < pages*perPage; i++ {
			if i > skip {
				b.WriteByte(',')
			}
			fmt.Fprintf(&b, row, i, i, i)
		}
		b.WriteByte(']')
		write(w, 200, "application/json", wrap(200, true, b.String()))
	}})
	c := h.client(10*time.Second, nil)
	n, peak := 0, uint64(0)
	before := heapInUse()
	for tx, err := range c.AllTransactions(context.Background(), "u1", TransactionFilter{ListParams: ListParams{Limit: perPage}}) {
		if err != nil {
			t.Fatal(err)
		}
		if n%50_000 == 0 {
			peak = max(peak, heapInUse())
		}
		n++
		_ = tx
	}
	if n != pages*perPage {
		t.Fatalf("%d rows", n)
	}
	// A page is ~500 KB, decoded ~1 MB; the rows would be ~200 MB.
	if grown := int64(peak) - int64(before); grown > 24<<20 {
		t.Errorf("heap grew by %d MB while paging %d rows", grown>>20, n)
	}
}

func heapInUse() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapInuse
}

// api's --paginate reads raw replies with the client's rule.
func TestSkipCursorFromReplies(t *testing.T) {
	c := NewSkipCursor(0)
	page := wrap(200, true, `[{"id":1},{"id":2}]`)
	if !c.NextFromReply([]byte(page)) || c.Skip() != 2 {
		t.Fatalf("first page: skip %d", c.Skip())
	}
	// The same rows again: the server ignores skip.
	if c.NextFromReply([]byte(page)) {
		t.Error("a repeated page did not end the paging")
	}
	for _, body := range []string{wrap(200, true, `[]`), wrap(200, true, `null`), `<html>`, wrap(200, true, `{"id":1}`)} {
		if NewSkipCursor(0).NextFromReply([]byte(body)) {
			t.Errorf("%s did not end the paging", body)
		}
	}
}
