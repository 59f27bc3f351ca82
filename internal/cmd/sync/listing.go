package sync

import (
	"context"
	"encoding/json"
	"iter"
	"strings"
	"time"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/money"
	"github.com/mxpay/mxpay/internal/output"
	syncapi "github.com/mxpay/mxpay/internal/sync"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// allPageSize is the limit asked for with --all: the emulator's cap, and
// harmless against a server with a lower one, since paging advances by the
// rows received.
const allPageSize = 1000

// pageFlags are --limit, --skip, --order, --all and --page-size.
type pageFlags struct {
	Limit, Skip, PageSize int
	Order                 string
	All                   bool
	// whole: without --limit or --skip every page is read (catalogues).
	whole bool
}

func (p *pageFlags) add(cmd *cobra.Command, noun, orderExample string) {
	p.addFlags(cmd, noun, orderExample, "read every page, printing rows as they arrive", "with --all, ask for `N` rows per request")
}

// addWhole adds the flags of a catalogue, which is read whole unless
// --limit or --skip asks for one page; --all says so explicitly.
func (p *pageFlags) addWhole(cmd *cobra.Command, noun, orderExample string) {
	p.whole = true
	p.addFlags(cmd, noun, orderExample, "read every page (the default unless --limit or --skip is given)", "when reading every page, ask for `N` rows per request")
}

func (p *pageFlags) addFlags(cmd *cobra.Command, noun, orderExample, allHelp, pageSizeHelp string) {
	cmd.Flags().IntVar(&p.Limit, "limit", 0, "at most `N` "+noun+" (default: the server's page size)")
	cmd.Flags().IntVar(&p.Skip, "skip", 0, "skip the first `N` "+noun)
	cmd.Flags().StringVar(&p.Order, "order", "", "sort by a member, ascending or `FIELD[,desc]` (e.g. "+orderExample+")")
	cmd.Flags().BoolVar(&p.All, "all", false, allHelp)
	cmd.Flags().IntVar(&p.PageSize, "page-size", allPageSize, pageSizeHelp)
	cmd.MarkFlagsMutuallyExclusive("all", "limit")
	cmd.MarkFlagsMutuallyExclusive("all", "skip")
}

func (p *pageFlags) check() error {
	if p.Limit < 0 || p.Skip < 0 || p.PageSize <= 0 {
		return cmdutil.UsageErrorf("--limit and --skip must not be negative, and --page-size must be positive")
	}
	return nil
}

// every reports whether every page is read.
func (p *pageFlags) every() bool {
	return p.All || (p.whole && p.Limit == 0 && p.Skip == 0)
}

// params are the paging parameters of one page, or when every page is
// read of the pager (its page size; it starts at the first row).
func (p *pageFlags) params() syncapi.ListParams {
	if p.every() {
		return syncapi.ListParams{Limit: p.PageSize, Order: p.Order}
	}
	return syncapi.ListParams{Limit: p.Limit, Skip: p.Skip, Order: p.Order}
}

// commonFlags are the filters accounts, transactions and attachments share.
type commonFlags struct {
	Account, Credential, Keywords, SkipKeywords string
}

func (c *commonFlags) add(cmd *cobra.Command) {
	cmd.Flags().StringVar(&c.Account, "account", "", "only this account `ID`")
	cmd.Flags().StringVar(&c.Credential, "credential", "", "only what this credential `ID` found")
	cmd.Flags().StringVar(&c.Keywords, "keywords", "", "only rows containing any of these comma-separated `WORDS`")
	cmd.Flags().StringVar(&c.SkipKeywords, "skip-keywords", "", "leave out rows containing any of these comma-separated `WORDS`")
}

func (c *commonFlags) common() syncapi.Common {
	return syncapi.Common{IDAccount: c.Account, IDCredential: c.Credential, Keywords: c.Keywords, SkipKeywords: c.SkipKeywords}
}

// boolFlag returns a tri-state filter: nil unless the flag was given, so
// --disabled=false asks for enabled rows only.
func boolFlag(flags *pflag.FlagSet, name string) *bool {
	if !flags.Changed(name) {
		return nil
	}
	v, _ := flags.GetBool(name)
	return &v
}

// parseWhen reads --from/--to values: a date (YYYY-MM-DD, in the local time
// zone; as --to it means the end of that day) or an RFC 3339 time. Sync
// wants epoch seconds.
func parseWhen(flag, s string, end bool) (int64, error) {
	if s == "" {
		return 0, nil
	}
	if t, err := time.ParseInLocation(time.DateOnly, s, time.Local); err == nil {
		if end {
			t = t.AddDate(0, 0, 1).Add(-time.Second)
		}
		return t.Unix(), nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return 0, cmdutil.UsageErrorf("--%s wants a date (2026-01-31) or an RFC 3339 time (2026-01-31T18:00:00-06:00), got %q", flag, s)
	}
	return t.Unix(), nil
}

// dateRange parses a --X-from/--X-to pair.
func dateRange(fromFlag, from, toFlag, to string) (int64, int64, error) {
	f, err := parseWhen(fromFlag, from, false)
	if err != nil {
		return 0, 0, err
	}
	t, err := parseWhen(toFlag, to, true)
	if err != nil {
		return 0, 0, err
	}
	if f != 0 && t != 0 && f > t {
		return 0, 0, cmdutil.UsageErrorf("--%s is after --%s", fromFlag, toFlag)
	}
	return f, t, nil
}

// amount shows an exact amount in its canonical form ("-1234.50"), or as
// sent when it is not a number.
func amount(n json.Number) string {
	if n == "" || money.IsCanonical(string(n)) {
		return string(n) // most come that way: parsing a million costs seconds
	}
	a, err := money.ParseWire(string(n))
	if err != nil {
		return string(n)
	}
	return a.String()
}

// listing is one list command's way to its rows: a single page, or with
// --all the client's pager; count (may be nil) sizes the progress bar.
type listing[T any] struct {
	page  func(ctx context.Context) ([]T, error)
	all   func(ctx context.Context) iter.Seq2[T, error]
	count func(ctx context.Context) (int, error)
	noun  string
	// totals, when set, adds the list's --totals.
	totals *output.Totals
}

// printList runs a listing into the chosen output format: one page, or
// with --all every page streamed, with a progress bar on a terminal's
// stderr counting rows out of the total.
func printList[T any](ctx context.Context, d deps, all bool, cols []output.Column[T], raw func(T) json.RawMessage, l listing[T]) error {
	o, err := d.output()
	if err != nil {
		return err
	}
	o.Totals = l.totals
	list, err := output.NewList(d.IO, o, cols, raw)
	if err != nil {
		return err
	}
	if !all {
		page, err := l.page(ctx)
		if err != nil {
			return err
		}
		for _, item := range page {
			if err := list.Add(item); err != nil {
				return err
			}
		}
		return list.Close()
	}
	var total int64
	if d.IO.IsStderrTTY() && l.count != nil {
		if n, err := l.count(ctx); err == nil {
			total = int64(n)
		}
	}
	bar := output.NewProgress(d.IO, total, d.IO.Text(l.noun))
	err = func() error {
		for item, err := range l.all(list.Stream(ctx)) {
			if err != nil {
				return err
			}
			bar.Add(1)
			if err := list.Add(item); err != nil {
				return err
			}
		}
		return nil
	}()
	bar.Finish()
	if err != nil {
		list.Flush() // the rows read before the error
		return err
	}
	return list.Close()
}

// dateCol shows a transaction date as a day when it is at midnight UTC
// (banks report days), else as a full time.
func dateCol(t *int64) string {
	s := epoch(t)
	return strings.TrimSuffix(s, " 00:00:00Z")
}
