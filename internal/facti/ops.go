package facti

import (
	"context"
	"encoding/json"
	"strconv"

	"github.com/mxpay/mxpay/internal/money"
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

// CreatePayment sends new_request. It is never retried: after an
// ambiguous failure (httpx.IsAmbiguous) search with FindPayments.
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

// ListFilter is company_payments' input.
type ListFilter struct {
	CompanyID       string
	SinceID         string
	MaxID           string
	Limit           int    // 0: the server's default; at most MaxLimit
	Status          string // "", "0" pending, "1" paid
	FromPaymentDate string // Y-m-d H:i:s
	ToPaymentDate   string
}

// MaxLimit is company_payments' documented maximum page size.
const MaxLimit = 200

// ListPayments fetches one page of company_payments.
func (c *Client) ListPayments(ctx context.Context, lf ListFilter) ([]Payment, error) {
	const op = "list the payments"
	f := c.credentials()
	f.Add("company_id", lf.CompanyID)
	for _, kv := range [][2]string{{"since_id", lf.SinceID}, {"max_id", lf.MaxID}, {"status", lf.Status}, {"from_payment_date", lf.FromPaymentDate}, {"to_payment_date", lf.ToPaymentDate}} {
		if kv[1] != "" {
			f.Add(kv[0], kv[1])
		}
	}
	if lf.Limit > 0 {
		f.Add("limit", itoa(lf.Limit))
	}
	raw, err := c.post(ctx, op, "/v1/payments/company_payments", f, true)
	if err != nil {
		return nil, err
	}
	var out struct {
		Payments []Payment `json:"payments"`
	}
	if err := decode(op, raw, &out); err != nil {
		return nil, err
	}
	return out.Payments, nil
}

// EachPayment pages through company_payments by id (since_id = last id + 1)
// until a short page, calling fn for each payment; memory stays one page.
// lf.Limit is the page size (MaxLimit when 0).
func (c *Client) EachPayment(ctx context.Context, lf ListFilter, fn func(*Payment) error) error {
	if lf.Limit <= 0 || lf.Limit > MaxLimit {
		lf.Limit = MaxLimit
	}
	for {
		page, err := c.ListPayments(ctx, lf)
		if err != nil {
			return err
		}
		var last uint64
		for i := range page {
			if err := fn(&page[i]); err != nil {
				return err
			}
			if id, err := strconv.ParseUint(string(page[i].ID), 10, 64); err == nil && id > last {
				last = id
			}
		}
		if len(page) < lf.Limit || last == 0 {
			return nil
		}
		lf.SinceID = strconv.FormatUint(last+1, 10)
	}
}

// Match describes a payment request to find after an ambiguous create.
type Match struct {
	CompanyID   string
	Serie       string
	Folio       string
	ToEmail     string
	TotalAmount money.Amount
}

// FindPayments lists the payments of m.CompanyID that match m's folio,
// serie, e-mail and amount: how a lost new_request is resolved.
func (c *Client) FindPayments(ctx context.Context, m Match) ([]Payment, error) {
	var found []Payment
	err := c.EachPayment(ctx, ListFilter{CompanyID: m.CompanyID}, func(p *Payment) error {
		if string(p.Folio) == m.Folio && string(p.Serie) == m.Serie && p.TotalAmount.Equal(m.TotalAmount) && (m.ToEmail == "" || string(p.ToEmail) == m.ToEmail) {
			found = append(found, *p)
		}
		return nil
	})
	return found, err
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
