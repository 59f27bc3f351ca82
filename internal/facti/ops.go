package facti

import (
	"context"
	"encoding/json"
	"strconv"
)

func itoa(i int) string { return strconv.Itoa(i) }

// Authenticate checks the credentials with POST /v1/user/authenticate.
func (c *Client) Authenticate(ctx context.Context) error {
	_, err := c.post(ctx, "authenticate", "/v1/user/authenticate", c.credentials(), true)
	return err
}

// RequestForm is the full body CreatePayment would send for r, credentials
// included; use Masked before showing it.
func (c *Client) RequestForm(r *NewRequest) *Form {
	f := c.credentials()
	body := r.Form()
	for i := range body.Len() {
		f.Add(body.Field(i))
	}
	return f
}

// CreatePayment sends new_request, once: it is never retried. Use
// CreateOrFind, which guards against duplicates and settles a lost reply.
func (c *Client) CreatePayment(ctx context.Context, r *NewRequest) (*Created, error) {
	const op = "create the payment request"
	raw, err := c.post(ctx, op, "/v1/payments/new_request", c.RequestForm(r), false)
	if err != nil {
		return nil, err
	}
	out := &Created{}
	if err := decode(op, raw, out); err != nil {
		return nil, err
	}
	if out.RequestID == "" {
		// result 1 without the id of what was created: something answered
		// yes, and nobody can say to what.
		return nil, &ReplyError{Op: op, Problem: "it says result 1 but has no request_id"}
	}
	out.Raw = raw
	return out, nil
}

// CLABERequest is stp_client_clabe's input.
type CLABERequest struct {
	CompanyID     string
	ToEmail       string
	PaymentWayIDs []string
}

// ClientCLABE gets (or creates) the customer's STP CLABE accounts. It is
// idempotent per company and customer, so it may be retried.
func (c *Client) ClientCLABE(ctx context.Context, r CLABERequest) (*Accounts, error) {
	const op = "get the CLABE accounts"
	f := c.credentials()
	f.Add("company_id", r.CompanyID)
	f.Add("to_email", r.ToEmail)
	f.AddList("payment_ways_id", r.PaymentWayIDs)
	raw, err := c.post(ctx, op, "/v1/payments/stp_client_clabe", f, true)
	if err != nil {
		return nil, err
	}
	out := &Accounts{}
	if err := decode(op, raw, out); err != nil {
		return nil, err
	}
	out.Raw = raw
	return out, nil
}

// GetPayment is GET /v1/payments/{id}.
func (c *Client) GetPayment(ctx context.Context, id string) (*Payment, error) {
	const op = "get the payment"
	raw, err := c.get(ctx, op, "/v1/payments/"+id)
	if err != nil {
		return nil, err
	}
	return details(op, raw, "details")
}

// MarkPaid is POST /v1/payments/{id} with payed=1 (pending → paid only).
func (c *Client) MarkPaid(ctx context.Context, id string) (*Payment, error) {
	const op = "mark the payment as paid"
	f := c.credentials()
	f.Add("payed", "1")
	raw, err := c.post(ctx, op, "/v1/payments/"+id, f, false)
	if err != nil {
		return nil, err
	}
	return details(op, raw, "details")
}

// DeletePayment is POST /v1/payments/delete (pending payments only).
func (c *Client) DeletePayment(ctx context.Context, companyID, id string) (*Payment, error) {
	const op = "delete the payment"
	f := c.credentials()
	f.Add("company_id", companyID)
	f.Add("id", id)
	raw, err := c.post(ctx, op, "/v1/payments/delete", f, false)
	if err != nil {
		return nil, err
	}
	return details(op, raw, "payment_details")
}

// details decodes the payment under key.
func details(op string, raw json.RawMessage, key string) (*Payment, error) {
	var env map[string]json.RawMessage
	if err := decode(op, raw, &env); err != nil {
		return nil, err
	}
	obj, ok := env[key]
	if !ok {
		return nil, &Error{Op: op, Msg: "the reply has no " + key}
	}
	p := &Payment{}
	if err := decode(op, obj, p); err != nil {
		return nil, err
	}
	return p, nil
}

// PaymentWays is company_payment_ways for the company with rfc.
func (c *Client) PaymentWays(ctx context.Context, rfc string) ([]PaymentWay, error) {
	const op = "list the payment ways"
	f := c.credentials()
	f.Add("rfc", rfc)
	raw, err := c.post(ctx, op, "/v1/payments/company_payment_ways", f, true)
	if err != nil {
		return nil, err
	}
	var out struct {
		PaymentWays []PaymentWay `json:"payment_ways"`
	}
	if err := decode(op, raw, &out); err != nil {
		return nil, err
	}
	return out.PaymentWays, nil
}
