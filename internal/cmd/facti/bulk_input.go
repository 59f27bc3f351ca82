package facti

import (
	"encoding/csv"
	"errors"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/facti"
	"github.com/mxpay/mxpay/internal/i18n"
)

// bulkHeaders maps every accepted CSV header (a flag name or an API field
// name, with - or _) to the flag it sets.
var bulkHeaders = map[string]string{
	"folio": "folio", "serie": "serie",
	"from-rfc": "from-rfc", "to-rfc": "to-rfc",
	"to-name": "to-name", "to-client-name": "to-name",
	"to-email": "to-email",
	"amount":   "amount", "total-amount": "amount",
	"due": "due", "limit-payment-date": "due",
	"paid": "paid", "status": "paid",
	"payment-date": "payment-date",
	"no-email":     "no-email", "send-email-to-client": "send-email",
	"payment-way": "payment-way", "payment-ways-ids": "payment-way",
	"group": "group",
}

// bulkRow is one validated request of a bulk run: a CSV row, or an
// issued invoice (--from-sync-invoices).
type bulkRow struct {
	line int
	req  *facti.NewRequest
	key  string // serie/folio as written: how the rows are told apart
	inv  *invoiceRow
}

// rowKey identifies a request by its serie and folio (a grouped one by its
// invoices), as written; the journals of older mxpay releases used it.
func rowKey(r *facti.NewRequest) string {
	if len(r.Group) > 0 {
		var parts []string
		for _, g := range r.Group {
			parts = append(parts, g.Serie+"/"+g.Folio)
		}
		return "group:" + strings.Join(parts, ",")
	}
	return r.Serie + "/" + r.Folio
}

func truthy(v string) bool {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "1", "true", "yes", "si", "sí", "y":
		return true
	}
	return false
}

func splitList(v string) []string {
	return strings.FieldsFunc(v, func(r rune) bool { return r == ';' || r == ',' || r == ' ' })
}

// readBulk reads and validates every row before anything is sent. Flags
// given on the command line are defaults for every row; a column wins.
// All bad rows are reported at once, by line number (exit 2).
func readBulk(path string, defaults requestFlags) ([]bulkRow, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, cmdutil.UsageErrorf("--from-csv: %v", err)
	}
	defer fh.Close()
	return parseBulk(path, fh, defaults)
}

// parseBulk reads and validates the rows of the CSV named path.
func parseBulk(path string, in io.Reader, defaults requestFlags) ([]bulkRow, error) {
	cr := csv.NewReader(in)
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err != nil {
		return nil, cmdutil.UsageErrorf("--from-csv %s: no header row: %v", path, err)
	}
	fields := make([]string, len(header))
	for i, h := range header {
		name := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))), "_", "-")
		flag, ok := bulkHeaders[name]
		if !ok {
			valid := make([]string, 0, len(bulkHeaders))
			for k := range bulkHeaders {
				valid = append(valid, k)
			}
			sort.Strings(valid)
			return nil, cmdutil.UsageErrorf("--from-csv %s: unknown column %q; valid columns: %s", path, h, strings.Join(valid, ", "))
		}
		fields[i] = flag
	}
	var rows []bulkRow
	var bad []error
	seen := map[string]int{}
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			// A record that failed to parse has no fields, so FieldPos
			// would panic: the line comes from the error.
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				bad = append(bad, lineError(pe.StartLine, pe.Err))
				continue
			}
			return nil, cmdutil.UsageErrorf("--from-csv %s: %v", path, err)
		}
		line, _ := cr.FieldPos(0)
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue // blank line
		}
		o := defaults
		for i, v := range rec {
			if i < len(fields) {
				applyColumn(&o, fields[i], strings.TrimSpace(v))
			}
		}
		r, _, err := o.request()
		if err != nil {
			var ve *facti.ValidationError
			if errors.As(err, &ve) {
				err = facti.Join("; ", ve.Messages()...)
			}
			bad = append(bad, lineError(line, err))
			continue
		}
		key := rowKey(r)
		if prev, dup := seen[key]; dup {
			bad = append(bad, lineError(line, i18n.Errorf("serie/folio %s repeats line %s (each row must be a different request)", key, strconv.Itoa(prev))))
			continue
		}
		seen[key] = line
		rows = append(rows, bulkRow{line: line, req: r, key: key})
	}
	if len(bad) > 0 {
		return nil, cmdutil.UsageErrorf("%s has %v; nothing was sent:\n  %v", path, i18n.Errorf("%d invalid row(s)", len(bad)), facti.Join("\n  ", bad...))
	}
	if len(rows) == 0 {
		return nil, cmdutil.UsageErrorf("%s has no rows", path)
	}
	return rows, nil
}

// applyColumn sets one option from a CSV cell; an empty cell keeps the default.
func applyColumn(o *requestFlags, flag, v string) {
	if v == "" {
		return
	}
	switch flag {
	case "folio":
		o.Folio = v
	case "serie":
		o.Serie = v
	case "from-rfc":
		o.FromRFC = v
	case "to-rfc":
		o.ToRFC = v
	case "to-name":
		o.ToName = v
	case "to-email":
		o.ToEmails = []string{v}
	case "amount":
		o.Amount = v
	case "due":
		o.Due = v
	case "paid":
		o.Paid = truthy(v)
	case "payment-date":
		o.PaymentDate = v
	case "no-email":
		o.NoEmail = truthy(v)
	case "send-email":
		o.NoEmail = !truthy(v)
	case "payment-way":
		o.PaymentWays = splitList(v)
	case "group":
		o.Groups = strings.Split(v, ";")
	}
}
