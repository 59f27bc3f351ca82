// Package pagofacil is the wire client of PagoFácil's Wsrtransaccion API
// (Mexico; not "PagoFácil Chile"): card charges (`transaccion`) and their
// verification (`verificar`). It knows the wire and nothing of the CLI.
package pagofacil

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"

	"github.com/mxpay/mxpay/internal/httpx"
	"github.com/mxpay/mxpay/internal/settle"
)

// Path is the one endpoint; the method travels in the body.
const Path = "/Wsrtransaccion/index/format/json"

// maxBody bounds what is read of a reply; real ones are a few KB.
const maxBody = 1 << 20

// Client calls PagoFácil. HTTP should come from httpx.NewClient.
type Client struct {
	HTTP     *http.Client
	BaseURL  string // e.g. https://sandbox.pagofacil.tech
	Sucursal string // idSucursal
	Usuario  string // idUsuario
	// Settle is how a charge whose reply was lost is looked up.
	Settle settle.Policy
}

// Charge sends `transaccion`. It is never retried: the caller must resolve
// an ambiguous failure (httpx.IsAmbiguous, *UnexpectedResponseError) with
// Verify before reporting. It returns the Result when approved; otherwise
// a *DeclinedError, *ValidationError, *AuthError, *UnexpectedResponseError
// or a transport error (unwrapped from *url.Error).
func (c *Client) Charge(ctx context.Context, req *ChargeRequest) (*Result, error) {
	if err := req.Validate(); err != nil {
		return nil, err
	}
	body, err := c.post(ctx, req.form(c.Sucursal, c.Usuario), false)
	if err != nil {
		return nil, err
	}
	raw, f, err := decodeEnvelope(body, "transaccion")
	if err != nil {
		return nil, err
	}
	r := decodeResult(raw, f)
	if r.OrderID == "" {
		r.OrderID = req.OrderID
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

// Verify sends `verificar` for an order id: the last result PagoFácil has
// for it. Found (approved or declined) returns the Result with a nil error;
// an unknown order returns *NotFoundError. It is a read, so the transport
// may repeat it after network errors.
func (c *Client) Verify(ctx context.Context, orderID string) (*Result, error) {
	return c.verify(ctx, orderID, true)
}

// VerifyOnce is Verify without transport retries, for callers that run
// their own bounded backoff loop.
func (c *Client) VerifyOnce(ctx context.Context, orderID string) (*Result, error) {
	return c.verify(ctx, orderID, false)
}

func (c *Client) verify(ctx context.Context, orderID string, retry bool) (*Result, error) {
	if !ValidOrderID(orderID) {
		return nil, &LocalValidationError{Fields: FieldErrors{{Field: "idPedido", Message: "the order id must be 1 to 60 letters, digits, - or _"}}}
	}
	form := url.Values{}
	form.Set("method", "verificar")
	form.Set("data[idSucursal]", c.Sucursal)
	form.Set("data[idUsuario]", c.Usuario)
	form.Set("data[idPedido]", orderID)
	body, err := c.post(ctx, form, retry)
	if err != nil {
		return nil, err
	}
	raw, f, err := decodeEnvelope(body, "verificar")
	if err != nil {
		return nil, err
	}
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

// post sends the form as an urlencoded POST body and returns the 2xx body.
func (c *Client) post(ctx context.Context, form url.Values, retry bool) ([]byte, error) {
	endpoint := strings.TrimSuffix(c.BaseURL, "/") + Path
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, strings.NewReader(form.Encode()))
	if err != nil {
		return nil, fmt.Errorf("building the PagoFácil request: %w", httpx.UnwrapURLError(err))
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "application/json")
	if retry {
		req = httpx.AllowRetry(req)
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return nil, httpx.UnwrapURLError(err)
	}
	defer resp.Body.Close()
	if err := httpx.CheckStatus(resp); err != nil {
		return nil, err
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxBody))
	if err != nil {
		return nil, httpx.UnwrapURLError(err)
	}
	return body, nil
}
