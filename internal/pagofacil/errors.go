package pagofacil

import (
	"fmt"
	"sort"
	"strings"

	"github.com/mxpay/mxpay/internal/errs"
	"github.com/mxpay/mxpay/internal/i18n"
)

// FieldError is one field's problem; Field is the wire name (nombre, cp…).
// Message is in English (or, from PagoFácil, as it was sent); msg, for
// mxpay's own problems, is the same message shown in the reader's language.
type FieldError struct {
	Field   string `json:"field"`
	Message string `json:"message"`
	msg     error
}

// FieldErrors is a list of field problems in a stable order.
type FieldErrors []FieldError

// Add appends a problem as PagoFácil words it (shown as sent).
func (e *FieldErrors) Add(field, message string) {
	*e = append(*e, FieldError{Field: field, Message: message})
}

// AddError appends one of mxpay's own problems: msg is a catalog message
// (i18n.Errorf), shown in the reader's language.
func (e *FieldErrors) AddError(field string, msg error) {
	*e = append(*e, FieldError{Field: field, Message: msg.Error(), msg: msg})
}

// Text is the problem as it is shown: translated when it is mxpay's own.
func (fe FieldError) Text() any {
	if fe.msg != nil {
		return fe.msg
	}
	return fe.Message
}

func (e FieldErrors) lines() string { return e.Lines(nil).Error() }

// Lines is the problems as "\n  field: message" lines, an error whose
// text is translated when shown. where, when set, names each field as it
// is shown (the flag behind it, say); else the wire name is.
func (e FieldErrors) Lines(where func(field string) any) error {
	return fieldLines{fields: e, where: where}
}

// fieldLines lists field problems; each line is localized on its own.
type fieldLines struct {
	fields FieldErrors
	where  func(field string) any
}

func (l fieldLines) Error() string {
	key, args := l.MessageKey()
	for i, a := range args {
		if err, ok := a.(error); ok {
			args[i] = err.Error()
		}
	}
	return fmt.Sprintf(key, args...)
}

// MessageKey is one "\n  %v: %v" per field: a format the catalogs need
// not list (it has no words), with arguments that are translated.
func (l fieldLines) MessageKey() (string, []any) {
	args := make([]any, 0, 2*len(l.fields))
	for _, fe := range l.fields {
		var where any = fe.Field
		if l.where != nil {
			where = l.where(fe.Field)
		}
		args = append(args, where, fe.Text())
	}
	return strings.Repeat("\n  %v: %v", len(l.fields)), args
}

// LocalValidationError is input mxpay refused before sending anything (usage).
type LocalValidationError struct{ Fields FieldErrors }

func (e *LocalValidationError) Error() string {
	return "invalid charge, nothing was sent:" + e.Fields.lines()
}

// MessageKey is the message in the reader's language.
func (e *LocalValidationError) MessageKey() (string, []any) {
	return "invalid charge, nothing was sent:%v", []any{e.Fields.Lines(nil)}
}
func (e *LocalValidationError) Kind() errs.Kind { return errs.Usage }

// ValidationError is PagoFácil refusing the request's fields (rejected):
// autorizado "0", transaccion "n/a", error an object of field → message.
type ValidationError struct {
	Text   string // texto, e.g. "Error en las Validaciones"
	Fields FieldErrors
	Result *Result
}

func (e *ValidationError) Error() string {
	return "PagoFácil rejected the request (" + strings.TrimSpace(e.Text) + "):" + e.Fields.lines()
}

// MessageKey is the message in the reader's language; PagoFácil's own
// texts are shown as it sent them.
func (e *ValidationError) MessageKey() (string, []any) {
	return "PagoFácil rejected the request (%s):%v", []any{strings.TrimSpace(e.Text), e.Fields.Lines(nil)}
}
func (e *ValidationError) Kind() errs.Kind { return errs.Rejected }

// DeclinedError is a charge PagoFácil processed and did not authorise (declined).
type DeclinedError struct {
	Reason string // decoded error, e.g. "Transacción inválida"
	Result *Result
}

func (e *DeclinedError) Error() string {
	key, args := e.MessageKey()
	if r, ok := args[0].(error); ok {
		args[0] = r.Error()
	}
	return fmt.Sprintf(key, args...)
}

// MessageKey is the message in the reader's language. The reason is
// PagoFácil's text as sent ("Transacción inválida"), unless it is one of
// mxpay's own words, which are translated.
func (e *DeclinedError) MessageKey() (string, []any) {
	return "the card was declined: %v (order %s, transaction %s)", []any{reasonText(e.Reason), e.Result.OrderID, e.Result.Transaction}
}
func (e *DeclinedError) Kind() errs.Kind { return errs.Declined }

// AuthError is PagoFácil refusing idSucursal/idUsuario (auth).
type AuthError struct{ Message string }

func (e *AuthError) Error() string {
	return "PagoFácil rejected the idSucursal/idUsuario credentials: " + e.Message
}

// MessageKey is the message in the reader's language (PagoFácil's words as sent).
func (e *AuthError) MessageKey() (string, []any) {
	return "PagoFácil rejected the idSucursal/idUsuario credentials: %s", []any{e.Message}
}
func (e *AuthError) Kind() errs.Kind { return errs.Auth }

// ProviderName names PagoFácil for the command layer's next step.
func (e *AuthError) ProviderName() string { return "pagofacil" }

// NotFoundError is verificar knowing nothing of an order id (rejected).
type NotFoundError struct {
	OrderID string
	Message string
}

func (e *NotFoundError) Error() string {
	key, args := e.MessageKey()
	return fmt.Sprintf(key, args...)
}

// MessageKey is the message in the reader's language (PagoFácil's words as sent).
func (e *NotFoundError) MessageKey() (string, []any) {
	if e.Message != "" {
		return "PagoFácil has no transaction for order %s (%s)", []any{e.OrderID, e.Message}
	}
	return "PagoFácil has no transaction for order %s", []any{e.OrderID}
}
func (e *NotFoundError) Kind() errs.Kind { return errs.Rejected }

// UnexpectedResponseError is a reply that is not any documented shape.
type UnexpectedResponseError struct {
	Problem string
	// why is Problem as a catalog message, when mxpay worded it.
	why error
	// Excerpt is the start of the reply, masked by the run's redactor
	// (httpx.Excerpt); empty when there was nothing worth quoting.
	Excerpt string
}

func (e *UnexpectedResponseError) Error() string {
	msg := "PagoFácil sent a reply mxpay does not understand: " + e.Problem
	if e.Excerpt != "" {
		msg += fmt.Sprintf(" (it begins %q)", e.Excerpt)
	}
	return msg
}

// MessageKey is the message in the reader's language.
func (e *UnexpectedResponseError) MessageKey() (string, []any) {
	var problem any = e.Problem
	if e.why != nil {
		problem = e.why
	}
	if e.Excerpt != "" {
		return "PagoFácil sent a reply mxpay does not understand: %v (it begins %q)", []any{problem, e.Excerpt}
	}
	return "PagoFácil sent a reply mxpay does not understand: %v", []any{problem}
}

// unexpected is an UnexpectedResponseError whose problem mxpay words (a
// catalog message).
func unexpected(why error) *UnexpectedResponseError {
	return &UnexpectedResponseError{Problem: why.Error(), why: why}
}
func (e *UnexpectedResponseError) Kind() errs.Kind { return errs.Rejected }

// Ambiguous: a reply nobody can read says nothing of what was done.
func (e *UnexpectedResponseError) Ambiguous() bool { return true }

// DuplicateOrderError is a charge refused before sending because PagoFácil
// already approved a charge with the same order id (usage: nothing was
// sent). ChargeOptions.AllowDuplicate charges anyway.
type DuplicateOrderError struct{ Previous *Result }

func (e *DuplicateOrderError) Error() string {
	key, args := e.MessageKey()
	return fmt.Sprintf(key, args...)
}

// MessageKey is the message in the reader's language.
func (e *DuplicateOrderError) MessageKey() (string, []any) {
	p := e.Previous
	return "order %s was already charged and approved (transaction %s, authorization %s, amount %s); nothing was sent",
		[]any{p.OrderID, p.Transaction, p.Authorization, p.Amount}
}
func (e *DuplicateOrderError) Kind() errs.Kind { return errs.Usage }

// sortedFieldErrors turns an error object into FieldErrors, sorted by field.
func sortedFieldErrors(m map[string]string) FieldErrors {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var out FieldErrors
	for _, k := range keys {
		out.Add(k, m[k])
	}
	return out
}

// Reasons mxpay gives for a decline when PagoFácil gives none: its own
// words, translated when shown (PagoFácil's reasons are shown as sent).
const (
	reasonNone     = "no reason given"
	reasonVerified = "reported by verificar"
)

// reasonText is a decline reason as shown: mxpay's own words as a catalog
// message, PagoFácil's text as it is.
func reasonText(reason string) any {
	switch reason {
	case "":
		return i18n.Errorf(reasonNone)
	case reasonVerified:
		return i18n.Errorf(reasonVerified)
	}
	return reason
}
