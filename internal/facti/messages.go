package facti

import (
	"strconv"
	"strings"
	"time"

	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/settle"
)

// The client's messages in the reader's language. Each error keeps its
// Error() (English, as logs and journals have it) and gives its message
// as a catalog id with MessageKey; the parts it is made of (what a request
// is, what an operation does) are messages too, passed as error arguments
// so that i18n.Localize translates them.

// Word is a fixed text shown inside a message (an operation, a field's
// name, a problem found in a reply): translated when the catalog has it,
// shown as it is otherwise (a flag name, a provider's text).
type Word string

func (w Word) Error() string { return string(w) }

// MessageKey is the word itself as a message without arguments.
func (w Word) MessageKey() (string, []any) { return strings.ReplaceAll(string(w), "%", "%%"), nil }

// Join is a list of messages shown one after another, separated by sep
// ("\n  " for one per line), each in the reader's language.
func Join(sep string, parts ...error) error { return &joined{sep: sep, parts: parts} }

type joined struct {
	sep   string
	parts []error
}

func (j *joined) Error() string {
	s := make([]string, len(j.parts))
	for i, p := range j.parts {
		s[i] = p.Error()
	}
	return strings.Join(s, j.sep)
}

// MessageKey is "%v<sep>%v…": a format no catalog holds, so each part is
// translated and the separators kept.
func (j *joined) MessageKey() (string, []any) {
	if len(j.parts) == 0 {
		return "", nil
	}
	verbs := make([]string, len(j.parts))
	args := make([]any, len(j.parts))
	for i, p := range j.parts {
		verbs[i], args[i] = "%v", p
	}
	return strings.Join(verbs, strings.ReplaceAll(j.sep, "%", "%%")), args
}

// Description is Describe as a message: "the payment request for folio
// 1001 (1,500.00)" in the reader's language.
func Description(r *NewRequest) error {
	if len(r.Group) > 0 {
		return i18n.Errorf("the grouped payment request for invoices %s (%s)", groupedInvoices(r), r.TotalAmount.Format())
	}
	if r.Serie == "" {
		return i18n.Errorf("the payment request for folio %s (%s)", r.Folio, r.TotalAmount.Format())
	}
	return i18n.Errorf("the payment request for serie %s folio %s (%s)", r.Serie, r.Folio, r.TotalAmount.Format())
}

// BareDescription is Description without its article, for messages that
// put one of their own ("Send payment request for folio 1001 (…) to …?").
func BareDescription(r *NewRequest) error {
	if len(r.Group) > 0 {
		return i18n.Errorf("grouped payment request for invoices %s (%s)", groupedInvoices(r), r.TotalAmount.Format())
	}
	if r.Serie == "" {
		return i18n.Errorf("payment request for folio %s (%s)", r.Folio, r.TotalAmount.Format())
	}
	return i18n.Errorf("payment request for serie %s folio %s (%s)", r.Serie, r.Folio, r.TotalAmount.Format())
}

// groupedInvoices lists a grouped request's invoices: "A/1001, A/1002".
func groupedInvoices(r *NewRequest) string {
	inv := make([]string, len(r.Group))
	for i, g := range r.Group {
		inv[i] = g.Serie + "/" + g.Folio
	}
	return strings.Join(inv, ", ")
}

// StatusWord is a payment's status as a word of the catalog ("paid",
// "pending"), for messages.
func StatusWord(p *Payment) error { return Word(p.StatusText()) }

// UnknownMessage is settle.UnknownError's message with what was sent as a
// message of its own (what), so that all of it reads in one language.
// The messages are settle's own (internal/settle), so both read alike.
func UnknownMessage(u *settle.UnknownError, what error) error {
	waited := u.Lookup.Waited.Round(time.Second).String()
	lookups := lookupCount(u.Lookup.Attempts)
	switch {
	case u.Lookup.Attempts == 0 && u.Lookup.Err != nil:
		return i18n.Errorf("%v was sent but its outcome is unknown (%v); it could not be looked up: %v", what, u.Cause, u.Lookup.Err)
	case u.Lookup.Err != nil:
		return i18n.Errorf("%v was sent but its outcome is unknown (%v); looking it up failed (%v over %s): %v", what, u.Cause, lookups, waited, u.Lookup.Err)
	}
	return i18n.Errorf("%v was sent but its outcome is unknown (%v); %v over %s did not find it, but the provider may still apply it", what, u.Cause, lookups, waited)
}

// lookupCount is "1 lookup", "3 lookups" in the reader's language.
type lookupCount int

func (n lookupCount) Error() string {
	if n == 1 {
		return "1 lookup"
	}
	return strconv.Itoa(int(n)) + " lookups"
}

// MessageKey counts the lookups with the catalog's plural forms.
func (n lookupCount) MessageKey() (string, []any) { return "%d lookup(s)", []any{int(n)} }

// unknownWhat is what an UnknownError of this package was about, as a
// message: the request's description when there is one.
func unknownWhat(u *settle.UnknownError, r *NewRequest) error {
	if r != nil {
		return Description(r)
	}
	return Word(u.What)
}

// MessageKey is the refusal in the reader's language; Facti's own text is
// shown as Facti sent it.
func (e *Error) MessageKey() (string, []any) {
	var msg error = Word(e.Msg)
	if e.Msg == "" {
		msg = Word("no reason given")
	}
	return "Facti refused to %v: %v", []any{Word(e.Op), msg}
}

// MessageKey is the unreadable reply in the reader's language.
func (e *ReplyError) MessageKey() (string, []any) {
	problem := e.problem
	if problem == nil {
		problem = Word(e.Problem)
	}
	key := "Facti's reply to the request to %v could not be read: %v"
	args := []any{Word(e.Op), problem}
	if e.HTTPStatus != 0 && e.HTTPStatus != 200 {
		key += " (HTTP %s)"
		args = append(args, strconv.Itoa(e.HTTPStatus))
	}
	if e.Excerpt != "" {
		key += "; it begins %q"
		args = append(args, e.Excerpt)
	}
	return key, args
}

// MessageKey lists every problem in the reader's language.
func (e *ValidationError) MessageKey() (string, []any) {
	parts := e.keyed
	if len(parts) != len(e.Problems) {
		parts = make([]error, len(e.Problems))
		for i, p := range e.Problems {
			parts[i] = Word(p)
		}
	}
	if len(parts) == 1 {
		return "%v", []any{parts[0]}
	}
	return "the request is not valid:\n  - %v", []any{Join("\n  - ", parts...)}
}

// MessageKey names the payments that already exist for the request.
func (e *DuplicateError) MessageKey() (string, []any) {
	seen := make([]error, len(e.Existing))
	for i, s := range e.Existing {
		seen[i] = seenMessage(s)
	}
	var what error = Word(e.Request)
	if e.request != nil {
		what = Description(e.request)
	}
	return "%v already exists: %v; nothing was sent", []any{what, Join("; ", seen...)}
}

// seenMessage is describeSeen as a message.
func seenMessage(s Seen) error {
	var invoice error = i18n.Errorf("folio %s", s.Folio)
	if s.Serie != "" {
		invoice = i18n.Errorf("serie %s folio %s", s.Serie, s.Folio)
	}
	status := Word("pending")
	if s.Paid {
		status = Word("paid")
	}
	id := strconv.FormatUint(s.ID, 10)
	if s.ToEmail != "" {
		return i18n.Errorf("payment %s (%v, %s to %s, %v)", id, invoice, s.Total.Format(), s.ToEmail, status)
	}
	return i18n.Errorf("payment %s (%v, %s, %v)", id, invoice, s.Total.Format(), status)
}

// MessageKey is the lost reply and the payments that match it.
func (e *ManyMatchesError) MessageKey() (string, []any) {
	ids := make([]string, len(e.Payments))
	for i, p := range e.Payments {
		ids[i] = string(p.ID)
	}
	var what error = Word(e.What)
	if e.request != nil {
		what = Description(e.request)
	}
	return "%v was sent and its reply was lost (%v); payments %s all match it, so mxpay cannot tell which one it created", []any{what, e.Cause, strings.Join(ids, ", ")}
}

// MessageKey is the inner error's, with the request described in the
// reader's language.
func (e *UnsettledError) MessageKey() (string, []any) {
	switch inner := e.Err.(type) {
	case *settle.UnknownError:
		return "%v", []any{UnknownMessage(inner, unknownWhat(inner, e.Request))}
	case *ManyMatchesError:
		return inner.MessageKey()
	}
	return "%v", []any{e.Err}
}

// MessageKey is the change whose outcome is unknown, and the payment as
// last seen.
func (e *ChangeUnknownError) MessageKey() (string, []any) {
	what := e.what
	if what == nil {
		what = Word(e.UnknownError.What)
	}
	msg := UnknownMessage(e.UnknownError, what)
	if e.Now != nil {
		return "%v; payment %s is %v now", []any{msg, string(e.Now.ID), StatusWord(e.Now)}
	}
	return "%v", []any{msg}
}

// ensure the messages stay Keyed.
var _ = []interface{ MessageKey() (string, []any) }{
	Word(""), (*joined)(nil), (*Error)(nil), (*ReplyError)(nil), (*ValidationError)(nil),
	(*DuplicateError)(nil), (*ManyMatchesError)(nil), (*UnsettledError)(nil), (*ChangeUnknownError)(nil),
	lookupCount(0), (*notSentError)(nil),
}

// notSentError is a *settle.NotSentError with what was not sent as a
// message.
type notSentError struct {
	*settle.NotSentError
	what error
}

func notSent(e *settle.NotSentError, what error) error {
	return &notSentError{NotSentError: e, what: what}
}

// Unwrap is the NotSentError itself, so errors.As finds it.
func (e *notSentError) Unwrap() error { return e.NotSentError }

// MessageKey is the failure and what was not sent.
func (e *notSentError) MessageKey() (string, []any) {
	return "%v; %v was not sent, nothing was done", []any{e.Cause, e.what}
}
