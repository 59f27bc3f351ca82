package pagofacil

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/errs"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/ledger"
	"github.com/mxpay/mxpay/internal/output"
	"github.com/mxpay/mxpay/internal/pagofacil"
	"github.com/mxpay/mxpay/internal/settle"
	"github.com/spf13/cobra"
)

// VerifyOptions are the inputs of `pagofacil verify`.
type VerifyOptions struct {
	IO        *output.IOStreams
	PagoFacil func() (*pagofacil.Client, error)
	Settings  func() (*cmdutil.Settings, error)
	Ledger    func() (ledger.Ledger, error)
	Now       func() time.Time

	OrderID string
	Pending bool
}

// NewCmdVerify builds `pagofacil verify`; runF, when set, receives the
// parsed options instead of running (flag tests).
func NewCmdVerify(f *cmdutil.Factory, runF func(*VerifyOptions) error) *cobra.Command {
	opts := &VerifyOptions{IO: f.IOStreams, PagoFacil: f.PagoFacil, Settings: f.Settings, Ledger: f.Ledger, Now: time.Now}
	cmd := &cobra.Command{
		Use:   "verify {ORDER_ID | --pending}",
		Short: "Show what became of a charge, by its order id; or settle every pending one",
		Long: `Ask PagoFácil (verificar) for the last result of the charge with this
order id (idPedido): approved or declined, authorization, transaction,
amount, card type and dates. When the ledger holds that order's charge in
flight or unknown, what verificar says is recorded there.

With --pending, every charge of the run's environment the ledger holds in
flight or unknown is asked about once and updated: found approved or
declined, or not charged once verificar has had no transaction for it for a
whole verify window after it was sent. It prints each one, before and now.

Exit codes: 0 when PagoFácil knows the order (approved or declined: see the
outcome field), 1 when it has no transaction for it, 3 when the credentials
are rejected, 4 when PagoFácil cannot be reached. With --pending: 0 when
every pending charge was settled, 6 when some remain unknown.`,
		Example: `  mxpay pagofacil verify 3f0c6a2e-8d1b-4c55-9a7e-2b1f0e6d9c41
  mxpay pagofacil verify ORD-1001 -o json --jq .autorizado
  mxpay pagofacil verify --pending`,
		Args: func(cmd *cobra.Command, args []string) error {
			if opts.Pending {
				return cmdutil.NoArgs(cmd, args)
			}
			return cmdutil.ExactArgs(1, "ORDER_ID")(cmd, args)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.OrderID = args[0]
			}
			if runF != nil {
				return runF(opts)
			}
			if opts.Pending {
				return pendingRun(cmd.Context(), opts)
			}
			return verifyRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().BoolVar(&opts.Pending, "pending", false, "ask about every charge the ledger holds in flight or unknown, and record the answers")
	cmdutil.SetFields(cmd, output.ColumnNames(resultColumns())...)
	return cmd
}

func verifyRun(ctx context.Context, opts *VerifyOptions) error {
	settings, err := opts.Settings()
	if err != nil {
		return err
	}
	client, err := opts.PagoFacil()
	if err != nil {
		return err
	}
	res, err := client.Verify(ctx, opts.OrderID)
	var notFound *pagofacil.NotFoundError
	if err == nil || errors.As(err, &notFound) {
		if lerr := opts.recordVerified(ctx, client, settings); lerr != nil {
			fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("Warning: the ledger was not updated: %s", i18n.Localize(lerr, opts.IO.Printer())))
		}
	}
	if err != nil {
		return err
	}
	return printResult(opts.IO, settings, viewOf(res, pagofacil.Card{}))
}

// recordVerified settles the order's pending ledger entry, if any, with
// what verificar says now.
func (opts *VerifyOptions) recordVerified(ctx context.Context, c *pagofacil.Client, s *cmdutil.Settings) error {
	if !pagofacil.ValidOrderID(opts.OrderID) {
		return nil
	}
	l, err := opts.Ledger()
	if err != nil {
		return err
	}
	held, err := l.FindOrder(ctx, s.Env, opts.OrderID)
	if errors.Is(err, ledger.ErrNotFound) || (err == nil && held.Status != settle.InFlight && held.Status != settle.Unknown) {
		return nil
	}
	if err != nil {
		return err
	}
	r := &orderResolver{l: l, c: c, s: s, now: opts.Now, window: s.VerifyWindow}
	now, _, err := r.resolve(ctx, held, false)
	if err == nil && now.Status != held.Status {
		fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("Ledger entry %s of order %s: %s, was %s.", idText(held.ID), opts.OrderID, opts.IO.Text(string(now.Status)), opts.IO.Text(string(held.Status))))
	}
	return err
}

// settled is one pending charge before and after --pending asked.
type settled struct {
	Entry  ledger.Entry `json:"entry"`
	Before string       `json:"before"`
	Error  string       `json:"error,omitempty"`
	err    error        // Error, shown in the reader's language on a terminal
}

// settledColumns are --pending's columns; people, when set, is the
// printer of a table on a terminal, where errors read in the reader's
// language (nil elsewhere: the data, in English).
func settledColumns(people *i18n.Printer) []output.Column[settled] {
	errText := func(s settled) string {
		if people != nil && s.err != nil {
			return i18n.Localize(s.err, people)
		}
		return s.Error
	}
	return []output.Column[settled]{
		{Name: "id", Header: "ENTRY", Value: func(s settled) string { return fmt.Sprint(s.Entry.ID) }},
		{Name: "order_id", Header: "ORDER", Value: func(s settled) string { return s.Entry.OrderID }},
		{Name: "amount", Header: "AMOUNT", Value: func(s settled) string { return s.Entry.Amount.String() }},
		{Name: "created", Header: "SENT", Value: func(s settled) string { return s.Entry.Created.Local().Format("2006-01-02 15:04:05") }},
		{Name: "before", Header: "WAS", Value: func(s settled) string { return s.Before }, Words: true},
		{Name: "status", Header: "NOW", Value: func(s settled) string { return string(s.Entry.Status) }, Words: true},
		{Name: "transaction", Header: "TRANSACTION", Value: func(s settled) string { return s.Entry.ProviderID }},
		{Name: "authorization", Header: "AUTHORIZATION", Value: func(s settled) string { return s.Entry.Ref(ledger.RefAuthorization) }},
		{Name: "error", Header: "ERROR", Value: errText},
	}
}

// pendingRun asks verificar once about every pending charge of the run's
// environment and records what it says.
func pendingRun(ctx context.Context, opts *VerifyOptions) error {
	s, err := opts.Settings()
	if err != nil {
		return err
	}
	c, err := opts.PagoFacil()
	if err != nil {
		return err
	}
	l, err := opts.Ledger()
	if err != nil {
		return err
	}
	var pending []ledger.Entry
	for e, err := range l.Pending(ctx, ledger.Filter{Provider: ledger.PagoFacil, Operation: ledger.Transaccion, Environment: s.Env, Order: ledger.ByID}) {
		if err != nil {
			return err
		}
		pending = append(pending, e)
	}
	var people *i18n.Printer
	if o := s.Output; (o.Format == "" || strings.EqualFold(o.Format, output.FormatTable)) && o.JQ == "" && opts.IO.IsStdoutTTY() {
		people = opts.IO.Printer()
	}
	list, err := output.NewList(opts.IO, s.Output, settledColumns(people), nil)
	if err != nil {
		return err
	}
	r := &orderResolver{l: l, c: c, s: s, now: opts.Now, window: s.VerifyWindow}
	open := 0
	for _, e := range pending {
		now, _, err := r.resolve(ctx, e, false)
		row := settled{Entry: now, Before: string(e.Status)}
		if err != nil {
			if errs.Is(err, errs.Auth) {
				return err // asking about the others cannot work either
			}
			row.Error, row.err = err.Error(), err
		}
		if now.Status == settle.InFlight || now.Status == settle.Unknown {
			open++
		}
		if err := list.Add(row); err != nil {
			return err
		}
	}
	if err := list.Close(); err != nil {
		return err
	}
	fmt.Fprintln(opts.IO.ErrOut, opts.IO.T("%d pending charge(s) asked about; %d still pending.", len(pending), open))
	if open > 0 {
		return cmdutil.WithHintf(cmdutil.UnknownOutcomeError(i18n.Errorf("%d charge(s) may have been made and are not settled yet", open), ""),
			"do not charge those orders again; run `mxpay pagofacil verify --pending` again later (a charge verificar does not know is settled as not made a whole verify window after it was sent)")
	}
	return nil
}
