package pagofacil

import (
	"fmt"
	"sort"
	"strings"
)

// Exit codes, as in internal/cmdutil (not imported: wire code stays free of
// the CLI).
const (
	exitError    = 1
	exitUsage    = 2
	exitAuth     = 3
	exitDeclined = 5
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

// LocalValidationError is input mxpay refused before sending anything (exit 2).
type LocalValidationError struct{ Fields FieldErrors }

func (e *LocalValidationError) Error() string {
	return "invalid charge, nothing was sent:" + e.Fields.lines()
}
func (e *LocalValidationError) ExitCode() int { return exitUsage }

// ValidationError is PagoFácil refusing the request's fields (exit 1):
// autorizado "0", transaccion "n/a", error an object of field → message.
type ValidationError struct {
	Text   string // texto, e.g. "Error en las Validaciones"
	Fields FieldErrors
	Result *Result
}

func (e *ValidationError) Error() string {
	return "PagoFácil rejected the request (" + strings.TrimSpace(e.Text) + "):" + e.Fields.lines()
}
func (e *ValidationError) ExitCode() int { return exitError }

// DeclinedError is a charge PagoFácil processed and did not authorise (exit 5).
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
func (e *DeclinedError) ExitCode() int { return exitDeclined }

// AuthError is PagoFácil refusing idSucursal/idUsuario (exit 3).
type AuthError struct{ Message string }

func (e *AuthError) Error() string {
	return "PagoFácil rejected the idSucursal/idUsuario credentials: " + e.Message
}
func (e *AuthError) ExitCode() int { return exitAuth }

// NotFoundError is verificar knowing nothing of an order id (exit 1).
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
func (e *NotFoundError) ExitCode() int { return exitError }

// UnexpectedResponseError is a reply that is not any documented shape.
type UnexpectedResponseError struct {
	Problem string
}

func (e *UnexpectedResponseError) Error() string {
	return "PagoFácil sent a reply mxpay does not understand: " + e.Problem
}
func (e *UnexpectedResponseError) ExitCode() int { return exitError }

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
