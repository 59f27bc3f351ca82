package facti

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"

	"github.com/mxpay/mxpay/internal/errs"
	"github.com/mxpay/mxpay/internal/httpx"
)

// excerptLen is how much of an unreadable reply an error quotes.
const excerptLen = 120

// do sends req and returns the reply object when Facti answered result 1.
//
// What comes back is judged in three ways. Facti's own refusal (its JSON
// envelope with result 0, or HTTP 401/403) is definitive: *Error. A
// redirect, 408, 429 or 5xx may come from a proxy that passed the request
// on: *httpx.StatusError, ambiguous. Anything else that is not Facti's JSON
// envelope (an HTML page, a cut-off body, JSON without a result) is a
// *ReplyError, ambiguous too: nobody can tell from it whether the request
// was applied.
func (c *Client) do(op string, req *http.Request) (json.RawMessage, error) {
	resp, err := c.HTTP.Do(req)
	if err != nil {
		// url.Error's message repeats the URL, which carries the
		// credentials on GETs.
		return nil, httpx.UnwrapURLError(err)
	}
	if passedOn(resp.StatusCode) {
		return nil, httpx.CheckStatus(resp)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxReply))
	if err != nil {
		return nil, httpx.UnwrapURLError(err)
	}
	raw, err := decodeReply(op, resp.StatusCode, body)
	if err != nil {
		// Replies that are not Facti's JSON are quoted only through
		// Excerpt: error pages echo the request, credentials and all.
		switch e := err.(type) {
		case *ReplyError:
			e.Excerpt = httpx.Excerpt(resp, body, excerptLen)
		case *Error:
			if e.page {
				e.Msg = httpx.Excerpt(resp, body, excerptLen)
			}
		}
	}
	return raw, err
}

// passedOn reports statuses that a proxy or gateway may answer for a
// request it passed on (or may pass on later): 3xx, 408, 429 and 5xx.
func passedOn(status int) bool {
	return (status >= 300 && status < 400) || status == http.StatusRequestTimeout ||
		status == http.StatusTooManyRequests || status >= 500
}

// envelope is what every Facti reply carries. The document names the flag
// result in its examples and status in its tables, so both are read.
type envelope struct {
	Result *Flex `json:"result"`
	Status *Flex `json:"status"`
	Msg    Flex  `json:"msg"`
}

// decodeReply judges a reply that was not passed on (see passedOn): the
// object for result 1, *Error for Facti's refusal, *ReplyError for
// anything that is not Facti's JSON. It never quotes the body: do adds a
// masked excerpt.
func decodeReply(op string, status int, body []byte) (json.RawMessage, error) {
	trimmed := bytes.TrimSpace(body)
	var env envelope
	isEnvelope := len(trimmed) > 0 && trimmed[0] == '{' && json.Unmarshal(trimmed, &env) == nil && (env.Result != nil || env.Status != nil)
	auth := status == http.StatusUnauthorized || status == http.StatusForbidden
	switch {
	case !isEnvelope && auth:
		// A 401/403 page is final whoever wrote it; its text is quoted masked.
		return nil, &Error{Op: op, HTTPStatus: status, page: true}
	case !isEnvelope:
		return nil, &ReplyError{Op: op, HTTPStatus: status, Problem: "it is not Facti's JSON"}
	}
	result := env.Result
	if result == nil || *result == "" {
		result = env.Status
	}
	ok := result != nil && result.Truthy()
	switch {
	case ok && status < 300:
		return json.RawMessage(trimmed), nil
	case ok:
		return nil, &ReplyError{Op: op, HTTPStatus: status, Problem: "it says result 1 with an error status"}
	}
	return nil, &Error{Op: op, HTTPStatus: status, Msg: string(env.Msg)}
}

// ReplyError is a reply nobody can read as Facti's: an HTML page, a body
// cut off, JSON without a result, or a result 1 without what it should
// carry. Whether the request was applied is unknown: Ambiguous.
type ReplyError struct {
	Op         string
	HTTPStatus int
	Problem    string // what is wrong with it
	Excerpt    string // the start of the body, masked
}

func (e *ReplyError) Error() string {
	msg := fmt.Sprintf("Facti's reply to the request to %s could not be read: %s", e.Op, e.Problem)
	if e.HTTPStatus != 0 && e.HTTPStatus != http.StatusOK {
		msg += fmt.Sprintf(" (HTTP %d)", e.HTTPStatus)
	}
	if e.Excerpt != "" {
		msg += fmt.Sprintf("; it begins %q", e.Excerpt)
	}
	return msg
}

// Kind is Unreachable: Facti could not be understood. For a read nothing
// changed; a create or a payment change looks itself up instead.
func (e *ReplyError) Kind() errs.Kind { return errs.Unreachable }

// Ambiguous: the request may have been applied.
func (e *ReplyError) Ambiguous() bool { return true }

// ProviderName names Facti.
func (e *ReplyError) ProviderName() string { return "facti" }

// decode unmarshals a result-1 reply into v. A reply whose members cannot
// be read is a *ReplyError: Facti said yes to something nobody can read.
func decode(op string, raw json.RawMessage, v any) error {
	if err := json.Unmarshal(raw, v); err != nil {
		return &ReplyError{Op: op, Problem: "its members do not have the documented types: " + err.Error()}
	}
	return nil
}
