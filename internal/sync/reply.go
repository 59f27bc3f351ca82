package sync

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/mxpay/mxpay/internal/errs"
	"github.com/mxpay/mxpay/internal/httpx"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/jsonrows"
)

// envelope is the wrapper of every Sync JSON reply, response aside (see
// readEnvelope).
type envelope struct {
	RID     string
	Code    int
	Errors  json.RawMessage
	Status  *bool
	Message *string
}

// excerptLen is how much of a reply that is not the envelope an error quotes.
const excerptLen = 200

// responseRows is an out value for decode that reads the response member
// in the same pass as the envelope (the big listings: a page is read once).
// It must read the value; a *jsonrows.ShapeError it returns is a response
// of an unexpected shape, any other error a body that is not JSON.
type responseRows func(r *jsonrows.Reader) error

// decode reads one reply. Sync's envelope with status true and a 2xx
// status is a success, its response member decoded into out (when not
// nil; a responseRows reads it as it is scanned). The envelope with status
// false, or with a status outside 2xx, is Sync's own answer: an *APIError.
// Anything else (a proxy's page, a cut-off or empty body) is a
// *ReplyError: nobody can tell from it what Sync did. resp is the reply's
// header, data its body. The body is validated whole in one pass.
func decode(resp *http.Response, method, path string, data []byte, out any) (json.RawMessage, error) {
	var raw json.RawMessage
	rows, streamed := out.(responseRows)
	env, shape, ok := readEnvelope(data, func(r *jsonrows.Reader) error {
		if streamed {
			return rows(r)
		}
		v, err := r.Value()
		raw = v
		return err
	})
	if !ok {
		return nil, newReplyError(resp, method, path, data)
	}
	status := resp.StatusCode
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
	if shape != nil {
		return nil, &ReplyError{HTTPStatus: status, Method: method, Path: path, Reason: unexpectedShape(shape)}
	}
	if out != nil && !streamed {
		if err := json.Unmarshal(raw, out); err != nil {
			return nil, &ReplyError{HTTPStatus: status, Method: method, Path: path, Reason: unexpectedShape(err)}
		}
	}
	return raw, nil
}

// readEnvelope scans a reply once: ok is false unless it is one JSON
// object with the envelope's members of their types and a status or a
// code. response reads the response member where it comes; its shape
// problem (a *jsonrows.ShapeError) is returned apart, since it matters
// only for a success.
func readEnvelope(data []byte, response func(r *jsonrows.Reader) error) (env envelope, shape error, ok bool) {
	r := jsonrows.NewReader(data)
	if r.Kind() != '{' {
		return env, nil, false
	}
	var bad error // a member of the wrong type: not the envelope
	err := r.Object(func(raw []byte) error {
		name := strings.ToLower(string(raw)) // encoding/json's case-insensitive match
		switch name {
		case "response":
			err := response(r)
			var se *jsonrows.ShapeError
			if errors.As(err, &se) {
				shape, err = err, nil
			}
			return err
		case "rid", "code", "errors", "status", "message":
		default:
			return r.Skip()
		}
		v, err := r.Value()
		if err != nil {
			return err
		}
		if e := envelopeMember(&env, name, v); e != nil && bad == nil {
			bad = e
		}
		return nil
	})
	if err != nil || bad != nil || r.End() != nil || (env.Status == nil && env.Code == 0) {
		return env, nil, false
	}
	return env, shape, true
}

func envelopeMember(env *envelope, name string, v []byte) error {
	switch name {
	case "rid":
		return jsonrows.String(&env.RID, v)
	case "code":
		return jsonrows.Int(&env.Code, v)
	case "errors":
		return jsonrows.Raw(&env.Errors, v)
	case "status":
		return jsonrows.BoolPtr(&env.Status, v)
	}
	return jsonrows.StringPtr(&env.Message, v)
}

// APIError is Sync's own answer refusing a request: its envelope with
// status false, or with an HTTP status outside 2xx.
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

// MessageKey shows the refusal in the reader's language; Sync's own
// message is the provider's text and is shown as sent.
func (e *APIError) MessageKey() (string, []any) {
	msg := e.Message
	if msg == "" {
		msg = http.StatusText(e.Code)
	}
	return "Sync answered %d to %s %s: %s", []any{e.Code, e.Method, redactPath(e.Path), msg}
}

// Kind: a rejected key or token is Auth, a provider-side failure is
// Unreachable, anything else a rejection.
func (e *APIError) Kind() errs.Kind {
	switch code := e.effectiveCode(); {
	case code == http.StatusUnauthorized:
		return errs.Auth
	case isUnsettled(code):
		return errs.Unreachable
	}
	return errs.Rejected
}

// ProviderName names Sync for the command layer's next step.
func (e *APIError) ProviderName() string { return "sync" }

// Ambiguous: even in Sync's envelope, a redirect, a timeout, rate limiting
// or a server error does not say the request was not applied.
func (e *APIError) Ambiguous() bool { return isUnsettled(e.effectiveCode()) }

func (e *APIError) effectiveCode() int {
	if e.HTTPStatus < 200 || e.HTTPStatus > 299 {
		return e.HTTPStatus
	}
	return e.Code
}

// isUnsettled reports statuses after which a request may or may not have
// been applied: 3xx, 408, 429 and 5xx.
func isUnsettled(code int) bool {
	return (code >= 300 && code < 400) || code == http.StatusRequestTimeout || code == http.StatusTooManyRequests || code >= 500
}

// ReplyError is a reply that is not Sync's envelope: a gateway's or WAF's
// page, a redirect, an empty or cut-off body. It is always ambiguous: it
// does not come from Sync, or not whole, so it cannot say what Sync did.
type ReplyError struct {
	HTTPStatus int
	Method     string
	Path       string
	Location   string // a redirect's target, masked
	Excerpt    string // the start of the body, masked (httpx.Excerpt)
	Reason     string // set instead of Excerpt when the envelope was there but unusable
}

func newReplyError(resp *http.Response, method, path string, data []byte) *ReplyError {
	e := &ReplyError{HTTPStatus: resp.StatusCode, Method: method, Path: path, Excerpt: httpx.Excerpt(resp, data, excerptLen)}
	if loc := resp.Header.Get("Location"); loc != "" {
		e.Location = httpx.RedactorOf(resp).URL(loc)
	}
	return e
}

func (e *ReplyError) Error() string {
	var b strings.Builder
	b.WriteString("Sync answered ")
	if e.Method != "" {
		fmt.Fprintf(&b, "%s %s with ", e.Method, redactPath(e.Path))
	}
	fmt.Fprintf(&b, "%d %s", e.HTTPStatus, http.StatusText(e.HTTPStatus))
	switch {
	case e.Reason != "":
		fmt.Fprintf(&b, ", but %s", e.Reason)
	case e.HTTPStatus >= 300 && e.HTTPStatus < 400:
		target := e.Location
		if target == "" {
			target = "no Location"
		}
		fmt.Fprintf(&b, " (a redirect to %s, not followed)", target)
	case strings.TrimSpace(e.Excerpt) == "":
		b.WriteString(" and an empty body")
	default:
		fmt.Fprintf(&b, " and a reply that is not its JSON envelope: %q", e.Excerpt)
	}
	return b.String()
}

// MessageKey is Error's message as a catalog id: each of its shapes is a
// whole message of the catalog.
func (e *ReplyError) MessageKey() (string, []any) {
	key, args := "Sync answered %d %s", []any{e.HTTPStatus, http.StatusText(e.HTTPStatus)}
	if e.Method != "" {
		key, args = "Sync answered %s %s with %d %s", []any{e.Method, redactPath(e.Path), e.HTTPStatus, http.StatusText(e.HTTPStatus)}
	}
	switch {
	case e.Reason != "":
		key += ", but %s"
		args = append(args, reasonError(e.Reason))
	case e.HTTPStatus >= 300 && e.HTTPStatus < 400 && e.Location == "":
		key += " (a redirect to no Location, not followed)"
	case e.HTTPStatus >= 300 && e.HTTPStatus < 400:
		key += " (a redirect to %s, not followed)"
		args = append(args, e.Location)
	case strings.TrimSpace(e.Excerpt) == "":
		key += " and an empty body"
	default:
		key += " and a reply that is not its JSON envelope: %q"
		args = append(args, e.Excerpt)
	}
	return key, args
}

// shapePrefix begins the reason unexpectedShape gives.
const shapePrefix = "its response has an unexpected shape ("

// reasonError is a ReplyError's reason as a translatable message: the
// reasons are mxpay's words, the decoder's own error is kept as it is.
func reasonError(reason string) error {
	if inner, ok := strings.CutPrefix(reason, shapePrefix); ok && strings.HasSuffix(inner, ")") {
		return i18n.Errorf(shapePrefix+"%s)", strings.TrimSuffix(inner, ")"))
	}
	return i18n.Errorf(reason)
}

// Kind follows the HTTP status: 401 and 403 are authentication, anything
// that may come from a proxy (3xx, 408, 429, 5xx, a broken 2xx) means Sync
// could not be reached as asked, the rest is a rejection.
func (e *ReplyError) Kind() errs.Kind {
	switch s := e.HTTPStatus; {
	case s == http.StatusUnauthorized, s == http.StatusForbidden:
		return errs.Auth
	case isUnsettled(s), s >= 200 && s < 300:
		return errs.Unreachable
	}
	return errs.Rejected
}

// ProviderName names Sync for the command layer's next step.
func (e *ReplyError) ProviderName() string { return "sync" }

// Ambiguous: see the type.
func (e *ReplyError) Ambiguous() bool { return true }

// IsUnauthorized reports Sync refusing the key or token (a 401 in its
// envelope). A 401 page from anything else is not Sync's answer.
func IsUnauthorized(err error) bool {
	var e *APIError
	return errors.As(err, &e) && e.effectiveCode() == http.StatusUnauthorized
}

// IsNotFound reports a 404 in Sync's envelope.
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

// unexpectedShape says why a response member could not be decoded. JSON's
// errors name types and fields, never the values.
func unexpectedShape(err error) string {
	return fmt.Sprintf("its response has an unexpected shape (%v)", err)
}

// rawHolder is implemented by the typed values, which keep their raw JSON.
type rawHolder interface{ setRaw(json.RawMessage) }

// decodeOne decodes raw into a T that keeps raw. A shape it cannot read is
// a *ReplyError: for a creating call, what was created is then unknown.
func decodeOne[T any, P interface {
	*T
	rawHolder
}](raw json.RawMessage) (*T, error) {
	v := new(T)
	if err := json.Unmarshal(raw, v); err != nil {
		return nil, &ReplyError{HTTPStatus: http.StatusOK, Reason: unexpectedShape(err)}
	}
	P(v).setRaw(raw)
	return v, nil
}

func decodeEach[T any, P interface {
	*T
	rawHolder
}](raws []json.RawMessage) ([]T, error) {
	out := make([]T, 0, len(raws))
	for _, r := range raws {
		v, err := decodeOne[T, P](r)
		if err != nil {
			return nil, err
		}
		out = append(out, *v)
	}
	return out, nil
}
