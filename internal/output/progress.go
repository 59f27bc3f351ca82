package output

import (
	"time"

	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/schollz/progressbar/v3"
)

// Progress reports long work on stderr. Implementations from NewProgress are
// no-ops unless stderr is a terminal, so stdout stays clean for pipes and
// logs never fill with bar redraws.
type Progress interface {
	Add(n int64)
	SetTotal(n int64)
	Describe(msg string)
	Finish()
}

// Spinner shows that something is happening when there is nothing to count.
type Spinner interface {
	Update(msg string)
	Stop()
}

// redrawEvery limits how often a bar is redrawn when work items are quick.
const redrawEvery = 65 * time.Millisecond

// NewProgress returns a bar on stderr when stderr is a terminal (and no
// pager holds it), else a no-op. A total of zero or less means unknown: the bar animates without a
// percentage until SetTotal gives one. Finish clears the bar's line.
func NewProgress(ios *IOStreams, total int64, description string) Progress {
	if !ios.IsStderrTTY() || ios.pager.running() {
		return noProgress{}
	}
	if total <= 0 {
		total = -1 // progressbar's "unknown length"
	}
	p := ios.Printer()
	return &barProgress{p: p, bar: progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(ios.ErrOut),
		progressbar.OptionSetDescription(p.Text(description)),
		progressbar.OptionShowCount(),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(redrawEvery),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetRenderBlankState(true),
	)}
}

// NewSpinner returns a spinner on stderr when stderr is a terminal (and no
// pager holds it), else a no-op. Stop clears its line.
func NewSpinner(ios *IOStreams, msg string) Spinner {
	if !ios.IsStderrTTY() || ios.pager.running() {
		return noProgress{}
	}
	p := ios.Printer()
	return &barProgress{p: p, bar: progressbar.NewOptions64(-1,
		progressbar.OptionSetWriter(ios.ErrOut),
		progressbar.OptionSetDescription(p.Text(msg)),
		progressbar.OptionSpinnerType(14),
		progressbar.OptionSetElapsedTime(false),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetRenderBlankState(true),
	)}
}

// barProgress adapts progressbar to Progress and Spinner. Rendering errors
// are dropped: a progress display must never fail the command it decorates.
//
// Descriptions are a catalog's messages, shown in the reader's language
// (a description already translated stays as it is).
type barProgress struct {
	bar *progressbar.ProgressBar
	p   *i18n.Printer
}

func (p *barProgress) Add(n int64) { _ = p.bar.Add64(n) }
func (p *barProgress) SetTotal(n int64) {
	if n <= 0 {
		n = -1
	}
	p.bar.ChangeMax64(n)
}
func (p *barProgress) Describe(msg string) { p.bar.Describe(p.p.Text(msg)) }
func (p *barProgress) Finish()             { _ = p.bar.Finish() }
func (p *barProgress) Update(msg string)   { p.bar.Describe(p.p.Text(msg)) }
func (p *barProgress) Stop()               { _ = p.bar.Finish() }

type noProgress struct{}

func (noProgress) Add(int64)       {}
func (noProgress) SetTotal(int64)  {}
func (noProgress) Describe(string) {}
func (noProgress) Finish()         {}
func (noProgress) Update(string)   {}
func (noProgress) Stop()           {}
