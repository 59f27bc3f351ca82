package facti

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/mxpay/mxpay/internal/cfdi"
	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/facti"
	"github.com/mxpay/mxpay/internal/i18n"
	syncapi "github.com/mxpay/mxpay/internal/sync"
)

// Bulk from the SAT: every CFDI the company issued (the attachments of the
// Sync user's SAT connection with the keyword "emitidas") dated since
// --since becomes a payment request, unless it has one already (the
// ledger, then Facti's search, say so). The receiver's e-mail comes from
// --emails (receiver RFC → e-mail); invoices whose RFC has none are listed
// and not sent. Every invoice is downloaded and validated before anything
// is sent; credit notes and payment receipts are listed as skipped.

// bulkSource is the rows a bulk run sends and what it lists without
// sending (invoices it cannot or need not send).
type bulkSource struct {
	name    string
	rows    []bulkRow
	skipped []bulkResult
}

// invoiceRow is what a bulk row from an invoice carries besides the request.
type invoiceRow struct {
	attachment, uuid string
}

// issuedKeyword marks the invoices the company issued, as Sync labels the
// SAT's attachments ("emitidas"; received ones are "recibidas").
const issuedKeyword = "emitidas"

// bulkSource reads the rows of --from-csv or --from-sync-invoices.
func (opts *NewOptions) bulkSource(ctx context.Context) (*bulkSource, error) {
	defaults := opts.requestFlags
	var err error
	if defaults.FromRFC, err = setting(opts.Settings, defaults.FromRFC, "facti.from_rfc"); err != nil {
		return nil, err
	}
	if !opts.FromSyncInvoices {
		rows, err := readBulk(opts.FromCSV, defaults)
		return &bulkSource{name: opts.FromCSV, rows: rows}, err
	}
	if opts.FromCSV != "" {
		return nil, cmdutil.UsageErrorf("--from-csv and --from-sync-invoices are two sources of requests: give one")
	}
	if opts.Since == "" {
		return nil, cmdutil.WithHintf(cmdutil.MissingFlagError("since"), "--from-sync-invoices takes the invoices issued since a date: pass --since YYYY-MM-DD")
	}
	since, err := time.ParseInLocation("2006-01-02", opts.Since, time.Local)
	if err != nil {
		return nil, cmdutil.UsageErrorf("--since %q: write a date as YYYY-MM-DD", opts.Since)
	}
	if opts.EmailsFile == "" {
		return nil, cmdutil.WithHintf(cmdutil.MissingFlagError("emails"), "a CFDI has no e-mail: pass --emails FILE.csv with the columns rfc,email")
	}
	emails, err := readEmails(opts.EmailsFile)
	if err != nil {
		return nil, err
	}
	user, err := opts.syncUser()
	if err != nil {
		return nil, err
	}
	sc, err := opts.Sync()
	if err != nil {
		return nil, err
	}
	return opts.invoiceRows(ctx, sc, user, since, emails, defaults)
}

// readEmails reads the RFC → e-mail map: a CSV with the columns rfc and
// email (or to_email); an RFC may repeat, or hold several addresses
// separated by ";". Every bad line is reported at once (exit 2).
func readEmails(path string) (map[string][]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, cmdutil.UsageErrorf("--emails: %v", err)
	}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err != nil {
		return nil, cmdutil.UsageErrorf("--emails %s: no header row (rfc,email): %v", path, err)
	}
	rfcCol, emailCol := -1, -1
	for i, h := range header {
		switch strings.ReplaceAll(strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))), "-", "_") {
		case "rfc", "to_rfc":
			rfcCol = i
		case "email", "to_email", "e_mail", "correo":
			emailCol = i
		}
	}
	if rfcCol < 0 || emailCol < 0 {
		return nil, cmdutil.UsageErrorf("--emails %s: the header must name an rfc and an email column", path)
	}
	out := map[string][]string{}
	var bad []error
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			bad = append(bad, lineError(pe.StartLine, pe.Err))
			continue
		}
		line, _ := cr.FieldPos(0)
		if len(rec) <= max(rfcCol, emailCol) {
			if len(rec) > 1 || strings.TrimSpace(rec[0]) != "" {
				bad = append(bad, lineError(line, i18n.Errorf("missing the rfc or the email")))
			}
			continue
		}
		rfcValue := strings.ToUpper(strings.TrimSpace(rec[rfcCol]))
		if err := facti.CheckRFC("rfc", rfcValue); err != nil {
			bad = append(bad, lineError(line, err))
			continue
		}
		for e := range strings.SplitSeq(rec[emailCol], ";") {
			if e = strings.TrimSpace(e); e == "" {
				continue
			}
			if err := facti.CheckEmail(e); err != nil {
				bad = append(bad, lineError(line, err))
			} else if !slices.Contains(out[rfcValue], e) {
				out[rfcValue] = append(out[rfcValue], e)
			}
		}
	}
	if len(bad) > 0 {
		return nil, cmdutil.UsageErrorf("--emails %s has %v; nothing was sent:\n  %v", path, i18n.Errorf("%d invalid line(s)", len(bad)), facti.Join("\n  ", firstLines(bad, 20)...))
	}
	return out, nil
}

// invoiceRows lists the user's issued CFDIs, downloads them (concurrency
// at once, in the listing's order) and makes a row of each one to send.
func (opts *NewOptions) invoiceRows(ctx context.Context, sc *syncapi.Client, user string, since time.Time, emails map[string][]string, defaults requestFlags) (*bulkSource, error) {
	var atts []syncapi.Attachment
	for a, err := range sc.AllAttachments(ctx, user, syncapi.AttachmentFilter{Common: syncapi.Common{Keywords: issuedKeyword}, ListParams: syncapi.ListParams{Limit: 1000}}) {
		if err != nil {
			return nil, i18n.Errorf("listing the issued CFDIs of Sync user %s (nothing was sent): %w", user, err)
		}
		if slices.ContainsFunc(a.Keywords, func(k string) bool { return strings.EqualFold(k, issuedKeyword) }) {
			atts = append(atts, a)
		}
	}
	files := make([][]byte, len(atts))
	errs := make([]error, len(atts))
	next := make(chan int)
	var wg sync.WaitGroup
	for range opts.Concurrency {
		wg.Go(func() {
			for i := range next {
				files[i], errs[i] = downloadCFDI(ctx, sc, user, atts[i].IDAttachment)
			}
		})
	}
	for i := range atts {
		next <- i
	}
	close(next)
	wg.Wait()
	src := &bulkSource{name: opts.IO.T("the issued CFDIs of Sync user %s", user)}
	seen := map[string]int{}
	for i, a := range atts {
		if errs[i] != nil {
			return nil, i18n.Errorf("downloading CFDI %s (nothing was sent): %w", a.IDAttachment, errs[i])
		}
		row, skip := invoiceRowOf(i+1, a.IDAttachment, files[i], since, emails, defaults)
		switch {
		case skip != nil:
			src.skipped = append(src.skipped, *skip)
		case row != nil && seen[row.key] != 0:
			r := rowResult(*row, "invalid", "", fmt.Sprintf("serie and folio %s repeat the invoice of line %d", row.key, seen[row.key]))
			src.skipped = append(src.skipped, r)
		case row != nil:
			seen[row.key] = row.line
			src.rows = append(src.rows, *row)
		}
	}
	return src, nil
}

// invoiceRowOf makes a row of one downloaded invoice, or says why it is
// not sent; neither for an invoice dated before since.
func invoiceRowOf(n int, id string, data []byte, since time.Time, emails map[string][]string, defaults requestFlags) (*bulkRow, *bulkResult) {
	inv := &invoiceRow{attachment: id}
	result := func(status, serie, folio, rfc, total, msg string) *bulkResult {
		return &bulkResult{Line: n, Attachment: id, UUID: inv.uuid, ToRFC: rfc, Serie: serie, Folio: folio, Total: total, Status: status, Error: msg}
	}
	parsed, err := cfdi.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, result("invalid", "", "", "", "", err.Error())
	}
	inv.uuid = parsed.UUID
	if fecha, err := time.ParseInLocation("2006-01-02T15:04:05", parsed.Fecha, time.Local); err == nil && fecha.Before(since) {
		return nil, nil
	}
	rfc := strings.ToUpper(parsed.Receptor.Rfc)
	if parsed.TipoDeComprobante != "I" {
		return nil, result("skipped", parsed.Serie, parsed.Folio, rfc, parsed.Total.String(), fmt.Sprintf("TipoDeComprobante %s: not an income invoice", parsed.TipoDeComprobante))
	}
	flags := defaults
	flags.ToEmails = emails[rfc]
	if len(flags.ToEmails) == 0 {
		return nil, result("no-email", parsed.Serie, parsed.Folio, rfc, parsed.Total.String(), "no e-mail for "+rfc+" in --emails: not sent")
	}
	r, _, err := requestFromCFDI("CFDI "+inv.uuid, data, flags)
	if err != nil {
		return nil, result("invalid", parsed.Serie, parsed.Folio, rfc, parsed.Total.String(), err.Error())
	}
	return &bulkRow{line: n, req: r, key: rowKey(r), inv: inv}, nil
}

// downloadCFDI reads one attachment's raw file, bounded as an invoice is.
func downloadCFDI(ctx context.Context, sc *syncapi.Client, user, id string) ([]byte, error) {
	d, err := sc.OpenAttachment(ctx, user, id)
	if err != nil {
		return nil, err
	}
	defer d.Body.Close()
	data, err := io.ReadAll(io.LimitReader(d.Body, cfdi.MaxSize+1))
	if err != nil {
		return nil, i18n.Errorf("downloading attachment %s: %w", id, err)
	}
	return data, nil
}
