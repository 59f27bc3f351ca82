package sync

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os/exec"
	"strings"
	gosync "sync"
	"sync/atomic"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/receiver"
	syncapi "github.com/mxpay/mxpay/internal/sync"
)

// listener is the running endpoint: the journal (the --log file) makes
// each event durable and remembers which it holds; stdout is written in
// the journal's order; follow-up work (forward, exec, fetch) goes to one
// worker, in order.
type listener struct {
	opts    *WebhooksListenOptions
	secret  string
	journal *receiver.Journal
	out     gosync.Mutex // stdout, for --fetch rows among the events
	queue   chan *syncapi.Event
	forward *http.Client
	sync    *syncapi.Client
	// refused counts calls without the secret: they are not logged
	// anywhere, only counted.
	refused atomic.Int64
}

func (l *listener) refusals() string {
	if n := l.refused.Load(); n > 0 {
		return l.opts.IO.T(", %d call(s) without the secret refused", n)
	}
	return ""
}

// presented is the secret a call carries: the path segment after --path,
// or the token query parameter.
func (l *listener) presented(r *http.Request) string {
	if rest, ok := strings.CutPrefix(r.URL.Path, l.opts.Path+"/"); ok && rest != "" {
		return rest
	}
	return r.URL.Query().Get("token")
}

// serve checks the secret, then logs, prints and acknowledges one event.
func (l *listener) serve(w http.ResponseWriter, r *http.Request) {
	if !receiver.SameSecret(l.presented(r), l.secret) {
		l.refused.Add(1)
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	if r.Method != http.MethodPost {
		http.Error(w, "POST only", http.StatusMethodNotAllowed)
		return
	}
	body, err := receiver.ReadBody(w, r, l.opts.Limits.MaxBody)
	if errors.Is(err, receiver.ErrTooLarge) {
		http.Error(w, "the body is larger than the listener accepts", http.StatusRequestEntityTooLarge)
		return
	}
	var ev *syncapi.Event
	if err == nil {
		ev, err = syncapi.ParseEvent(body)
	}
	if err != nil {
		http.Error(w, "the body is not a Sync event: a JSON object", http.StatusBadRequest)
		return
	}
	line := maskEvent(ev.Raw, l.opts.Redactor)
	// The key is the event's ids as received (masking could make two
	// events alike); an event without ids is keyed by the line as logged,
	// which is what a restart reads back.
	key := ev.Key()
	if ev.IDJob == "" && ev.IDCredential == "" {
		key = syncapi.EventKey(line)
	}
	fresh, err := l.journal.Record(key, line, func() {
		l.out.Lock()
		l.opts.IO.Out.Write(append(line, '\n'))
		l.out.Unlock()
	})
	switch {
	case err != nil:
		// Not acknowledged: Sync will deliver it again.
		fmt.Fprintln(l.opts.IO.ErrOut, l.opts.IO.T("could not log an event, answered 500: %v", i18n.Localize(err, l.opts.IO.Printer())))
		http.Error(w, "could not store the event", http.StatusInternalServerError)
		return
	case !fresh:
		fmt.Fprintln(l.opts.IO.ErrOut, l.opts.IO.T("Duplicate %s event (job %s, credential %s): acknowledged, not repeated.", orDash(ev.Event), orDash(ev.IDJob), orDash(ev.IDCredential)))
		w.WriteHeader(http.StatusOK)
		return
	}
	w.WriteHeader(http.StatusOK)
	if l.opts.ForwardTo != "" || l.opts.Exec != "" || l.opts.Fetch {
		l.queue <- ev
	}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// followUp forwards, runs and fetches for one event; failures are
// reported on stderr (which the run's redactor masks) and never stop the
// listener.
func (l *listener) followUp(ctx context.Context, ev *syncapi.Event) {
	errOut := l.opts.IO.ErrOut
	if l.forward != nil {
		if err := l.forwardEvent(ctx, ev); err != nil {
			fmt.Fprintln(errOut, l.opts.IO.T("forwarding to %s: %v", l.opts.Redactor.URL(l.opts.ForwardTo), i18n.Localize(err, l.opts.IO.Printer())))
		}
	}
	if l.opts.Exec != "" {
		c := exec.CommandContext(ctx, "sh", "-c", l.opts.Exec)
		c.Stdin = bytes.NewReader(ev.Raw)
		c.Stdout, c.Stderr = errOut, errOut
		if err := c.Run(); err != nil {
			fmt.Fprintln(errOut, l.opts.IO.T("--exec: %v", i18n.Localize(err, l.opts.IO.Printer())))
		}
	}
	if l.opts.Fetch {
		if err := l.fetch(ctx, ev); err != nil {
			fmt.Fprintln(errOut, l.opts.IO.T("--fetch: %v", i18n.Localize(explain(err), l.opts.IO.Printer())))
		}
	}
}

func (l *listener) forwardEvent(ctx context.Context, ev *syncapi.Event) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, l.opts.ForwardTo, bytes.NewReader(ev.Raw))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := l.forward.Do(req)
	if err != nil {
		return cmdutil.ReportError(err)
	}
	io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return i18n.Errorf("answered %s", resp.Status)
	}
	return nil
}

// fetch reads every page of the transactions and attachments links of an
// event with the event's user's session, and prints each row.
func (l *listener) fetch(ctx context.Context, ev *syncapi.Event) error {
	if ev.IDUser == "" {
		return i18n.Errorf("the event names no id_user")
	}
	links, err := ev.Links("transactions", "attachments")
	if err != nil {
		return err
	}
	for _, link := range links {
		for row, err := range l.sync.Pages(ctx, ev.IDUser, link.Path, link.Query) {
			if err != nil {
				return err
			}
			line, _ := json.Marshal(map[string]any{"fetched": link.Kind, "data": row})
			masked := l.opts.Redactor.Body("application/json", string(line))
			l.out.Lock()
			io.WriteString(l.opts.IO.Out, masked+"\n")
			l.out.Unlock()
		}
	}
	return nil
}
