package pagofacil

import (
	"fmt"
	"sort"
	"strings"

	"github.com/mxpay/mxpay/internal/errs"
)

// FieldError is one field's problem; Field is the wire name (nombre, cp…).
type FieldError struct {
	Field   string `json:"field"`
	Message string `json:"message"`
}

// FieldErrors is a list of field problems in a stable order.
type FieldErrors []FieldError

// Add appends a problem.
func (e *FieldErrors) Add(field, message string) {
	*e = append(*e, FieldError{Field: field, Message: message})
}

func (e FieldErrors) lines() string {
	var b strings.Builder
	for _, fe := range e {
		fmt.Fprintf(&b, "\n  %s: %s", fe.Field, fe.Message)
	}
	return b.String()
}

// LocalValidationError is input mxpay refused before sending anything (usage).
type LocalValidationError struct{ Fields FieldErrors }

func (e *LocalValidationError) Error() string {
	return "invalid charge, nothing was sent:" + e.Fields.lines()
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
func (e *ValidationError) Kind() errs.Kind { return errs.Rejected }

// DeclinedError is a charge PagoFácil processed and did not authorise (declined).
type DeclinedError struct {
	Reason string // decoded error, e.g. "Transacción inválida"
	Result *Result
}

func (e *DeclinedError) Error() string {
	reason := e.Reason
	if reason == "" {
		reason = "no reason given"
	}
	return fmt.Sprintf("the card was declined: %s (order %s, transaction %s)", reason, e.Result.OrderID, e.Result.Transaction)
}
func (e *DeclinedError) Kind() errs.Kind { return errs.Declined }

// AuthError is PagoFácil refusing idSucursal/idUsuario (auth).
type AuthError struct{ Message string }

func (e *AuthError) Error() string {
	return "PagoFácil rejected the idSucursal/idUsuario credentials: " + e.Message
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
	msg := fmt.Sprintf("PagoFácil has no transaction for order %s", e.OrderID)
	if e.Message != "" {
		msg += " (" + e.Message + ")"
	}
	return msg
}
func (e *NotFoundError) Kind() errs.Kind { return errs.Rejected }

// UnexpectedResponseError is a reply that is not any documented shape.
type UnexpectedResponseError struct {
	Problem string
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
func (e *UnexpectedResponseError) Kind() errs.Kind { return errs.Rejected }

// Ambiguous: a reply nobody can read says nothing of what was done.
func (e *UnexpectedResponseError) Ambiguous() bool { return true }

// DuplicateOrderError is a charge refused before sending because PagoFácil
// already approved a charge with the same order id (usage: nothing was
// sent). ChargeOptions.AllowDuplicate charges anyway.
type DuplicateOrderError struct{ Previous *Result }

func (e *DuplicateOrderError) Error() string {
	p := e.Previous
	return fmt.Sprintf("order %s was already charged and approved (transaction %s, authorization %s, amount %s); nothing was sent",
		p.OrderID, p.Transaction, p.Authorization, p.Amount)
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
