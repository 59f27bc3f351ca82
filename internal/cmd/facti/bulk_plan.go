package facti

import (
	"context"
	"errors"
	"fmt"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/errs"
	"github.com/mxpay/mxpay/internal/facti"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/ledger"
	"github.com/mxpay/mxpay/internal/money"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/mxpay/mxpay/internal/settle"
)

// bulkPlan is what a bulk run does, decided before anything is sent.
type bulkPlan struct {
	survey *facti.Survey
	// settled are the rows decided without sending: already created (the
	// ledger says so), found or still unknown after a recheck, already
	// requested (invoices), or not sendable. They are recorded already.
	settled []bulkResult
	send    []bulkRow
}

// planner holds what planning a bulk run needs.
type planner struct {
	ios      *output.IOStreams
	s        *cmdutil.Settings
	c        *facti.Client
	l        ledger.Ledger
	redact   *cmdutil.Redactor
	company  string
	invoices bool // rows are issued invoices: an existing request is skipped, not an error
}

// plan surveys the company once, asks the ledger what became of each row,
// rechecks the rows an earlier run left in flight or unknown, and runs the
// duplicate guard over every row to send. Nothing is sent here.
func (p *planner) plan(ctx context.Context, rows []bulkRow, allowDuplicate bool) (*bulkPlan, error) {
	survey, err := p.c.Survey(ctx, p.company)
	if err != nil {
		return nil, i18n.Errorf("looking up company %s's payments before sending (nothing was sent): %w", p.company, err)
	}
	plan := &bulkPlan{survey: survey}
	var undecided []bulkRow
	var held []ledger.Entry
	for _, row := range rows {
		serie, folio := requestKey(row.req)
		e, err := p.l.FindFolio(ctx, p.s.Env, p.company, serie, folio)
		switch {
		case errors.Is(err, ledger.ErrNotFound) || (err == nil && e.Status == settle.Failed):
			plan.send = append(plan.send, row)
		case err != nil:
			return nil, err
		case e.Status == settle.InFlight || e.Status == settle.Unknown:
			undecided, held = append(undecided, row), append(held, e)
		default:
			plan.settled = append(plan.settled, rowResult(row, "already-created", e.ProviderID, ""))
		}
	}
	resend, err := plan.recheck(ctx, p, undecided, held)
	if err != nil {
		return nil, err
	}
	plan.send = append(plan.send, resend...)
	if allowDuplicate {
		return plan, nil
	}
	var dups []error
	send := plan.send[:0:0]
	for _, row := range plan.send {
		found, err := survey.Duplicates(ctx, row.req)
		if err != nil {
			return nil, i18n.Errorf("looking for existing payment requests before sending (nothing was sent): %w", err)
		}
		switch {
		case len(found) == 0:
			send = append(send, row)
		case p.invoices:
			plan.settled = append(plan.settled, rowResult(row, "already-requested", fmt.Sprint(found[0].ID), ""))
		default:
			dups = append(dups, lineError(row.line, facti.NewDuplicateError(row.req, found)))
		}
	}
	plan.send = send
	if len(dups) > 0 {
		return nil, cmdutil.WithHintf(cmdutil.NewError(errs.Usage, i18n.Errorf("%d row(s) already have a payment request; nothing was sent:\n  %v", len(dups), facti.Join("\n  ", firstLines(dups, 20)...)), ""),
			"remove those rows, or pass --allow-duplicate-folio to send another request for the same folios anyway")
	}
	return plan, nil
}

// recheck settles the rows whose ledger entries an earlier run left in
// flight or unknown (one scan for all, over the verify window) and records
// what it learns. It returns the rows found absent a whole window after
// they were sent: those, and only those, are sent again.
func (plan *bulkPlan) recheck(ctx context.Context, p *planner, rows []bulkRow, held []ledger.Entry) ([]bulkRow, error) {
	if len(rows) == 0 {
		return nil, nil
	}
	fmt.Fprintln(p.ios.ErrOut, p.ios.T("Looking up %d row(s) an earlier run sent without learning the outcome, before sending anything…", len(rows)))
	sent := make([]facti.Sent, len(rows))
	for i, row := range rows {
		sent[i] = sentOf(held[i], row.req)
	}
	var resend []bulkRow
	for i, got := range p.c.Recheck(ctx, p.company, sent) {
		out := recheckOutcome(got, p.redact)
		if _, err := cmdutil.FinishLedger(ctx, p.l, held[i].ID, out); err != nil {
			return nil, err
		}
		switch got.Outcome {
		case settle.Failed:
			resend = append(resend, rows[i])
		case settle.Found:
			plan.settled = append(plan.settled, rowResult(rows[i], stateFound, out.ProviderID, ""))
		default:
			plan.settled = append(plan.settled, rowResult(rows[i], stateUnknown, "", out.Message))
		}
	}
	return resend, nil
}

// bulkAction is the one confirmation of a bulk run: how many requests, for
// how much in all, from which company.
func bulkAction(ios *output.IOStreams, source, company string, plan *bulkPlan) cmdutil.Action {
	var amounts []money.Amount
	emailed := 0
	for _, row := range plan.send {
		amounts = append(amounts, row.req.TotalAmount)
		if !row.req.NoEmail {
			emailed++
		}
	}
	return cmdutil.Action{
		Question: ios.T("Send %d payment request(s) from %s?", len(plan.send), source),
		Summary: []string{
			ios.T("Payment requests: %d from %s (%d already settled, not sent)", len(plan.send), source, len(plan.settled)),
			ios.T("Total: MXN %s", money.Sum(amounts...).Format()),
			ios.T("From: company %s", company),
			ios.T("Facti e-mails %d customer(s) the ways to pay.", emailed),
		},
		Production: ios.T("this sends %d real payment request(s) to real customers", len(plan.send)),
	}
}
