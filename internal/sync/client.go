// Package sync is the wire client of the Paybook Sync / Syncfy API.
//
// Importers alias it (syncapi) to keep the standard library's sync usable.
// It knows the wire and nothing else: every reply is the
// {rid, code, errors, status, message, response} envelope, users and
// sessions are authenticated with the API key, everything scoped to a user
// with a session token obtained on demand.
package sync

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/mxpay/mxpay/internal/errs"
	"github.com/mxpay/mxpay/internal/httpx"
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
	// Settle is how a credential creation whose reply was lost is looked up.
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

// envelope is the wrapper of every Sync JSON reply.
type envelope struct {
	RID      string          `json:"rid"`
	Code     int             `json:"code"`
	Errors   json.RawMessage `json:"errors"`
	Status   *bool           `json:"status"`
	Message  *string         `json:"message"`
	Response json.RawMessage `json:"response"`
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
			return nil, fmt.Errorf("encoding the request: %w", err)
		}
		body = bytes.NewReader(data)
	}
	u := c.baseURL + cl.path
	if len(cl.query) > 0 {
		u += "?" + cl.query.Encode()
	}
	req, err := http.NewRequestWithContext(ctx, cl.method, u, body)
	if err != nil {
		return nil, fmt.Errorf("building the request: %w", err)
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
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxReply))
	if err != nil {
		return nil, httpx.UnwrapURLError(err)
	}
	return decode(resp.StatusCode, cl.method, cl.path, data, out)
}

// decode checks the envelope: a non-2xx status or status:false is an
// *APIError even when the HTTP status was 200.
func decode(status int, method, path string, data []byte, out any) (json.RawMessage, error) {
	var env envelope
	if err := json.Unmarshal(data, &env); err != nil || (env.Status == nil && env.Code == 0) {
		if status < 200 || status > 299 {
			return nil, &APIError{HTTPStatus: status, Code: status, Message: http.StatusText(status), Method: method, Path: path}
		}
		return nil, fmt.Errorf("Sync answered %s %s with a reply that is not its JSON envelope", method, path)
	}
	if status < 200 || status > 299 || env.Status == nil || !*env.Status {
		e := &APIError{HTTPStatus: status, Code: env.Code, Errors: env.Errors, RID: env.RID, Method: method, Path: path}
		if env.Message != nil {
			e.Message = *env.Message
		}
		if e.Code == 0 {
			e.Code = status
		}
		return nil, e
	}
	if out != nil {
		if err := json.Unmarshal(env.Response, out); err != nil {
			return nil, fmt.Errorf("decoding Sync's reply to %s %s: %w", method, path, err)
		}
	}
	return env.Response, nil
}

// APIError is a reply with status false or an HTTP status outside 2xx.
type APIError struct {
	HTTPStatus int
	Code       int
	Message    string
	Errors     json.RawMessage
	RID        string
	Method     string
	Path       string // without the query; never holds a secret
}

func (e *APIError) Error() string {
	msg := e.Message
	if msg == "" {
		msg = http.StatusText(e.Code)
	}
	return fmt.Sprintf("Sync answered %d to %s %s: %s", e.Code, e.Method, redactPath(e.Path), msg)
}

// Kind: a rejected key or token is Auth, a provider-side failure is
// Unreachable, anything else a rejection.
func (e *APIError) Kind() errs.Kind {
	switch code := e.effectiveCode(); {
	case code == http.StatusUnauthorized:
		return errs.Auth
	case code == http.StatusTooManyRequests, code >= 500:
		return errs.Unreachable
	}
	return errs.Rejected
}

// ProviderName names Sync for the command layer's next step.
func (e *APIError) ProviderName() string { return "sync" }

// Ambiguous: rate limiting and server errors may come from a gateway that
// passed the request on.
func (e *APIError) Ambiguous() bool { return e.Kind() == errs.Unreachable }

func (e *APIError) effectiveCode() int {
	if e.HTTPStatus < 200 || e.HTTPStatus > 299 {
		return e.HTTPStatus
	}
	return e.Code
}

// IsUnauthorized reports a 401 reply.
func IsUnauthorized(err error) bool {
	var e *APIError
	return errors.As(err, &e) && e.effectiveCode() == http.StatusUnauthorized
}

// IsNotFound reports a 404 reply.
func IsNotFound(err error) bool {
	var e *APIError
	return errors.As(err, &e) && e.effectiveCode() == http.StatusNotFound
}

// redactPath masks a session token in /sessions/<token>/… paths.
func redactPath(p string) string {
	parts := strings.Split(p, "/")
	for i := 0; i+1 < len(parts); i++ {
		if parts[i] == "sessions" && parts[i+1] != "" {
			parts[i+1] = "***"
		}
	}
	return strings.Join(parts, "/")
}
