package cmdutil

import (
	"context"
	"errors"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/mxpay/mxpay/internal/emulator"
	"github.com/mxpay/mxpay/internal/errs"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/ledger"
	"github.com/mxpay/mxpay/internal/settle"
)

// The ledger records every request mxpay sends that creates something or
// moves money: the intent before sending, the outcome after. Commands get
// it from f.Ledger(), opened on first use (so commands that send nothing
// never open it) and closed when the command ends.

// LedgerLocation is where this run's ledger is, and whether a setting
// chose it: the `ledger` setting (MXPAY_LEDGER or the profile's key) when
// set; else, under --env emulator, a file beside the emulator's state
// (what was sent to the emulator means nothing anywhere else, and `mxpay
// emulator reset` removes it with the state); else ledger.db in the user
// data directory.
func (f *Factory) LedgerLocation() (location string, chosen bool, err error) {
	s, err := f.Settings()
	if err != nil {
		return "", false, err
	}
	v, err := s.Get("ledger")
	if err != nil {
		return "", false, err
	}
	if v.Value != "" {
		return v.Value, true, nil
	}
	if s.Env == EnvEmulator {
		db, err := emulator.DefaultDBPath(f.Getenv)
		if err != nil {
			return "", false, err
		}
		return EmulatorLedgerPath(db), false, nil
	}
	dir, err := emulator.DataDir(f.Getenv)
	if err != nil {
		return "", false, i18n.Errorf("finding a directory for the ledger (set MXPAY_LEDGER to choose a file): %w", err)
	}
	return filepath.Join(dir, "ledger.db"), false, nil
}

// EmulatorLedgerPath is the default ledger of the emulator whose state is
// the file db: emulator.db → emulator.ledger.db beside it.
func EmulatorLedgerPath(db string) string {
	return strings.TrimSuffix(db, filepath.Ext(db)) + ".ledger.db"
}

// ledgerOpenTimeout bounds opening a PostgreSQL ledger that does not answer.
const ledgerOpenTimeout = 30 * time.Second

func (f *Factory) openLedger() (ledger.Ledger, error) {
	loc, chosen, err := f.LedgerLocation()
	if err != nil {
		return nil, err
	}
	if u, err := url.Parse(loc); err == nil && u.User != nil {
		if pw, ok := u.User.Password(); ok {
			f.redactor.Add(pw) // a password in the URL is a secret like any other
		}
	}
	ctx := f.runCtx
	if ctx == nil {
		ctx = context.Background()
	}
	ctx, cancel := context.WithTimeout(ctx, ledgerOpenTimeout)
	defer cancel()
	l, err := ledger.Open(ctx, loc, ledger.WithRedact(f.redactor.Text))
	if err != nil {
		hint := "set MXPAY_LEDGER (or `mxpay config set ledger PATH_OR_URL`) to a file or a postgres:// URL mxpay can write"
		if !chosen {
			hint = "the default ledger could not be opened: set MXPAY_LEDGER (or `mxpay config set ledger PATH_OR_URL`) to a file or a postgres:// URL mxpay can write"
		}
		return nil, NewError(errs.Unexpected, i18n.Errorf("opening the ledger (nothing was sent): %w", err), hint)
	}
	f.OnClose(func() { l.Close() })
	return l, nil
}

// LedgerIntent fills in what every intent of this run shares: the
// environment and the profile.
func LedgerIntent(s *Settings, in ledger.Intent) ledger.Intent {
	in.Environment, in.Profile = s.Env, s.Profile
	return in
}

// LedgerStatus is the outcome to record for a request whose sending ended
// in err: created for nil, declined, unknown when it may have been done,
// failed when it provably was not (the provider refused it, it never
// left, the run stopped before it left). An error of no known kind counts
// as unknown: the safe side, since failed would release the key.
func LedgerStatus(err error) ledger.Status {
	if err == nil {
		return settle.Created
	}
	switch errs.KindOf(err) {
	case errs.Declined:
		return settle.Declined
	case errs.Rejected, errs.Auth, errs.Usage, errs.Unreachable, errs.Interrupted, errs.Cancelled:
		if !errs.Is(err, errs.UnknownOutcome) {
			return settle.Failed
		}
	}
	return settle.Unknown
}

// FinishLedger records the outcome of entry id. It runs even when ctx has
// ended (Ctrl-C after the reply came): the outcome is what the next run
// needs. Its failure says what it means for the user.
func FinishLedger(ctx context.Context, l ledger.Ledger, id int64, out ledger.Outcome) (ledger.Entry, error) {
	e, err := l.Finish(context.WithoutCancel(ctx), id, out)
	if err != nil {
		return e, WithHintf(NewError(errs.Unexpected, i18n.Errorf("the request's outcome (%s) could not be recorded in the ledger: %w", string(out.Status), err), ""),
			"ledger entry %s stays in flight: the next command that touches it looks it up before anything is sent again", strconv.FormatInt(id, 10))
	}
	return e, nil
}

// HeldKey rewords a ledger DuplicateError for the user: what holds the
// key, and what to do. check is the command that shows the request.
func HeldKey(dup *ledger.DuplicateError, override string) error {
	x := dup.Existing
	by := x.Who
	if x.Host != "" {
		by += "@" + x.Host
	}
	switch x.Status {
	case settle.InFlight, settle.Unknown:
		return NewError(errs.UnknownOutcome, i18n.Errorf("%w (by %s); its outcome is not settled, so it is not sent again", dup, by),
			"another mxpay may be sending it right now; otherwise run the same command again later: it looks the request up before sending anything")
	}
	err := NewError(errs.Usage, i18n.Errorf("%w (by %s); nothing was sent", dup, by), "")
	if override != "" {
		err = WithHintf(err, "see it with `mxpay ledger show %s`; pass %s to send it again anyway", strconv.FormatInt(x.ID, 10), override)
	}
	return err
}

// AsHeldKey reports a DuplicateError from the ledger.
func AsHeldKey(err error) (*ledger.DuplicateError, bool) {
	var dup *ledger.DuplicateError
	ok := errors.As(err, &dup)
	return dup, ok
}
