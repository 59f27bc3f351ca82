package facti

import (
	"context"
	"fmt"
	"runtime/debug"
	"slices"
	"strconv"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/facti"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/output"
)

// Row statuses of a bulk run's output. created and found exist at Facti
// now; already-created rows existed before (the ledger says so) and were
// not sent; failed rows were refused by Facti or provably not sent and may
// be sent again; unknown rows may have been created and are never sent
// again until a lookup decides them.
const (
	stateCreated = "created"
	stateFound   = "found"
	stateFailed  = "failed"
	stateUnknown = "unknown"
)

// bulkResult is one row's outcome, streamed as it completes.
type bulkResult struct {
	Line      int    `json:"line"`
	Serie     string `json:"serie"`
	Folio     string `json:"folio"`
	RequestID string `json:"request_id"`
	Total     string `json:"total_amount"`
	Status    string `json:"status"`
	Error     string `json:"error"`
	// Invoice rows (--from-sync-invoices) also name the invoice.
	Attachment string `json:"attachment,omitempty"`
	UUID       string `json:"uuid,omitempty"`
	ToRFC      string `json:"to_rfc,omitempty"`
	fatal      error  // stops the run (rejected credentials, ledger failure)
}

func bulkColumns(invoices bool) []output.Column[bulkResult] {
	cols := []output.Column[bulkResult]{
		{Name: "line", Header: "LINE", Value: func(r bulkResult) string { return fmt.Sprint(r.Line) }},
		{Name: "serie", Header: "SERIE", Value: func(r bulkResult) string { return r.Serie }},
		{Name: "folio", Header: "FOLIO", Value: func(r bulkResult) string { return r.Folio }},
		{Name: "request_id", Header: "REQUEST ID", Value: func(r bulkResult) string { return r.RequestID }},
		{Name: "total_amount", Header: "TOTAL", Value: func(r bulkResult) string { return r.Total }},
		{Name: "status", Header: "STATUS", Value: func(r bulkResult) string { return r.Status }, Words: true},
		{Name: "error", Header: "ERROR", Value: func(r bulkResult) string { return r.Error }},
	}
	if !invoices {
		return cols
	}
	return append([]output.Column[bulkResult]{
		{Name: "attachment", Header: "ATTACHMENT", Value: func(r bulkResult) string { return r.Attachment }},
		{Name: "uuid", Header: "UUID", Value: func(r bulkResult) string { return r.UUID }},
		{Name: "to_rfc", Header: "TO RFC", Value: func(r bulkResult) string { return r.ToRFC }},
	}, cols[1:]...)
}

func rowResult(row bulkRow, status, id, msg string) bulkResult {
	r := bulkResult{Line: row.line, Serie: row.req.Serie, Folio: row.req.Folio, RequestID: id, Total: row.req.TotalAmount.String(), Status: status, Error: msg}
	if len(row.req.Group) > 0 {
		r.Folio = "1"
	}
	if row.inv != nil {
		r.Attachment, r.UUID, r.ToRFC = row.inv.attachment, row.inv.uuid, row.req.ToRFC
	}
	return r
}

func bulkRun(ctx context.Context, opts *NewOptions) error {
	if opts.Concurrency < 1 || opts.Concurrency > 64 {
		return cmdutil.UsageErrorf("--concurrency %d: use 1 to 64", opts.Concurrency)
	}
	src, err := opts.bulkSource(ctx)
	if err != nil {
		return err
	}
	if opts.DryRun {
		fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("Dry run: %d valid row(s) in %s; nothing was sent.", len(src.rows), src.name))
		return nil
	}
	company, err := resolveCompany(opts.Settings, opts.Prompt, opts.Company)
	if err != nil {
		return err
	}
	s, c, err := opts.settingsAndClient()
	if err != nil {
		return err
	}
	l, err := opts.Ledger()
	if err != nil {
		return err
	}
	if opts.FromCSV != "" {
		journal := opts.Journal
		if journal == "" {
			journal = opts.FromCSV + ".journal"
		}
		if err := importJournal(ctx, opts.IO, l, s, company, journal, src.rows); err != nil {
			return err
		}
	}
	p := &planner{ios: opts.IO, s: s, c: c, l: l, redact: opts.Redactor, company: company, invoices: opts.FromSyncInvoices}
	plan, err := p.plan(ctx, src.rows, opts.AllowDuplicateFolio)
	if err != nil {
		return err
	}
	plan.settled = append(src.skipped, plan.settled...)
	if len(plan.send) > 0 {
		if err := opts.Confirm(bulkAction(opts.IO, src.name, company, plan)); err != nil {
			return err
		}
	}
	list, err := output.NewList(opts.IO, s.Output, bulkColumns(opts.FromSyncInvoices), nil)
	if err != nil {
		return err
	}
	// A bulk run's heap is small and short-lived; collecting it less often
	// leaves the CPU to the requests (the garbage collector was a tenth of
	// a run's CPU).
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	b := &bulkRunner{c: c, l: l, s: s, survey: plan.survey, redact: opts.Redactor, cancel: cancel, allowDuplicate: opts.AllowDuplicateFolio}
	progress := output.NewProgress(opts.IO, int64(len(plan.settled)+len(plan.send)), opts.IO.T("Payment requests"))
	counts := map[string]int{}
	var unknownLines []int
	var fatal error
	for r := range b.start(ctx, plan, opts.Concurrency) {
		counts[r.Status]++
		if r.Status == stateUnknown {
			unknownLines = append(unknownLines, r.Line)
		}
		if r.fatal != nil && fatal == nil {
			fatal = r.fatal
		}
		progress.Add(1)
		if err := list.Add(r); err != nil && fatal == nil {
			cancel()
			fatal = err
		}
	}
	progress.Finish()
	if err := list.Close(); err != nil && fatal == nil {
		fatal = err
	}
	total := len(plan.settled) + len(plan.send)
	fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("%d row(s): %d created, %d found after a lost reply, %d already created, %d failed, %d unknown (ledger %s).",
		total, counts[stateCreated], counts[stateFound], counts["already-created"], counts[stateFailed], counts[stateUnknown], l.Location()))
	if opts.FromSyncInvoices {
		fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("Invoices: %d already requested, %d without an e-mail for the receiver's RFC (not sent), %d not income invoices in pesos, %d invalid.",
			counts["already-requested"], counts["no-email"], counts["skipped"], counts["invalid"]))
	}
	switch {
	case fatal != nil:
		return fatal
	case ctx.Err() != nil:
		return ctx.Err()
	case len(unknownLines) > 0:
		slices.Sort(unknownLines)
		lines := make([]error, len(unknownLines))
		for i, l := range unknownLines {
			lines[i] = facti.Word(strconv.Itoa(l))
		}
		return cmdutil.WithHintf(cmdutil.UnknownOutcomeError(i18n.Errorf("%d row(s) were sent and their outcome is unknown (lines %v); none of them will be sent again until a lookup decides it", len(lines), facti.Join(", ", firstLines(lines, 30)...)), ""),
			"run the same command again later: it looks those rows up in company_payments before sending anything, and sends a row again only once it has been absent for a whole verify window")
	case counts[stateFailed] > 0:
		return cmdutil.WithHintf(cmdutil.RejectedError(i18n.Errorf("%d row(s) failed; see the error column", counts[stateFailed]), ""), "fix them and run the same command again: created rows are skipped")
	case counts["invalid"] > 0:
		return cmdutil.RejectedError(i18n.Errorf("%d invoice(s) could not become payment requests; see the error column", counts["invalid"]), "")
	}
	return nil
}
