package reconcile

import (
	"context"
	"strconv"
	"sync"

	factcmd "github.com/mxpay/mxpay/internal/cmd/facti"
	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/facti"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/ledger"
	"github.com/mxpay/mxpay/internal/money"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/mxpay/mxpay/internal/reconcile"
	"github.com/mxpay/mxpay/internal/settle"
)

// markConcurrency is how many marks are in flight at once.
const markConcurrency = 4

// toMark are the matched requests still pending at Facti: what
// --mark-paid marks. Ambiguous deposits are never among them.
func toMark(report *reconcile.Report) []int {
	var out []int
	for i, m := range report.Matched {
		if m.Request.Status == reconcile.Pending {
			out = append(out, i)
		}
	}
	return out
}

// markAction is the one confirmation of --mark-paid.
func markAction(ios *output.IOStreams, report *reconcile.Report, marks []int, info map[string]requestInfo) cmdutil.Action {
	var amounts []money.Amount
	var lines []string
	for k, i := range marks {
		m := report.Matched[i]
		amounts = append(amounts, m.Request.Amount)
		if k < 10 {
			folio := ""
			if p := info[m.Request.ID].payment; p != nil {
				folio = ios.T(" (folio %s%s)", prefix(string(p.Serie)), string(p.Folio))
			}
			lines = append(lines, ios.T("  request %s%s, MXN %s, paid by deposit %s of %s (%s)", m.Request.ID, folio, m.Request.Amount.Format(),
				m.Transaction.ID, m.Transaction.Date.Local().Format("2006-01-02"), ios.Text(string(m.Rule))))
		}
	}
	if len(marks) > 10 {
		lines = append(lines, ios.T("  … and %d more", len(marks)-10))
	}
	total := money.Sum(amounts...)
	return cmdutil.Action{
		Question:   ios.T("Mark %d payment request(s) paid (MXN %s)?", len(marks), total.Format()),
		Summary:    append([]string{ios.T("Mark paid: %d payment request(s) matched to bank deposits, MXN %s in all; Facti sends an IPN for each.", len(marks), total.Format())}, lines...),
		Production: ios.T("this marks real customers' payment requests as paid, and Facti sends their IPNs"),
		AskAlways:  true,
	}
}

func prefix(serie string) string {
	if serie == "" {
		return ""
	}
	return serie + "-"
}

// marker marks requests paid through the ledger, the same rule as `facti
// payments pay` (factcmd.MarkPaid): a request an earlier run (this machine
// or another sharing the ledger) marked is not marked again.
type marker struct {
	c       *facti.Client
	l       ledger.Ledger
	s       *cmdutil.Settings
	company string
	redact  *cmdutil.Redactor
}

// mark marks every request of marks and returns each one's action and
// reason (nil for none), in the same order.
func (mk *marker) mark(ctx context.Context, report *reconcile.Report, marks []int, info map[string]requestInfo) ([]string, []error) {
	actions, reasons := make([]string, len(marks)), make([]error, len(marks))
	next := make(chan int)
	var wg sync.WaitGroup
	for range markConcurrency {
		wg.Go(func() {
			for k := range next {
				req := report.Matched[marks[k]].Request
				actions[k], reasons[k] = mk.one(ctx, info[req.ID].payment)
			}
		})
	}
	for k := range marks {
		if ctx.Err() != nil {
			break
		}
		next <- k
	}
	close(next)
	wg.Wait()
	for k := range actions {
		if actions[k] == "" {
			actions[k], reasons[k] = "not-marked", i18n.Errorf("the run was stopped first")
		}
	}
	return actions, reasons
}

func (mk *marker) one(ctx context.Context, p *facti.Payment) (action string, reason error) {
	res, earlier, err := factcmd.MarkPaid(ctx, mk.c, mk.l, mk.s, mk.company, p, mk.redact)
	if dup, held := cmdutil.AsHeldKey(err); held && (dup.Existing.Status == settle.Created || dup.Existing.Status == settle.Found) {
		return "already-marked", i18n.Errorf("ledger entry %s: marked by %s", strconv.FormatInt(dup.Existing.ID, 10), dup.Existing.Who)
	}
	switch {
	case err != nil:
		if cmdutil.LedgerStatus(err) == settle.Failed {
			return "failed", redacted{err, mk.redact}
		}
		return "unknown", redacted{err, mk.redact}
	case len(earlier) > 0:
		return "already-marked", i18n.Errorf("ledger entry %s: an earlier run's mark took", strconv.FormatInt(earlier[0].ID, 10))
	case res != nil && res.Outcome == settle.Found:
		return "marked-paid", i18n.Errorf("the reply was lost; the request shows paid now")
	}
	return "marked-paid", nil
}
