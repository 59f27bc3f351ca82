package facti

import (
	"context"
	"fmt"
	"strings"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/errs"
	"github.com/mxpay/mxpay/internal/facti"
	"github.com/mxpay/mxpay/internal/money"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/mxpay/mxpay/internal/settle"
)

// bulkPlan is what a bulk run does, decided before anything is sent.
type bulkPlan struct {
	survey *facti.Survey
	// settled are the rows decided without sending: already created, found
	// by the recheck, or still unknown. They are journaled already.
	settled []bulkResult
	send    []bulkRow
}

// planBulk surveys the company once, rechecks the rows an earlier run left
// undecided, and runs the duplicate guard over every row to send. Nothing
// is sent here.
func planBulk(ctx context.Context, ios *output.IOStreams, c *facti.Client, company string, rows []bulkRow, prior map[string]journalEntry, j *journal, allowDuplicate bool) (*bulkPlan, error) {
	survey, err := c.Survey(ctx, company)
	if err != nil {
		return nil, fmt.Errorf("looking up company %s's payments before sending (nothing was sent): %w", company, err)
	}
	plan := &bulkPlan{survey: survey}
	var undecided []bulkRow
	for _, row := range rows {
		e, known := prior[row.key]
		switch {
		case known && e.settled():
			plan.settled = append(plan.settled, rowResult(row, "already-created", e.RequestID, ""))
		case known && e.undecided():
			undecided = append(undecided, row)
		default:
			plan.send = append(plan.send, row)
		}
	}
	resend, err := plan.recheck(ctx, ios, c, company, undecided, prior, j)
	if err != nil {
		return nil, err
	}
	plan.send = append(plan.send, resend...)
	if allowDuplicate {
		return plan, nil
	}
	var dups []string
	for _, row := range plan.send {
		found, err := survey.Duplicates(ctx, row.req)
		if err != nil {
			return nil, fmt.Errorf("looking for existing payment requests before sending (nothing was sent): %w", err)
		}
		if len(found) > 0 {
			dups = append(dups, fmt.Sprintf("line %d: %v", row.line, &facti.DuplicateError{Request: facti.Describe(row.req), Existing: found}))
		}
	}
	if len(dups) > 0 {
		return nil, cmdutil.NewError(errs.Usage, fmt.Errorf("%d row(s) already have a payment request; nothing was sent:\n  %s", len(dups), strings.Join(firstLines(dups, 20), "\n  ")),
			"remove those rows, or pass --allow-duplicate-folio to send another request for the same folios anyway")
	}
	return plan, nil
}

// recheck settles the rows an earlier run sent without a known outcome
// (one scan for all, over the verify window) and journals what it
// learns. It returns the rows found absent a whole window after they were
// sent: those, and only those, are sent again.
func (p *bulkPlan) recheck(ctx context.Context, ios *output.IOStreams, c *facti.Client, company string, rows []bulkRow, prior map[string]journalEntry, j *journal) ([]bulkRow, error) {
	if len(rows) == 0 {
		return nil, nil
	}
	fmt.Fprintf(ios.ErrOut, "Looking up %d row(s) an earlier run sent without learning the outcome, before sending anything…\n", len(rows))
	sent := make([]facti.Sent, len(rows))
	for i, row := range rows {
		e := prior[row.key]
		sent[i] = facti.Sent{Request: row.req, SentBy: e.SentBy, SinceID: e.SinceID}
	}
	var resend []bulkRow
	for i, got := range c.Recheck(ctx, company, sent) {
		row, e := rows[i], prior[rows[i].key]
		switch got.Outcome {
		case settle.Found:
			id := string(got.Payment.ID)
			if err := j.record(journalEntry{Key: row.key, Line: row.line, State: stateFound, RequestID: id, Total: row.req.TotalAmount.String()}); err != nil {
				return nil, err
			}
			p.settled = append(p.settled, rowResult(row, stateFound, id, ""))
		case settle.Failed:
			resend = append(resend, row)
		default:
			msg := j.redact.Error(got.Err)
			if err := j.record(journalEntry{Key: row.key, Line: row.line, State: stateUnknown, Error: msg, SentBy: e.SentBy, SinceID: e.SinceID}); err != nil {
				return nil, err
			}
			p.settled = append(p.settled, rowResult(row, stateUnknown, "", msg))
		}
	}
	return resend, nil
}

// firstLines keeps the first n lines and says how many more there were.
func firstLines(lines []string, n int) []string {
	if len(lines) <= n {
		return lines
	}
	return append(lines[:n:n], fmt.Sprintf("… and %d more", len(lines)-n))
}

// bulkAction is the one confirmation of a bulk run: how many requests, for
// how much in all, from which company.
func bulkAction(path, company string, plan *bulkPlan) cmdutil.Action {
	var amounts []money.Amount
	emailed := 0
	for _, row := range plan.send {
		amounts = append(amounts, row.req.TotalAmount)
		if !row.req.NoEmail {
			emailed++
		}
	}
	return cmdutil.Action{
		Question: fmt.Sprintf("Send %d payment request(s) from %s?", len(plan.send), path),
		Summary: []string{
			fmt.Sprintf("Payment requests: %d from %s (%d already settled, not sent)", len(plan.send), path, len(plan.settled)),
			"Total: MXN " + money.Sum(amounts...).Format(),
			"From: company " + company,
			fmt.Sprintf("Facti e-mails %d customer(s) the ways to pay.", emailed),
		},
		Production: fmt.Sprintf("this sends %d real payment request(s) to real customers", len(plan.send)),
	}
}
