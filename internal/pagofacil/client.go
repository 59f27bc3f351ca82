// Package pagofacil is the wire client of PagoFácil's Wsrtransaccion API
// (Mexico; not "PagoFácil Chile"): card charges (`transaccion`) and their
// verification (`verificar`). It knows the wire and nothing of the CLI.
package pagofacil

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strings"

	"github.com/mxpay/mxpay/internal/httpx"
	"github.com/mxpay/mxpay/internal/i18n"
	"github.com/mxpay/mxpay/internal/settle"
)

// Path is the one endpoint; the method travels in the body.
const Path = "/Wsrtransaccion/index/format/json"

// maxBody bounds what is read of a reply; real ones are a few KB.
const maxBody = 1 << 20

// excerptLen is how much of a reply nobody can read goes into an error.
const excerptLen = 200

// Client calls PagoFácil. HTTP should come from httpx.NewClient.
type Client struct {
	HTTP     *http.Client
	BaseURL  string // e.g. https://sandbox.pagofacil.tech
	Sucursal string // idSucursal
	Usuario  string // idUsuario
	// Settle is how a charge whose reply was lost is looked up.
	Settle settle.Policy
}

// Charge sends `transaccion` once and judges the reply. It is never
// retried, and it does not resolve a lost reply: use ChargeOrVerify, which
// does. It returns the Result when approved; otherwise a *DeclinedError,
// *ValidationError, *AuthError, *UnexpectedResponseError or a transport
// error (unwrapped from *url.Error).
func (c *Client) Charge(ctx context.Context, req *ChargeRequest) (*Result, error) {
	if err := req.Validate(); err != nil {
		return nil, err
	}
	raw, f, err := c.call(ctx, req.form(c.Sucursal, c.Usuario), "transaccion", false)
	if err != nil {
		return nil, err
	}
	return judgeCharge(raw, f, req.OrderID)
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
		var fe FieldErrors
		fe.AddError("idPedido", i18n.Errorf("the order id must be 1 to 60 letters, digits, - or _"))
		return nil, &LocalValidationError{Fields: fe}
	}
	form := url.Values{}
	form.Set("method", "verificar")
	form.Set("data[idSucursal]", c.Sucursal)
	form.Set("data[idUsuario]", c.Usuario)
	form.Set("data[idPedido]", orderID)
	raw, f, err := c.call(ctx, form, "verificar", retry)
	if err != nil {
		return nil, err
	}
	return judgeVerify(raw, f, orderID)
}

// call posts form and decodes WebServices_Transacciones.<method>. A reply
// it cannot read is quoted only through httpx.Excerpt, which masks what
// the run's redactor knows (error pages echo requests back).
func (c *Client) call(ctx context.Context, form url.Values, method string, retry bool) (json.RawMessage, fields, error) {
	resp, body, err := c.post(ctx, form, retry)
	if err != nil {
		return nil, nil, err
	}
	raw, f, err := decodeEnvelope(body, method)
	var unexpected *UnexpectedResponseError
	if errors.As(err, &unexpected) {
		unexpected.Excerpt = httpx.Excerpt(resp, body, excerptLen)
	}
	return raw, f, err
}

// post sends the form as an urlencoded POST body and returns the 2xx reply
// with its body read and closed.
func (c *Client) post(ctx context.Context, form url.Values, retry bool) (*http.Response, []byte, error) {
	endpoint := strings.TrimSuffix(c.BaseURL, "/") + Path
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, strings.NewReader(form.Encode()))
	if err != nil {
		return nil, nil, i18n.Errorf("building the PagoFácil request: %w", httpx.UnwrapURLError(err))
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "application/json")
	if retry {
		req = httpx.AllowRetry(req)
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return nil, nil, httpx.UnwrapURLError(err)
	}
	defer resp.Body.Close()
	if err := httpx.CheckStatus(resp); err != nil {
		return nil, nil, err
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxBody))
	if err != nil {
		return nil, nil, httpx.UnwrapURLError(err)
	}
	return resp, body, nil
}
