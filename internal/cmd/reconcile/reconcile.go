// Package reconcile implements `mxpay reconcile`: the company's bank
// deposits (Sync) matched against its Facti payment requests, and with
// --mark-paid the matched ones marked paid in Facti through the ledger.
package reconcile

import (
	"context"
	"fmt"
	"strings"
	"time"

	ledgercmd "github.com/mxpay/mxpay/internal/cmd/ledger"
	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/facti"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/ledger"
	"github.com/mxpay/mxpay/internal/money"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/mxpay/mxpay/internal/prompt"
	"github.com/mxpay/mxpay/internal/reconcile"
	syncapi "github.com/mxpay/mxpay/internal/sync"
	"github.com/spf13/cobra"
)

// Options are `mxpay reconcile`'s dependencies and flags.
type Options struct {
	IO       *output.IOStreams
	Settings func() (*cmdutil.Settings, error)
	Facti    func() (*facti.Client, error)
	Sync     func() (*syncapi.Client, error)
	Ledger   func() (ledger.Ledger, error)
	Confirm  func(cmdutil.Action) error
	Prompt   func(value, flag, question string, validate ...prompt.Validator) (string, error)
	Redactor *cmdutil.Redactor
	Now      func() time.Time

	Since, Until, User, Company string
	Accounts                    []string
	MarkPaid, Unpaid            bool
}

// NewCmdReconcile builds `mxpay reconcile`; runF replaces the run in tests.
func NewCmdReconcile(f *cmdutil.Factory, runF func(*Options) error) *cobra.Command {
	opts := &Options{IO: f.IOStreams, Settings: f.Settings, Facti: f.Facti, Sync: f.Sync, Ledger: f.Ledger,
		Confirm: f.ConfirmAction, Prompt: f.PromptOrFlag, Redactor: f.Redactor(), Now: time.Now}
	cmd := &cobra.Command{
		Use:   "reconcile",
		Short: "Match bank deposits (Sync) against payment requests (Facti); --mark-paid marks them paid",
		Long: `Read the deposits (amount above zero) of the company's bank accounts from Sync
and match them against the company's Facti payment requests:

 1. by the reference Facti issued for the request (its bank reference, its STP
    CLABE and reference, kept in the ledger for the requests mxpay created),
    found in the deposit's reference or description;
 2. else by exact amount, when the deposit is dated from a day before the
    request was made to three days after it was due, and exactly one
    candidate exists on both sides.

It prints every deposit that matches nothing (as the statement is read),
then every match (rule reference, reference+amount or amount), then every
deposit of an ambiguous group with the requests it could be (never marked),
and with --unpaid the pending requests no deposit touched; in every format,
amounts exact. A summary goes to stderr.

The accounts are --account (repeatable), else every account of the Sync user
(--user, default sync.user) but credit cards and the SAT's.

--mark-paid marks the matched requests still pending as paid in Facti (which
then sends its IPN): it shows them and asks first (in production with the
PRODUCTION notice; without a terminal it needs --yes), and records each mark
in the ledger, so a second run, on any machine sharing it, marks nothing
twice.`,
		Example: `  $ mxpay reconcile --since 2026-03-01
  $ mxpay reconcile --since yesterday --account 5703f88223428348328b45db -o csv > conciliacion.csv
  $ mxpay reconcile --mark-paid
  $ mxpay reconcile --mark-paid --yes --jq '[.[] | select(.action == "marked-paid")] | length'`,
		Args: cmdutil.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if runF != nil {
				return runF(opts)
			}
			return run(cmd.Context(), opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&opts.Since, "since", "", "only deposits dated at or after this: YYYY-MM-DD, \"YYYY-MM-DD HH:MM:SS\", RFC 3339, today, yesterday, or a duration back (72h)")
	fl.StringVar(&opts.Until, "until", "", "only deposits dated before this (same forms as --since)")
	fl.StringVar(&opts.User, "user", "", "Sync user `ID` whose bank accounts are read (default: the profile's sync.user)")
	fl.StringArrayVar(&opts.Accounts, "account", nil, "read only this account `ID` (repeatable; default: the user's bank accounts)")
	fl.StringVar(&opts.Company, "company", "", "Facti company id whose requests are matched (default: the profile's facti.company_id)")
	fl.BoolVar(&opts.MarkPaid, "mark-paid", false, "mark the matched pending requests as paid in Facti, each through the ledger")
	fl.BoolVar(&opts.Unpaid, "unpaid", false, "also list the pending requests no deposit touched")
	cmdutil.SetFields(cmd, output.ColumnNames(rowColumns(nil))...)
	return cmd
}

func run(ctx context.Context, opts *Options) error {
	s, err := opts.Settings()
	if err != nil {
		return err
	}
	now := opts.Now()
	since, err := ledgercmd.ParseTime("since", opts.Since, now)
	if err != nil {
		return err
	}
	until, err := ledgercmd.ParseTime("until", opts.Until, now)
	if err != nil {
		return err
	}
	company, user, err := opts.who(s)
	if err != nil {
		return err
	}
	fc, err := opts.Facti()
	if err != nil {
		return err
	}
	sc, err := opts.Sync()
	if err != nil {
		return err
	}
	l, err := opts.Ledger()
	if err != nil {
		return err
	}
	accounts, err := bankAccounts(ctx, sc, user, opts.Accounts)
	if err != nil {
		return err
	}
	if len(accounts) == 0 {
		return cmdutil.WithHintf(cmdutil.UsageErrorf("Sync user %s has no bank account to reconcile%v", user, namedNote(opts.Accounts)),
			"connect the company's bank with `mxpay sync credentials create`, or name an account with --account")
	}
	names := make([]string, len(accounts))
	for i, a := range accounts {
		names[i] = strings.TrimSpace(a.Name + " " + a.Number)
	}
	fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("Reconciling the deposits of %s against company %s's payment requests…", strings.Join(names, ", "), company))

	refs, err := ledgerReferences(ctx, l, s.Env, company)
	if err != nil {
		return err
	}
	o := s.Output
	if (o.Format == "" || strings.EqualFold(o.Format, output.FormatTable)) && o.JQ == "" && len(o.Fields) == 0 {
		o.Fields = defaultFields
	}
	var people *i18n.Printer // reasons read in the reader's language only in a table on a terminal
	if (o.Format == "" || strings.EqualFold(o.Format, output.FormatTable)) && o.JQ == "" && opts.IO.IsStdoutTTY() {
		people = opts.IO.Printer()
	}
	list, err := output.NewList(opts.IO, o, rowColumns(people), nil)
	if err != nil {
		return err
	}
	info := map[string]requestInfo{}
	ropts := reconcile.Options{}
	if !opts.MarkPaid {
		// Unmatched deposits are printed as the statement is read, so
		// memory does not grow with it; --mark-paid asks before printing.
		ropts.OnUnmatched = func(t reconcile.Transaction) error { return list.Add(depositRow("unmatched", t)) }
	}
	report, err := reconcile.Run(ctx, requests(ctx, fc, company, refs, info), transactions(ctx, sc, user, accounts, since, until), ropts)
	if err != nil {
		return err
	}
	rows := matchedRows(report, info)
	marks := toMark(report)
	var outcome error
	if opts.MarkPaid && len(marks) > 0 {
		if err := opts.Confirm(markAction(opts.IO, report, marks, info)); err != nil {
			return err
		}
		mk := &marker{c: fc, l: l, s: s, company: company, redact: opts.Redactor}
		actions, reasons := mk.mark(ctx, report, marks, info)
		outcome = applyMarks(rows, marks, actions, reasons)
	}
	for _, t := range report.Unmatched {
		if err := list.Add(depositRow("unmatched", t)); err != nil {
			return err
		}
	}
	for _, r := range rows {
		if err := list.Add(r); err != nil {
			return err
		}
	}
	for _, a := range report.Ambiguous {
		for _, r := range ambiguousRows(a) {
			if err := list.Add(r); err != nil {
				return err
			}
		}
	}
	if opts.Unpaid {
		for _, req := range report.Unpaid {
			if err := list.Add(unpaidRow(req, info)); err != nil {
				return err
			}
		}
	}
	if err := list.Close(); err != nil {
		return err
	}
	fmt.Fprintln(opts.IO.ErrOut, summary(opts.IO, report, len(marks), rows))
	return outcome
}

// who is the company and the Sync user the run is about.
func (opts *Options) who(s *cmdutil.Settings) (company, user string, err error) {
	company = opts.Company
	if company == "" {
		v, err := s.Get("facti.company_id")
		if err != nil {
			return "", "", err
		}
		company = v.Value
	}
	if company, err = opts.Prompt(company, "company", opts.IO.T("Facti company id:")); err != nil {
		return "", "", err
	}
	if err := facti.CheckID("--company", company); err != nil {
		return "", "", cmdutil.UsageErrorf("%v", err)
	}
	user = opts.User
	if user == "" {
		v, err := s.Get("sync.user")
		if err != nil {
			return "", "", err
		}
		user = v.Value
	}
	if user == "" {
		return "", "", cmdutil.WithHintf(cmdutil.MissingFlagError("user"), "the deposits are read from a Sync user's bank accounts: pass --user ID or set sync.user")
	}
	return company, user, nil
}

// namedNote says which accounts were named, translated when shown.
func namedNote(named []string) any {
	if len(named) == 0 {
		return ""
	}
	return i18n.Errorf(" among %s", strings.Join(named, ", "))
}

func matchedRows(report *reconcile.Report, info map[string]requestInfo) []row {
	rows := make([]row, len(report.Matched))
	for i, m := range report.Matched {
		rows[i] = matchedRow(m, info)
	}
	return rows
}

// applyMarks puts what --mark-paid did in the matched rows, and says how
// the run ends: unknown marks are exit 6, failed ones exit 1.
func applyMarks(rows []row, marks []int, actions []string, reasons []error) error {
	unknown, failed := 0, 0
	for k, i := range marks {
		rows[i].Action = actions[k]
		rows[i].because(reasons[k])
		switch actions[k] {
		case "unknown":
			unknown++
		case "failed", "not-marked":
			failed++
		}
	}
	switch {
	case unknown > 0:
		return cmdutil.WithHintf(cmdutil.UnknownOutcomeError(i18n.Errorf("%d mark(s) as paid were sent and their outcome is unknown", unknown), ""),
			"run `mxpay reconcile --mark-paid` again later: each mark is recorded in the ledger, and what a lookup cannot settle is not sent twice")
	case failed > 0:
		return cmdutil.RejectedError(i18n.Errorf("%d request(s) could not be marked paid; see the reason column", failed), "")
	}
	return nil
}

// summary is the run in one line for people, amounts exact.
func summary(ios *output.IOStreams, report *reconcile.Report, toMark int, rows []row) string {
	var matched []money.Amount
	marked := 0
	for _, r := range rows {
		matched = append(matched, *r.Amount)
		if r.Action == "marked-paid" {
			marked++
		}
	}
	groups := 0
	for _, a := range report.Ambiguous {
		groups += len(a.Transactions)
	}
	return ios.T("%d deposit(s): %d matched (MXN %s; %d pending, %d marked paid now), %d in ambiguous groups (never marked), %d unmatched; %d transaction(s) were not deposits.",
		report.Deposits, len(report.Matched), money.Sum(matched...).Format(), toMark, marked, groups, report.UnmatchedCount, report.Skipped)
}
