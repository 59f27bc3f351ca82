package pagofacil

import (
	"encoding/json"
	"fmt"
)

// judgeCharge says what a decoded `transaccion` object means. Only an
// object with autorizado "1" and a real transaction id is approved;
// anything it cannot place is an *UnexpectedResponseError, which is
// ambiguous: the charge may have gone through.
func judgeCharge(raw json.RawMessage, f fields, orderID string) (*Result, error) {
	r := decodeResult(raw, f)
	if r.OrderID == "" {
		r.OrderID = orderID
	}
	switch {
	case f.str("autorizado") == "1" && hasTransaction(r):
		r.Outcome = OutcomeApproved
		return r, nil
	case len(r.Fields) > 0 && onlyCredentials(r.Fields):
		return nil, &AuthError{Message: r.Fields.joined()}
	case len(r.Fields) > 0 || r.Transaction == "n/a":
		r.Outcome = OutcomeValidation
		fe := r.Fields
		if len(fe) == 0 {
			fe.Add("error", firstNonEmpty(r.Reason, r.Text))
		}
		return r, &ValidationError{Text: r.Text, Fields: fe, Result: r}
	case f.str("autorizado") == "0" && hasTransaction(r):
		r.Outcome = OutcomeDeclined
		return r, &DeclinedError{Reason: firstNonEmpty(r.Reason, r.Message, r.Text), Result: r}
	}
	r.Outcome = OutcomeUnknown
	return r, &UnexpectedResponseError{Problem: fmt.Sprintf("autorizado=%q transaccion=%q status=%q", f.str("autorizado"), r.Transaction, r.Status)}
}

// judgeVerify says what a decoded `verificar` object means: a transaction
// approved or declined, or (without a transaction id) *NotFoundError.
func judgeVerify(raw json.RawMessage, f fields, orderID string) (*Result, error) {
	r := decodeResult(raw, f)
	if r.OrderID == "" {
		r.OrderID = orderID
	}
	switch {
	case len(r.Fields) > 0 && onlyCredentials(r.Fields):
		return nil, &AuthError{Message: r.Fields.joined()}
	case !hasTransaction(r):
		// The reply for an unknown idPedido is undocumented; anything
		// without a transaction id is "not found", never approved.
		r.Outcome = OutcomeNotFound
		return r, &NotFoundError{OrderID: orderID, Message: firstNonEmpty(r.Reason, r.Fields.joined(), r.Text)}
	case f.str("autorizado") == "1":
		r.Outcome = OutcomeApproved
	default:
		r.Outcome = OutcomeDeclined
	}
	return r, nil
}

func hasTransaction(r *Result) bool {
	return r.Transaction != "" && r.Transaction != "n/a"
}
