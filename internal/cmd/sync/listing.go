package sync

import (
	"context"
	"encoding/json"
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
	limit, skip, pageSize int
	order                 string
	all                   bool
}

func (p *pageFlags) add(cmd *cobra.Command, noun, orderExample string) {
	cmd.Flags().IntVar(&p.limit, "limit", 0, "at most `N` "+noun+" (default: the server's page size)")
	cmd.Flags().IntVar(&p.skip, "skip", 0, "skip the first `N` "+noun)
	cmd.Flags().StringVar(&p.order, "order", "", "sort by a member, ascending or `FIELD[,desc]` (e.g. "+orderExample+")")
	cmd.Flags().BoolVar(&p.all, "all", false, "read every page, printing rows as they arrive")
	cmd.Flags().IntVar(&p.pageSize, "page-size", allPageSize, "with --all, ask for `N` rows per request")
	cmd.MarkFlagsMutuallyExclusive("all", "limit")
	cmd.MarkFlagsMutuallyExclusive("all", "skip")
}

func (p *pageFlags) check() error {
	if p.limit < 0 || p.skip < 0 || p.pageSize <= 0 {
		return cmdutil.UsageErrorf("--limit and --skip must not be negative, and --page-size must be positive")
	}
	return nil
}

func (p *pageFlags) params() syncapi.ListParams {
	return syncapi.ListParams{Limit: p.limit, Skip: p.skip, Order: p.order}
}

// commonFlags are the filters accounts, transactions and attachments share.
type commonFlags struct {
	account, credential, keywords, skipKeywords string
}

func (c *commonFlags) add(cmd *cobra.Command) {
	cmd.Flags().StringVar(&c.account, "account", "", "only this account `ID`")
	cmd.Flags().StringVar(&c.credential, "credential", "", "only what this credential `ID` found")
	cmd.Flags().StringVar(&c.keywords, "keywords", "", "only rows containing any of these comma-separated `WORDS`")
	cmd.Flags().StringVar(&c.skipKeywords, "skip-keywords", "", "leave out rows containing any of these comma-separated `WORDS`")
}

func (c *commonFlags) common() syncapi.Common {
	return syncapi.Common{IDAccount: c.account, IDCredential: c.credential, Keywords: c.keywords, SkipKeywords: c.skipKeywords}
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
	if n == "" {
		return ""
	}
	a, err := money.ParseWire(string(n))
	if err != nil {
		return string(n)
	}
	return a.String()
}

// eachPage reads every page of a listing, advancing skip by the rows
// received (so a server cap below the asked limit loses nothing), until an
// empty page or a page repeating the previous one (a server ignoring
// skip). Each row goes to fn as it arrives. The next page is requested
// while the rows of the current one are handled, so the network and the
// output overlap; at most two pages are held.
func eachPage[T any](ctx context.Context, pageSize int, fetch func(ctx context.Context, skip, limit int) ([]T, error), id func(T) string, fn func(T) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type result struct {
		page []T
		err  error
	}
	start := func(skip int) <-chan result {
		ch := make(chan result, 1)
		go func() {
			page, err := fetch(ctx, skip, pageSize)
			ch <- result{page, err}
		}()
		return ch
	}
	prev := ""
	skip := 0
	next := start(skip)
	for {
		r := <-next
		if r.err != nil {
			return r.err
		}
		if len(r.page) == 0 || id(r.page[0]) == prev {
			return nil
		}
		prev = id(r.page[0])
		skip += len(r.page)
		next = start(skip)
		for _, item := range r.page {
			if err := fn(item); err != nil {
				return err
			}
		}
	}
}

// printList runs a listing into the chosen output format: one page, or
// with --all every page streamed, with a progress bar on a terminal's
// stderr counting rows out of count (when count is not nil).
func printList[T any](cmd *cobra.Command, f *cmdutil.Factory, p *pageFlags, cols []output.Column[T], raw func(T) json.RawMessage,
	fetch func(ctx context.Context, skip, limit int) ([]T, error), id func(T) string, count func(ctx context.Context) (int, error), noun string) error {
	settings, err := f.Settings()
	if err != nil {
		return err
	}
	list, err := output.NewList(f.IOStreams, settings.Output, cols, raw)
	if err != nil {
		return err
	}
	ctx := cmd.Context()
	if !p.all {
		page, err := fetch(ctx, p.skip, p.limit)
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
	if f.IOStreams.IsStderrTTY() && count != nil {
		if n, err := count(ctx); err == nil {
			total = int64(n)
		}
	}
	bar := output.NewProgress(f.IOStreams, total, noun)
	err = eachPage(ctx, p.pageSize, fetch, id, func(item T) error {
		bar.Add(1)
		return list.Add(item)
	})
	bar.Finish()
	if err != nil {
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
