package facti

import (
	"bytes"
	"testing"

	"github.com/mxpay/mxpay/internal/errs"
)

// The parsers of untrusted input: each returns a value or a usage error,
// and never panics.

func FuzzParseBulk(f *testing.F) {
	f.Add([]byte("folio,to_name,to_email,amount\n1,X,a@b.mx,10\n"))
	f.Add([]byte("folio,serie,to-email,total_amount,group,payment_ways_ids\n1,A,a@b.mx,300,A:1:100;B:2:200,1 2\n"))
	f.Add([]byte("folio,to_name,to_email,amount\n1,X,a@b.mx,\"10\n")) // unterminated quote
	f.Add([]byte("folio,to_name,to_email,amount\n\"1"))               // a record that opens a quote and never closes it
	f.Add([]byte("\ufefffolio,colour\n1,red\n"))
	f.Add([]byte("folio,amount\n\"a\"b,1\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		rows, err := parseBulk("fuzz.csv", bytes.NewReader(data), requestFlags{FromRFC: "EMU190101AB1", ToName: "X", ToEmails: []string{"a@b.mx"}})
		if err != nil {
			if !errs.Is(err, errs.Usage) {
				t.Fatalf("not a usage error: %v", err)
			}
			return
		}
		for _, r := range rows {
			if r.req.Validate() != nil || r.line < 2 {
				t.Fatalf("accepted an invalid row %d", r.line)
			}
		}
	})
}

func FuzzParseConcepts(f *testing.F) {
	f.Add([]byte(`[{"quantity":2,"unit":"PIEZA","description":"Monitor","pu":"2500.00","total":5000}]`))
	f.Add([]byte(`[{"quantity":{},"x":1}]`))
	f.Add([]byte(`{"a":1}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, err := parseConcepts("fuzz.json", data); err != nil && !errs.Is(err, errs.Usage) {
			t.Fatalf("not a usage error: %v", err)
		}
	})
}

func FuzzParseReceiver(f *testing.F) {
	f.Add([]byte(`{"rfc":"XAXX010101000","nombre":"Cliente","domicilio_cp":"01000"}`))
	f.Add([]byte(`{"rfc":"X"}{"rfc":"Y"}`))
	f.Add([]byte(`{"colour":"red"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, err := parseReceiver("fuzz.json", data); err != nil && !errs.Is(err, errs.Usage) {
			t.Fatalf("not a usage error: %v", err)
		}
	})
}

func FuzzParseJournal(f *testing.F) {
	f.Add([]byte(`{"key":"B/1","line":2,"state":"created","request_id":"5"}` + "\n" + `{"key":"B/2","line":3,"state":"unknown","sent_by":"2030-01-01T00:00:00Z","since_id":4}` + "\n" + `{"key":"B/3","li`))
	f.Add([]byte("\n\n{}\n[1]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for key, e := range parseJournal(data) {
			if key == "" || e.Key != key {
				t.Fatalf("entry under %q: %+v", key, e)
			}
		}
	})
}

func FuzzSeenIDs(f *testing.F) {
	f.Add([]byte(`{"received_at":"2030-01-01T00:00:00Z","payment_id":"5","ipn_type":"1","data":{"id":5}}` + "\n"))
	f.Add([]byte("{\"payment_id\":5}\n{\"payment_id\":\"\"}\nnot json\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for line := range bytes.SplitSeq(data, []byte("\n")) {
			if id := paymentIDOf(line); id != "" && !bytes.Contains(line, []byte(id)) {
				t.Fatalf("payment id %q read from a line without it: %q", id, line)
			}
		}
	})
}
