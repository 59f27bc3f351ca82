package cmdutil

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/url"

	"github.com/mxpay/mxpay/internal/httpx"
	"github.com/mxpay/mxpay/internal/receiver"
	"github.com/spf13/pflag"
)

// AddReceiverFlags registers the limits every webhook receiver takes, with
// l's values as defaults (receiver.DefaultLimits), so both receivers
// offer the same flags with the same meaning.
func AddReceiverFlags(fs *pflag.FlagSet, l *receiver.Limits) {
	fs.IntVar(&l.MaxConns, "max-connections", l.MaxConns, "connections served at once; more wait until one closes")
	fs.DurationVar(&l.HeaderTimeout, "header-timeout", l.HeaderTimeout, "drop a connection whose request line and headers take longer")
	fs.DurationVar(&l.BodyTimeout, "body-timeout", l.BodyTimeout, "drop a request whose body takes longer, after its headers")
	fs.DurationVar(&l.IdleTimeout, "idle-timeout", l.IdleTimeout, "close a kept-alive connection idle this long")
	fs.Int64Var(&l.MaxBody, "max-body", l.MaxBody, "largest body accepted, in bytes; larger ones are answered 413")
}

// CheckReceiverFlags is the usage error for limits a receiver cannot run
// with.
func CheckReceiverFlags(l receiver.Limits) error {
	if err := l.Check(); err != nil {
		return UsageErrorf("%v", err)
	}
	return nil
}

// HTTPURL checks that value, given as flag, is an absolute http or https
// URL: where receivers forward to, and where test events are sent.
func HTTPURL(flag, value string) (*url.URL, error) {
	u, err := url.Parse(value)
	if value == "" || err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, UsageErrorf("--%s must be an http or https URL, got %q", flag, httpx.RedactURL(value))
	}
	return u, nil
}

// SendTestEvent posts a test event (`facti ipn send`, `sync webhooks
// send`) once, never retried, as the provider's own call is, and returns
// the answer with up to 4 KB of its body. A transport failure is the
// error; any HTTP status is for the caller to judge.
func SendTestEvent(ctx context.Context, hc *http.Client, target *url.URL, contentType string, body []byte) (*http.Response, []byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, target.String(), bytes.NewReader(body))
	if err != nil {
		return nil, nil, UsageErrorf("%v", err)
	}
	req.Header.Set("Content-Type", contentType)
	resp, err := hc.Do(req)
	if err != nil {
		return nil, nil, ReportError(err)
	}
	defer resp.Body.Close()
	reply, _ := io.ReadAll(io.LimitReader(resp.Body, 4<<10))
	return resp, bytes.TrimSpace(reply), nil
}
