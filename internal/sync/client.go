// Package sync is the wire client of the Paybook Sync / Syncfy API.
//
// Importers alias it (syncapi) to keep the standard library's sync usable.
// It knows the wire and nothing else: every reply is the
// {rid, code, errors, status, message, response} envelope, users and
// webhooks are authenticated with the API key, everything scoped to a user
// with a session token obtained on demand. Creating calls follow the one
// safe-create rule (CreateCredentialOrFind, RegisterWebhook,
// CreateUserOrFind) and every listing has one paging method (paging.go).
package sync

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync/atomic"
	"time"

	"github.com/mxpay/mxpay/internal/httpx"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/settle"
)

// maxReply bounds how much of a reply is read: Sync lists are paged, so a
// larger body means something is wrong.
const maxReply = 32 << 20

// Client talks to one Sync host with one API key.
type Client struct {
	http     *http.Client
	baseURL  string
	apiKey   string
	sessions SessionStore
	now      func() time.Time
	lastBody atomic.Int64 // the size of the last large reply (readBody)
	// Settle is how a creation whose reply was lost is looked up.
	Settle settle.Policy
}

// New returns a client for baseURL (ending in /v1) using apiKey. sessions
// keeps session tokens between runs; nil keeps them in memory only.
func New(httpClient *http.Client, baseURL, apiKey string, sessions SessionStore) *Client {
	if sessions == nil {
		sessions = NewMemorySessions()
	}
	return &Client{http: httpClient, baseURL: strings.TrimRight(baseURL, "/"), apiKey: apiKey, sessions: sessions, now: time.Now}
}

// auth is how one request authenticates.
type auth struct {
	header string // the Authorization value; never logged
}

func (c *Client) apiKeyAuth() auth { return auth{header: "API_KEY api_key=" + c.apiKey} }

func tokenAuth(token string) auth { return auth{header: "TOKEN token=" + token} }

// call is one request: query goes in the URL, body (when not nil) is sent
// as JSON. retry marks a POST as safe to repeat.
type call struct {
	method string
	path   string
	query  url.Values
	body   any
	retry  bool
}

// do sends c and decodes the envelope's response into out (when not nil).
// It returns the raw response member too.
func (c *Client) do(ctx context.Context, a auth, cl call, out any) (json.RawMessage, error) {
	var body io.Reader
	if cl.body != nil {
		data, err := json.Marshal(cl.body)
		if err != nil {
			return nil, &beforeSendError{i18n.Errorf("encoding the request: %w", err)}
		}
		body = bytes.NewReader(data)
	}
	u := c.baseURL + cl.path
	if len(cl.query) > 0 {
		u += "?" + cl.query.Encode()
	}
	req, err := http.NewRequestWithContext(ctx, cl.method, u, body)
	if err != nil {
		return nil, &beforeSendError{i18n.Errorf("building the request: %w", err)}
	}
	req.Header.Set("Authorization", a.header)
	req.Header.Set("Accept", "application/json")
	if cl.body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if cl.retry {
		req = httpx.AllowRetry(req)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		// url.Error repeats the URL; the inner error is already masked.
		return nil, httpx.UnwrapURLError(err)
	}
	defer resp.Body.Close()
	data, err := c.readBody(resp)
	if err != nil {
		return nil, httpx.UnwrapURLError(err)
	}
	return decode(resp, cl.method, cl.path, data, out)
}

// readBody reads a reply whole into a buffer sized from Content-Length, or
// else from the last large reply: pages are about the same size, and
// growing the buffer page after page showed in profiles.
func (c *Client) readBody(resp *http.Response) ([]byte, error) {
	size := resp.ContentLength
	if size <= 0 || size > maxReply {
		size = c.lastBody.Load()
	}
	buf := bytes.NewBuffer(make([]byte, 0, size+bytes.MinRead))
	_, err := buf.ReadFrom(io.LimitReader(resp.Body, maxReply))
	if n := int64(buf.Len()); n > 64<<10 {
		c.lastBody.Store(n)
	}
	return buf.Bytes(), err
}

// beforeSendError is a failure before a request left this machine: it
// could not be built, or the session it needed could not be opened. It
// says nothing was sent, whatever the cause's own ambiguity.
type beforeSendError struct{ err error }

func (e *beforeSendError) Error() string   { return e.err.Error() }
func (e *beforeSendError) Unwrap() error   { return e.err }
func (e *beforeSendError) Ambiguous() bool { return false }
