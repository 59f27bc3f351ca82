package facti

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"os/exec"
	"time"

	"github.com/mxpay/mxpay/internal/cmdutil"
	"github.com/mxpay/mxpay/internal/i18n"
)

// forwarder hands new events to --forward-to and --exec, one at a time,
// off the request path so Facti is answered at once. Whatever they print
// goes to stderr through the run's redactor.
type forwarder struct {
	warn   *logger
	client *http.Client
	url    string
	exec   string
	queue  chan event
	done   chan struct{}
}

func (f *forwarder) enqueue(e event) {
	if f.url == "" && f.exec == "" {
		return
	}
	select {
	case f.queue <- e:
	default:
		f.warn.say(f.warn.T("Warning: forwarding queue full; the event is in the log but was not forwarded."))
	}
}

func (f *forwarder) run(ctx context.Context) {
	defer close(f.done)
	for e := range f.queue {
		if f.url != "" {
			f.forward(ctx, e)
		}
		if f.exec != "" {
			cmd := exec.Command("sh", "-c", f.exec)
			cmd.Stdin = bytes.NewReader(append(e.line, '\n'))
			var out bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &out
			err := cmd.Run()
			if out.Len() > 0 {
				f.warn.printf("%s", out.Bytes())
			}
			if err != nil {
				f.warn.say(f.warn.T("Warning: --exec failed: %v", err))
			}
		}
	}
}

// forward posts the IPN as received, retrying with backoff (1s, 2s, 4s, 8s).
func (f *forwarder) forward(ctx context.Context, e event) {
	delay := time.Second
	for attempt := 1; ; attempt++ {
		req, err := http.NewRequestWithContext(context.WithoutCancel(ctx), http.MethodPost, f.url, bytes.NewReader(e.body))
		if err != nil {
			return
		}
		req.Header.Set("Content-Type", e.contentType)
		resp, err := f.client.Do(req)
		if err == nil {
			io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
			resp.Body.Close()
			if resp.StatusCode/100 == 2 {
				return
			}
			err = i18n.Errorf("answered %s", resp.Status)
		}
		if attempt == 5 || ctx.Err() != nil {
			f.warn.say(f.warn.T("Warning: could not forward an IPN to %s after %v: %v", f.url, i18n.Errorf("%d attempt(s)", attempt), cmdutil.ReportError(err)))
			return
		}
		select {
		case <-time.After(delay):
		case <-ctx.Done(): // shutting down: the event stays in the log
		}
		delay *= 2
	}
}
