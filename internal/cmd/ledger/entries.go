package ledger

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/ledger"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/mxpay/mxpay/internal/settle"
)

// What `ledger list` and `pagofacil charges list` share: the columns of an
// entry, the filters people give as flags, and exact totals.

// EntryColumns are an entry's columns, named after its JSON keys.
func EntryColumns() []output.Column[ledger.Entry] {
	return []output.Column[ledger.Entry]{
		{Name: "id", Header: "ID", Value: func(e ledger.Entry) string { return fmt.Sprint(e.ID) }},
		{Name: "created", Header: "CREATED", Value: func(e ledger.Entry) string { return FormatTime(e.Created) }},
		{Name: "provider", Header: "PROVIDER", Value: func(e ledger.Entry) string { return string(e.Provider) }},
		{Name: "operation", Header: "OPERATION", Value: func(e ledger.Entry) string { return string(e.Operation) }},
		{Name: "environment", Header: "ENV", Value: func(e ledger.Entry) string { return e.Environment }},
		{Name: "profile", Header: "PROFILE", Value: func(e ledger.Entry) string { return e.Profile }},
		{Name: "company_id", Header: "COMPANY", Value: func(e ledger.Entry) string { return e.CompanyID }},
		{Name: "serie", Header: "SERIE", Value: func(e ledger.Entry) string { return e.Serie }},
		{Name: "folio", Header: "FOLIO", Value: func(e ledger.Entry) string { return e.Folio }},
		{Name: "order_id", Header: "ORDER", Value: func(e ledger.Entry) string { return e.OrderID }},
		{Name: "provider_id", Header: "PROVIDER ID", Value: func(e ledger.Entry) string { return e.ProviderID }},
		{Name: "amount", Header: "AMOUNT", Value: func(e ledger.Entry) string { return AmountOf(e) }},
		{Name: "currency", Header: "CUR", Value: func(e ledger.Entry) string { return e.Currency }},
		{Name: "status", Header: "STATUS", Value: func(e ledger.Entry) string { return string(e.Status) }, Words: true},
		{Name: "updated", Header: "UPDATED", Value: func(e ledger.Entry) string { return FormatTime(e.Updated) }},
		{Name: "who", Header: "WHO", Value: func(e ledger.Entry) string { return WhoOf(e) }},
		{Name: "refs", Header: "REFERENCES", Value: func(e ledger.Entry) string { return RefsText(e.Refs) }},
		{Name: "message", Header: "MESSAGE", Value: func(e ledger.Entry) string { return e.Message }},
	}
}

// DefaultListFields are the columns a table shows unless --fields says
// otherwise: the rest are in csv and json.
var DefaultListFields = []string{"id", "created", "provider", "operation", "environment", "serie", "folio", "order_id", "provider_id", "amount", "status", "message"}

// RawEntry is an entry's JSON form: the ledger's own shape.
func RawEntry(e ledger.Entry) json.RawMessage { return output.MarshalRaw(e) }

// FormatTime is a stored time in the local zone, to the second.
func FormatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Local().Format("2006-01-02 15:04:05")
}

// AmountOf is the amount, exact, or "" for an operation without one.
func AmountOf(e ledger.Entry) string {
	if e.Currency == "" && e.Amount.IsZero() {
		return ""
	}
	return e.Amount.String()
}

// WhoOf is who sent it, and from where.
func WhoOf(e ledger.Entry) string {
	if e.Host == "" {
		return e.Who
	}
	return e.Who + "@" + e.Host
}

// RefsText is the references as kind=value, separated by ";".
func RefsText(refs []ledger.Ref) string {
	parts := make([]string, len(refs))
	for i, r := range refs {
		parts[i] = string(r.Kind) + "=" + r.Value
	}
	return strings.Join(parts, ";")
}

// Statuses are the outcome names --status accepts; "pending" means both
// in_flight and unknown, what still needs a lookup.
var Statuses = []string{string(settle.InFlight), string(settle.Unknown), string(settle.Created), string(settle.Found),
	string(settle.Declined), string(settle.Failed), "pending"}

// ParseStatuses reads --status values (repeatable, or comma-separated).
func ParseStatuses(values []string) ([]ledger.Status, error) {
	var out []ledger.Status
	for _, v := range values {
		for s := range strings.SplitSeq(v, ",") {
			s = strings.ToLower(strings.TrimSpace(strings.ReplaceAll(s, "-", "_")))
			switch s {
			case "":
			case "pending":
				out = append(out, settle.InFlight, settle.Unknown)
			case string(settle.InFlight), string(settle.Unknown), string(settle.Created), string(settle.Found), string(settle.Declined), string(settle.Failed):
				out = append(out, ledger.Status(s))
			default:
				return nil, cmdutil.UsageErrorf("--status %q: use %s", s, strings.Join(Statuses, ", "))
			}
		}
	}
	return out, nil
}

// ParseTime reads --since and --until: a date (YYYY-MM-DD, local
// midnight), a date and time (RFC 3339, or "YYYY-MM-DD HH:MM:SS" local),
// "today", "yesterday", or a duration back from now (24h, 90m).
func ParseTime(flag, v string, now time.Time) (time.Time, error) {
	v = strings.TrimSpace(v)
	midnight := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, now.Location())
	switch strings.ToLower(v) {
	case "":
		return time.Time{}, nil
	case "today":
		return midnight, nil
	case "yesterday":
		return midnight.AddDate(0, 0, -1), nil
	}
	if t, err := time.ParseInLocation("2006-01-02", v, now.Location()); err == nil {
		return t, nil
	}
	if t, err := time.ParseInLocation("2006-01-02 15:04:05", v, now.Location()); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339, v); err == nil {
		return t, nil
	}
	if d, err := time.ParseDuration(v); err == nil && d > 0 {
		return now.Add(-d), nil
	}
	return time.Time{}, cmdutil.UsageErrorf("--%s %q: write a date (2026-03-01), a date and time (\"2026-03-01 14:00:00\" or RFC 3339), today, yesterday, or a duration back from now (24h)", flag, v)
}
