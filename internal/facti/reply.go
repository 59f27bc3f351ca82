package facti

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/mxpay/mxpay/internal/errs"
	"github.com/mxpay/mxpay/internal/httpx"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/jsonrows"
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
	return c.doReading(op, req, nil)
}

// doReading is do, with members read as the reply is scanned (see
// judgeReply).
func (c *Client) doReading(op string, req *http.Request, members memberReaders) (json.RawMessage, error) {
	resp, body, err := c.exchange(req)
	if err != nil {
		return nil, err
	}
	return judged(op, resp, body, members)
}

// exchange sends req and reads the reply whole, unless it is one a proxy
// may have answered (passedOn), which is an error.
func (c *Client) exchange(req *http.Request) (*http.Response, []byte, error) {
	resp, err := c.HTTP.Do(req)
	if err != nil {
		// url.Error's message repeats the URL, which carries the
		// credentials on GETs.
		return nil, nil, httpx.UnwrapURLError(err)
	}
	if passedOn(resp.StatusCode) {
		return nil, nil, httpx.CheckStatus(resp)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxReply))
	if err != nil {
		return nil, nil, httpx.UnwrapURLError(err)
	}
	return resp, body, nil
}

// judged is judgeReply for a reply read by exchange, with the masked
// excerpt its errors quote.
func judged(op string, resp *http.Response, body []byte, members memberReaders) (json.RawMessage, error) {
	raw, err := judgeReply(op, resp.StatusCode, body, members)
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
	Result *Flex
	Status *Flex
	Msg    Flex
}

// success reports result 1 (or status 1 where result is absent).
func (env envelope) success() bool {
	result := env.Result
	if result == nil || *result == "" {
		result = env.Status
	}
	return result != nil && result.Truthy()
}

// memberReaders read chosen members of a reply while it is scanned, so a
// page of payments is read once: member name → a reader that must read the
// value. A *jsonrows.ShapeError from one means the member does not have
// its documented type; it matters only when the reply is a success.
type memberReaders map[string]func(r *jsonrows.Reader) error

// decodeReply judges a reply that was not passed on (see passedOn): the
// object for result 1, *Error for Facti's refusal, *ReplyError for
// anything that is not Facti's JSON. It never quotes the body: do adds a
// masked excerpt.
func decodeReply(op string, status int, body []byte) (json.RawMessage, error) {
	return judgeReply(op, status, body, nil)
}

// judgeReply is decodeReply, reading members as it scans the body once.
func judgeReply(op string, status int, body []byte, members memberReaders) (json.RawMessage, error) {
	trimmed := bytes.TrimSpace(body)
	env, shape, isEnvelope := readEnvelope(jsonrows.NewReader(trimmed), members)
	auth := status == http.StatusUnauthorized || status == http.StatusForbidden
	switch {
	case !isEnvelope && auth:
		// A 401/403 page is final whoever wrote it; its text is quoted masked.
		return nil, &Error{Op: op, HTTPStatus: status, page: true}
	case !isEnvelope:
		return nil, &ReplyError{Op: op, HTTPStatus: status, Problem: "it is not Facti's JSON"}
	}
	ok := env.success()
	switch {
	case ok && status < 300 && shape != nil:
		return nil, typesError(op, shape)
	case ok && status < 300:
		return json.RawMessage(trimmed), nil
	case ok:
		return nil, &ReplyError{Op: op, HTTPStatus: status, Problem: "it says result 1 with an error status"}
	}
	return nil, &Error{Op: op, HTTPStatus: status, Msg: string(env.Msg)}
}

// readEnvelope scans a reply once. isEnvelope is false unless it is one
// JSON object whose result, status and msg have Flex's types and which has
// a result or a status.
func readEnvelope(r *jsonrows.Reader, members memberReaders) (env envelope, shape error, isEnvelope bool) {
	if r.Kind() != '{' {
		return env, nil, false
	}
	var bad error
	err := r.Object(func(name []byte) error {
		lower := strings.ToLower(string(name)) // encoding/json's case-insensitive match
		if read := members[lower]; read != nil {
			err := read(r)
			var se *jsonrows.ShapeError
			if errors.As(err, &se) {
				if shape == nil {
					shape = err
				}
				err = nil
			}
			return err
		}
		var dst **Flex
		switch lower {
		case "result":
			dst = &env.Result
		case "status":
			dst = &env.Status
		case "msg":
		default:
			return r.Skip()
		}
		v, err := r.Value()
		if err != nil {
			return err
		}
		var e error
		if dst == nil {
			e = env.Msg.set(v)
		} else {
			e = setFlexPtr(dst, v)
		}
		if e != nil && bad == nil {
			bad = e
		}
		return nil
	})
	if err != nil || bad != nil || r.End() != nil {
		return env, nil, false
	}
	return env, shape, env.Result != nil || env.Status != nil
}

// ReplyError is a reply nobody can read as Facti's: an HTML page, a body
// cut off, JSON without a result, or a result 1 without what it should
// carry. Whether the request was applied is unknown: Ambiguous.
type ReplyError struct {
	Op         string
	HTTPStatus int
	Problem    string // what is wrong with it
	Excerpt    string // the start of the body, masked
	problem    error  // Problem as a message, when it has parts
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
		return typesError(op, err)
	}
	return nil
}

// typesError is a result-1 reply whose members cannot be read.
func typesError(op string, err error) *ReplyError {
	return &ReplyError{Op: op, Problem: "its members do not have the documented types: " + err.Error(),
		problem: i18n.Errorf("its members do not have the documented types: %v", err)}
}
