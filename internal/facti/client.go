// Package facti is the wire client of the Facti payments API: typed
// requests with their validation, the form encoding Facti's PHP server
// expects, lenient decoding of its replies, and typed errors. It knows
// nothing of the CLI.
package facti

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/mxpay/mxpay/internal/errs"
	"github.com/mxpay/mxpay/internal/httpx"
	"github.com/mxpay/mxpay/internal/settle"
)

// Documented base URLs.
const (
	SandboxURL    = "http://api.sandbox.facti.mx"
	ProductionURL = "https://api.facti.mx"
)

// maxReply bounds how much of a reply is read: a page of 200 payments is a
// few hundred kilobytes.
const maxReply = 32 << 20

// Client calls the Facti API with one pair of credentials.
type Client struct {
	HTTP     *http.Client
	BaseURL  string // without /v1
	ClientID string
	APIKey   string
	// Settle is how a request whose reply was lost is looked up.
	Settle settle.Policy
}

// New returns a client; base is the host without /v1.
func New(hc *http.Client, base, clientID, apiKey string) *Client {
	if hc == nil {
		hc = http.DefaultClient
	}
	return &Client{HTTP: hc, BaseURL: strings.TrimRight(base, "/"), ClientID: clientID, APIKey: apiKey}
}

// URL is the full address of a path such as "/v1/payments/new_request".
func (c *Client) URL(path string) string { return c.BaseURL + path }

// credentials starts a form with the two fields every call carries.
func (c *Client) credentials() *Form {
	f := &Form{}
	f.Add("client_id", c.ClientID)
	f.Add("api_key", c.APIKey)
	return f
}

// post sends form to path. retry marks it safe to repeat (searches only:
// creating and paying are never repeated blindly).
func (c *Client) post(ctx context.Context, op, path string, form *Form, retry bool) (json.RawMessage, error) {
	return c.postReading(ctx, op, path, form, retry, nil)
}

// postReading is post, reading members as the reply is scanned (see
// judgeReply).
func (c *Client) postReading(ctx context.Context, op, path string, form *Form, retry bool, members memberReaders) (json.RawMessage, error) {
	req, err := c.postRequest(ctx, path, form, retry)
	if err != nil {
		return nil, err
	}
	return c.doReading(op, req, members)
}

func (c *Client) postRequest(ctx context.Context, path string, form *Form, retry bool) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.URL(path), strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "application/json")
	if retry {
		req = httpx.AllowRetry(req)
	}
	return req, nil
}

// get sends a GET with the credentials as query parameters, as documented.
func (c *Client) get(ctx context.Context, op, path string) (json.RawMessage, error) {
	q := url.Values{"client_id": {c.ClientID}, "api_key": {c.APIKey}}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.URL(path)+"?"+q.Encode(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/json")
	return c.do(op, req)
}

// Error is Facti's definitive refusal: a reply with result 0 (Facti said
// why in msg), or HTTP 401/403.
type Error struct {
	Op         string
	HTTPStatus int
	Msg        string
	// page is set for a 401/403 that was not Facti's JSON: Msg is then a
	// masked excerpt of the page.
	page bool
}

func (e *Error) Error() string {
	msg := e.Msg
	if msg == "" {
		msg = "no reason given"
	}
	return fmt.Sprintf("Facti refused to %s: %s", e.Op, msg)
}

// IsAuth reports whether the refusal is about the credentials. Facti's
// exact wording is unknown (api-notes.md), so this is defensive: HTTP 401
// and 403, or a message that talks about credentials or keys.
func (e *Error) IsAuth() bool {
	if e.HTTPStatus == http.StatusUnauthorized || e.HTTPStatus == http.StatusForbidden {
		return true
	}
	m := strings.ToLower(e.Msg)
	for _, w := range []string{"credencial", "credential", "api_key", "api key", "client_id", "autentica", "authenticat", "no autorizado", "unauthorized"} {
		if strings.Contains(m, w) {
			return true
		}
	}
	return false
}

// Kind is Auth for rejected credentials, else Rejected (the provider said no).
func (e *Error) Kind() errs.Kind {
	if e.IsAuth() {
		return errs.Auth
	}
	return errs.Rejected
}

// ProviderName names Facti, so the command layer can point at
// `mxpay auth login facti`.
func (e *Error) ProviderName() string { return "facti" }
